; messaging × Java: Kafka, RabbitMQ, Spring Kafka/AMQP, SQS, JMS.

; presence: producers and consumers
((method_invocation object: (identifier) @_client name: (identifier) @_op) @presence
 (#match? @_client "([Pp]roducer|[Cc]onsumer|[Tt]emplate|[Cc]hannel|[Ss]qs|[Ss]qsClient|[Pp]ublisher)$")
 (#any-of? @_op "send" "poll" "subscribe" "basicPublish" "basicConsume" "convertAndSend" "sendMessage"
  "receiveMessage" "publish" "commitSync" "commitAsync" "basicAck"))
((object_creation_expression type: [(type_identifier) @_type (generic_type (type_identifier) @_type)]) @presence
 (#any-of? @_type "KafkaProducer" "KafkaConsumer"))
((annotation name: (identifier) @_listener) @presence
 (#any-of? @_listener "KafkaListener" "RabbitListener" "SqsListener" "JmsListener"))

; producer settings: props.put(ProducerConfig.ACKS_CONFIG, "all") or put("acks", "all")
((method_invocation
   name: (identifier) @_put
   arguments: (argument_list . [(field_access field: (identifier) @_key) (string_literal) @_key] . (string_literal) @_value)) @signal.acks-all
 (#any-of? @_put "put" "setProperty")
 (#match? @_key "^(ACKS_CONFIG|\"acks\")$")
 (#match? @_value "^\"(all|-1)\"$"))
((method_invocation
   name: (identifier) @_put
   arguments: (argument_list . [(field_access field: (identifier) @_key) (string_literal) @_key] . (string_literal) @_value)) @signal.acks-none
 (#any-of? @_put "put" "setProperty")
 (#match? @_key "^(ACKS_CONFIG|\"acks\")$")
 (#eq? @_value "\"0\""))
((method_invocation
   name: (identifier) @_put
   arguments: (argument_list . [(field_access field: (identifier) @_key) (string_literal) @_key] . [(true) (string_literal)] @_value)) @signal.idempotent-producer
 (#any-of? @_put "put" "setProperty")
 (#match? @_key "^(ENABLE_IDEMPOTENCE_CONFIG|\"enable\\.idempotence\")$")
 (#match? @_value "true"))
((method_invocation
   name: (identifier) @_put
   arguments: (argument_list . [(field_access field: (identifier) @_key) (string_literal) @_key] . [(true) (string_literal)] @_value)) @signal.auto-commit
 (#any-of? @_put "put" "setProperty")
 (#match? @_key "^(ENABLE_AUTO_COMMIT_CONFIG|\"enable\\.auto\\.commit\")$")
 (#match? @_value "true"))

; +transactional
((method_invocation name: (identifier) @_tx) @signal.transactional
 (#any-of? @_tx "initTransactions" "beginTransaction" "commitTransaction" "sendOffsetsToTransaction" "executeInTransaction"))

; +commit-after-processing: explicit commits and acknowledgements
((method_invocation name: (identifier) @_commit) @signal.commit-after-processing
 (#any-of? @_commit "commitSync" "commitAsync" "acknowledge" "basicAck" "deleteMessage"))

; -auto-ack: basicConsume(queue, true, ...)
((method_invocation name: (identifier) @_consume arguments: (argument_list . (_) . (true))) @signal.auto-ack
 (#eq? @_consume "basicConsume"))

; +dead-letter
((object_creation_expression type: (type_identifier) @_dlq) @signal.dead-letter
 (#any-of? @_dlq "DeadLetterPublishingRecoverer" "DeadLetterQueue"))
((method_invocation name: (identifier) @_put arguments: (argument_list . (string_literal) @_key)) @signal.dead-letter
 (#any-of? @_put "put" "withArgument" "deadLetterExchange")
 (#match? @_key "dead-letter"))

; +delivery-callback: send(record, callback), send(...).get()/whenComplete(...)
((method_invocation name: (identifier) @_send arguments: (argument_list (_) [(lambda_expression) (identifier)] .)) @signal.delivery-callback
 (#eq? @_send "send"))
((method_invocation object: (method_invocation name: (identifier) @_send) name: (identifier) @_then) @signal.delivery-callback
 (#eq? @_send "send")
 (#any-of? @_then "get" "whenComplete" "addCallback" "thenAccept" "join"))

; -fire-and-forget: producer.send(record); with nothing checking the result
((expression_statement
   (method_invocation object: (identifier) @_producer name: (identifier) @_send arguments: (argument_list . (_) .)) @signal.fire-and-forget)
 (#match? @_producer "[Pp]roducer$")
 (#eq? @_send "send"))
