; C# durable messaging: Confluent.Kafka producer/consumer configs and calls, RabbitMQ.Client
; (BasicPublish/BasicConsume/BasicAck), Azure Service Bus and MassTransit. Quality: acks=all,
; idempotence, transactions, manual commits after processing, dead-letter queues, awaited sends.

(object_creation_expression type: (identifier) @_t
  (#any-of? @_t "ProducerConfig" "ConsumerConfig" "ConnectionFactory" "ServiceBusClient")) @presence
(object_creation_expression type: (generic_name (identifier) @_t)
  (#any-of? @_t "ProducerBuilder" "ConsumerBuilder")) @presence
(invocation_expression
  function: (member_access_expression expression: (_) @_r name: (identifier) @_m)
  (#match? @_r "([pP]roducer|[cC]onsumer|[cC]hannel|[sS]ender|[rR]eceiver|[bB]us|[pP]ublisher)$")
  (#match? @_m "^(Produce|ProduceAsync|Consume|Commit|StoreOffset|BasicPublish|BasicConsume|BasicAck|BasicNack|SendMessageAsync|SendMessagesAsync|CompleteMessageAsync|AbandonMessageAsync|DeadLetterMessageAsync|Publish|Send)$")) @presence

(assignment_expression left: (identifier) @_p right: (member_access_expression name: (identifier) @_v)
  (#eq? @_p "Acks") (#eq? @_v "All")) @signal.acks-all
(assignment_expression left: (identifier) @_p right: (member_access_expression name: (identifier) @_v)
  (#eq? @_p "Acks") (#eq? @_v "None")) @signal.acks-none
(assignment_expression left: (identifier) @_p right: (boolean_literal) @_v
  (#eq? @_p "EnableIdempotence") (#eq? @_v "true")) @signal.idempotent-producer
(assignment_expression left: (identifier) @_p (#eq? @_p "TransactionalId")) @signal.transactional
(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "InitTransactions" "CommitTransaction" "SendOffsetsToTransaction")) @signal.transactional

(assignment_expression left: (identifier) @_p right: (boolean_literal) @_v
  (#any-of? @_p "EnableAutoCommit" "EnableAutoOffsetStore") (#eq? @_v "true")) @signal.auto-commit
(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "Commit" "StoreOffset" "BasicAck" "CompleteMessageAsync" "AcknowledgeAsync")) @signal.commit-after-processing

(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  arguments: (argument_list (argument name: (identifier) @_n (boolean_literal) @_v))
  (#eq? @_m "BasicConsume") (#eq? @_n "autoAck") (#eq? @_v "true")) @signal.auto-ack
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  arguments: (argument_list . (argument) . (argument (boolean_literal) @_v))
  (#eq? @_m "BasicConsume") (#eq? @_v "true")) @signal.auto-ack
(assignment_expression left: (identifier) @_p right: (member_access_expression name: (identifier) @_v)
  (#eq? @_p "ReceiveMode") (#eq? @_v "ReceiveAndDelete")) @signal.auto-ack

(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "DeadLetterMessageAsync" "UseDeadLetterQueue")) @signal.dead-letter
(string_literal (string_literal_content) @_s
  (#match? @_s "([dD]ead[-_.]?[lL]etter|[.\\-_][dD][lL][qQ]$|^[dD][lL][qQ][.\\-_])")) @signal.dead-letter

; the send's outcome is awaited or handled
(await_expression (invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#match? @_m "^(ProduceAsync|SendMessageAsync|SendMessagesAsync|Publish|Send)$"))) @signal.delivery-callback
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  arguments: (argument_list . (argument) . (argument) . (argument))
  (#eq? @_m "Produce")) @signal.delivery-callback

; fire-and-forget: Produce(topic, msg) with no handler, or ProduceAsync never awaited
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  arguments: (argument_list . (argument) . (argument) .)
  (#eq? @_m "Produce")) @signal.fire-and-forget
(expression_statement (invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#match? @_m "^(ProduceAsync|SendMessageAsync)$")) @signal.fire-and-forget)
(assignment_expression left: (identifier) @_d right: (invocation_expression function: (member_access_expression name: (identifier) @_m))
  (#eq? @_d "_") (#match? @_m "^(ProduceAsync|SendMessageAsync)$")) @signal.fire-and-forget
