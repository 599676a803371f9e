; Kotlin durable messaging: Apache Kafka clients and Spring Kafka, RabbitMQ. Producer settings
; are matched where they are written: props[KEY] = v, props.put(KEY, v), KEY to v.

(call_expression (simple_identifier) @_c (#any-of? @_c "KafkaProducer" "KafkaConsumer" "ConnectionFactory" "DefaultKafkaProducerFactory" "DefaultKafkaConsumerFactory")) @presence
(call_expression (navigation_expression (_) @_r (navigation_suffix (simple_identifier) @_m))
  (#match? @_r "([pP]roducer|[cC]onsumer|[cC]hannel|[tT]emplate)$")
  (#any-of? @_m "send" "poll" "commitSync" "commitAsync" "basicPublish" "basicConsume" "basicAck" "beginTransaction" "commitTransaction")) @presence
(annotation [(user_type (type_identifier) @_a) (constructor_invocation (user_type (type_identifier) @_a))] (#any-of? @_a "KafkaListener" "RabbitListener")) @presence

; settings, written three ways
(assignment (directly_assignable_expression (indexing_suffix (_) @_k)) (_) @_v
  (#match? @_k "ACKS_CONFIG|\"acks\"") (#match? @_v "^\"(all|-1)\"$")) @signal.acks-all
(infix_expression (_) @_k (simple_identifier) (_) @_v
  (#match? @_k "ACKS_CONFIG|\"acks\"") (#match? @_v "^\"(all|-1)\"$")) @signal.acks-all
(value_arguments . (value_argument) @_k . (value_argument) @_v .
  (#match? @_k "ACKS_CONFIG|\"acks\"") (#match? @_v "^\"(all|-1)\"$")) @signal.acks-all
(assignment (directly_assignable_expression (indexing_suffix (_) @_k)) (_) @_v
  (#match? @_k "ACKS_CONFIG|\"acks\"") (#match? @_v "^\"0\"$")) @signal.acks-none
(infix_expression (_) @_k (simple_identifier) (_) @_v
  (#match? @_k "ACKS_CONFIG|\"acks\"") (#match? @_v "^\"0\"$")) @signal.acks-none
(value_arguments . (value_argument) @_k . (value_argument) @_v .
  (#match? @_k "ACKS_CONFIG|\"acks\"") (#match? @_v "^\"0\"$")) @signal.acks-none
(assignment (directly_assignable_expression (indexing_suffix (_) @_k)) (_) @_v
  (#match? @_k "ENABLE_IDEMPOTENCE_CONFIG|\"enable\\.idempotence\"") (#match? @_v "true")) @signal.idempotent-producer
(infix_expression (_) @_k (simple_identifier) (_) @_v
  (#match? @_k "ENABLE_IDEMPOTENCE_CONFIG|\"enable\\.idempotence\"") (#match? @_v "true")) @signal.idempotent-producer
(value_arguments . (value_argument) @_k . (value_argument) @_v .
  (#match? @_k "ENABLE_IDEMPOTENCE_CONFIG|\"enable\\.idempotence\"") (#match? @_v "true")) @signal.idempotent-producer
(assignment (directly_assignable_expression (indexing_suffix (_) @_k)) (_) @_v
  (#match? @_k "ENABLE_AUTO_COMMIT_CONFIG|\"enable\\.auto\\.commit\"") (#match? @_v "true")) @signal.auto-commit
(infix_expression (_) @_k (simple_identifier) (_) @_v
  (#match? @_k "ENABLE_AUTO_COMMIT_CONFIG|\"enable\\.auto\\.commit\"") (#match? @_v "true")) @signal.auto-commit
(value_arguments . (value_argument) @_k . (value_argument) @_v .
  (#match? @_k "ENABLE_AUTO_COMMIT_CONFIG|\"enable\\.auto\\.commit\"") (#match? @_v "true")) @signal.auto-commit
((navigation_expression (_) (navigation_suffix (simple_identifier) @_k)) @signal.transactional (#eq? @_k "TRANSACTIONAL_ID_CONFIG"))
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "initTransactions" "beginTransaction" "commitTransaction" "executeInTransaction")) @signal.transactional

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "commitSync" "commitAsync" "basicAck" "acknowledge")) @signal.commit-after-processing
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (call_suffix (value_arguments . (value_argument) . (value_argument (boolean_literal) @_v)))
  (#eq? @_m "basicConsume") (#eq? @_v "true")) @signal.auto-ack

(call_expression (simple_identifier) @_c (#any-of? @_c "DeadLetterPublishingRecoverer")) @signal.dead-letter
((string_literal) @signal.dead-letter (#match? @signal.dead-letter "([dD]ead[-_.]?[lL]etter|[.\\-_]([dD][lL][qQ]|DLT)\"$)"))

; send with a callback, or its future awaited
(call_expression (call_expression (navigation_expression (_) @_r (navigation_suffix (simple_identifier) @_m)) (call_suffix (value_arguments (value_argument)))) (call_suffix (annotated_lambda))
  (#match? @_r "([pP]roducer|[tT]emplate)$") (#eq? @_m "send")) @signal.delivery-callback
(call_expression (navigation_expression (_) @_r (navigation_suffix (simple_identifier) @_m)) (call_suffix (value_arguments . (value_argument) . (value_argument)))
  (#match? @_r "([pP]roducer)$") (#eq? @_m "send")) @signal.delivery-callback
(call_expression (navigation_expression (call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))) (navigation_suffix (simple_identifier) @_g))
  (#eq? @_m "send") (#any-of? @_g "get" "await" "whenComplete" "thenAccept")) @signal.delivery-callback
; a send statement whose result nobody looks at
(statements (call_expression (navigation_expression (_) @_r (navigation_suffix (simple_identifier) @_m)) (call_suffix . (value_arguments . (value_argument) .) .)
  (#match? @_r "([pP]roducer)$") (#eq? @_m "send")) @signal.fire-and-forget)
