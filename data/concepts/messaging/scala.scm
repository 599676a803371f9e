; Scala durable messaging: Apache Kafka clients, Alpakka Kafka (ProducerSettings,
; ConsumerSettings, committableSource + Committer), fs2-kafka. Settings are matched where they
; are written: props.put(KEY, v), withProperty(KEY, v), KEY -> v.

(instance_expression [(type_identifier) (generic_type)] @_t (#match? @_t "^(KafkaProducer|KafkaConsumer|ConnectionFactory)")) @presence
(call_expression function: (field_expression value: (identifier) @_r field: (identifier) @_m)
  (#any-of? @_r "ProducerSettings" "ConsumerSettings" "Producer" "Consumer" "Committer" "Transactional")
  (#any-of? @_m "apply" "plainSink" "committableSink" "flexiFlow" "plainSource" "committableSource" "sink" "flow" "source" "sourceWithOffsetContext")) @presence
(call_expression function: (identifier) @_r (#any-of? @_r "ProducerSettings" "ConsumerSettings")) @presence
(call_expression function: (field_expression value: (_) @_r field: (identifier) @_m)
  (#match? @_r "([pP]roducer|[cC]onsumer|[cC]hannel)$")
  (#any-of? @_m "send" "poll" "commitSync" "commitAsync" "basicPublish" "basicConsume" "basicAck")) @presence

(arguments . (_) @_k . (string) @_v (#match? @_k "ACKS_CONFIG|^\"acks\"$") (#match? @_v "^\"(all|-1)\"$")) @signal.acks-all
(infix_expression left: (_) @_k operator: (operator_identifier) @_o right: (string) @_v (#eq? @_o "->") (#match? @_k "ACKS_CONFIG|^\"acks\"$") (#match? @_v "^\"(all|-1)\"$")) @signal.acks-all
(arguments . (_) @_k . (string) @_v (#match? @_k "ACKS_CONFIG|^\"acks\"$") (#match? @_v "^\"0\"$")) @signal.acks-none
(infix_expression left: (_) @_k operator: (operator_identifier) @_o right: (string) @_v (#eq? @_o "->") (#match? @_k "ACKS_CONFIG|^\"acks\"$") (#match? @_v "^\"0\"$")) @signal.acks-none
(arguments . (_) @_k . (string) @_v (#match? @_k "ENABLE_IDEMPOTENCE_CONFIG|enable\\.idempotence") (#match? @_v "true")) @signal.idempotent-producer
(infix_expression left: (_) @_k operator: (operator_identifier) @_o right: (string) @_v (#eq? @_o "->") (#match? @_k "ENABLE_IDEMPOTENCE_CONFIG|enable\\.idempotence") (#match? @_v "true")) @signal.idempotent-producer
(arguments . (_) @_k . (string) @_v (#match? @_k "ENABLE_AUTO_COMMIT_CONFIG|enable\\.auto\\.commit") (#match? @_v "true")) @signal.auto-commit
(infix_expression left: (_) @_k operator: (operator_identifier) @_o right: (string) @_v (#eq? @_o "->") (#match? @_k "ENABLE_AUTO_COMMIT_CONFIG|enable\\.auto\\.commit") (#match? @_v "true")) @signal.auto-commit
((field_expression field: (identifier) @_k) @signal.transactional (#eq? @_k "TRANSACTIONAL_ID_CONFIG"))
(call_expression function: (field_expression value: (identifier) @_t field: (identifier) @_m) (#eq? @_t "Transactional") (#any-of? @_m "sink" "flow" "source")) @signal.transactional
(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "initTransactions" "commitTransaction")) @signal.transactional

(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "commitSync" "commitAsync" "commitScaladsl" "commitJavadsl" "basicAck")) @signal.commit-after-processing
(call_expression function: (field_expression value: (identifier) @_c field: (identifier) @_m) (#eq? @_c "Committer") (#any-of? @_m "sink" "flow")) @signal.commit-after-processing
(call_expression function: (field_expression field: (identifier) @_m) arguments: (arguments . (_) . (boolean_literal) @_v)
  (#eq? @_m "basicConsume") (#eq? @_v "true")) @signal.auto-ack

((string) @signal.dead-letter (#match? @signal.dead-letter "([dD]ead[-_.]?[lL]etter|[.\\-_]([dD][lL][qQ]|DLT)\"$)"))

(call_expression function: (field_expression value: (_) @_r field: (identifier) @_m) arguments: (arguments . (_) . (_))
  (#match? @_r "[pP]roducer$") (#eq? @_m "send")) @signal.delivery-callback
(call_expression function: (field_expression value: (call_expression function: (field_expression field: (identifier) @_m)) field: (identifier) @_g)
  (#eq? @_m "send") (#any-of? @_g "get")) @signal.delivery-callback
(block (call_expression function: (field_expression value: (_) @_r field: (identifier) @_m) arguments: (arguments . (_) .)) @signal.fire-and-forget
  (#match? @_r "[pP]roducer$") (#eq? @_m "send"))
