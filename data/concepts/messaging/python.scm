; messaging × Python: kafka-python, confluent-kafka, pika, boto3 SQS, aiokafka.

((call function: [(identifier) @_type (attribute attribute: (identifier) @_type)]) @presence
 (#any-of? @_type "KafkaProducer" "KafkaConsumer" "Producer" "Consumer" "AIOKafkaProducer" "AIOKafkaConsumer"
  "BlockingConnection" "SelectConnection"))
((call function: (attribute object: (identifier) @_client attribute: (identifier) @_op)) @presence
 (#match? @_client "(producer|consumer|channel|sqs|queue|publisher)$")
 (#any-of? @_op "send" "produce" "poll" "consume" "basic_publish" "basic_consume" "send_message" "receive_message"
  "publish" "commit" "basic_ack" "flush" "send_and_wait"))

; producer and consumer settings as keyword arguments or config keys
((keyword_argument name: (identifier) @_acks value: [(string) (identifier) (integer) (unary_operator)] @_value) @signal.acks-all
 (#eq? @_acks "acks")
 (#match? @_value "^(['\"]all['\"]|-1)$"))
((keyword_argument name: (identifier) @_acks value: (integer) @_value) @signal.acks-none
 (#eq? @_acks "acks")
 (#eq? @_value "0"))
((pair key: (string) @_key value: [(string) (integer) (unary_operator)] @_value) @signal.acks-all
 (#match? @_key "^['\"]acks['\"]$")
 (#match? @_value "^(['\"]all['\"]|-1)$"))
((pair key: (string) @_key value: [(string) (integer)] @_value) @signal.acks-none
 (#match? @_key "^['\"]acks['\"]$")
 (#match? @_value "^['\"]?0['\"]?$"))
((keyword_argument name: (identifier) @_idem value: (true)) @signal.idempotent-producer
 (#eq? @_idem "enable_idempotence"))
((pair key: (string) @_key value: (true)) @signal.idempotent-producer
 (#match? @_key "enable\\.idempotence"))
((keyword_argument name: (identifier) @_auto value: (true)) @signal.auto-commit
 (#eq? @_auto "enable_auto_commit"))
((pair key: (string) @_key value: [(true) (string)] @_value) @signal.auto-commit
 (#match? @_key "enable\\.auto\\.commit")
 (#match? @_value "True|true"))
((keyword_argument name: (identifier) @_auto value: (true)) @signal.auto-ack
 (#eq? @_auto "auto_ack"))

; +transactional, +commit-after-processing, +dead-letter
((call function: (attribute attribute: (identifier) @_tx)) @signal.transactional
 (#any-of? @_tx "init_transactions" "begin_transaction" "commit_transaction" "send_offsets_to_transaction"))
((call function: (attribute attribute: (identifier) @_commit)) @signal.commit-after-processing
 (#any-of? @_commit "commit" "basic_ack" "delete_message" "ack" "store_offsets"))
((string) @signal.dead-letter
 (#match? @signal.dead-letter "^['\"](x-dead-letter-exchange|deadLetterTargetArn)['\"]$"))

; +delivery-callback / -fire-and-forget
((call function: (attribute attribute: (identifier) @_send) arguments: (argument_list (keyword_argument name: (identifier) @_cb))) @signal.delivery-callback
 (#any-of? @_send "produce" "send")
 (#any-of? @_cb "callback" "on_delivery"))
((call function: (attribute object: (call function: (attribute attribute: (identifier) @_send)) attribute: (identifier) @_get)) @signal.delivery-callback
 (#eq? @_send "send")
 (#any-of? @_get "get" "add_callback" "add_errback"))
((await (call function: (attribute attribute: (identifier) @_send))) @signal.delivery-callback
 (#any-of? @_send "send_and_wait"))
((expression_statement
   (call function: (attribute object: (identifier) @_producer attribute: (identifier) @_send)
         arguments: (argument_list) @_args) @signal.fire-and-forget)
 (#match? @_producer "producer$")
 (#any-of? @_send "send" "produce")
 (#not-match? @_args "callback|on_delivery"))
