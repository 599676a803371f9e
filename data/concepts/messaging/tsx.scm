; messaging: TSX (TypeScript with JSX) (kafkajs, amqplib, node-rdkafka, @aws-sdk SQS, NATS).
; Good: acks: -1, idempotent or transactional producers, autoCommit: false with explicit
; commitOffsets / resolveOffset, ch.ack(msg) after processing, a dead-letter exchange, a
; confirm channel, a send that is awaited. Bad: acks: 0, noAck: true, autoCommit: true,
; a send or publish whose promise or return value is dropped.
; The patterns below are the JavaScript ones: tree-sitter-typescript keeps the same node types
; and fields for these constructs (checked by compiling this file against its own grammar).

; presence: clients, producers, consumers, channels
((call_expression
   function: (member_expression
     object: (_) @_client
     property: (property_identifier) @_fn)) @presence
 (#match? @_client "^(kafka|this\\.kafka|amqp|amqplib|connection|conn|sqs|nats|nc|js|client)$")
 (#match? @_fn "^(producer|consumer|connect|createChannel|createConfirmChannel|jetstream)$"))

((call_expression
   function: (member_expression
     object: (_) @_client
     property: (property_identifier) @_fn)) @presence
 (#match? @_client "[Pp]roducer$|[Cc]onsumer$|[Cc]hannel$|^(ch|chan|channel|js|nc|sqs|client)$")
 (#match? @_fn "^(send|sendBatch|run|subscribe|commitOffsets|publish|sendToQueue|consume|ack|nack|assertQueue|sendMessage|produce|transaction)$"))

; +acks-all / -acks-none
((pair
   key: (property_identifier) @_acks
   value: (_) @_value) @signal.acks-all
 (#eq? @_acks "acks")
 (#match? @_value "^(-1|'all'|\"all\")$"))

((pair
   key: (property_identifier) @_acks
   value: (_) @_value) @signal.acks-none
 (#eq? @_acks "acks")
 (#eq? @_value "0"))

; +idempotent-producer / +transactional
((pair
   key: (property_identifier) @_key
   value: (true)) @signal.idempotent-producer
 (#match? @_key "^(idempotent|enableIdempotence)$"))

((pair
   key: (property_identifier) @_key) @signal.transactional
 (#match? @_key "^(transactionalId|transactional)$"))

((call_expression
   function: (member_expression
     object: (_) @_producer
     property: (property_identifier) @_fn)) @signal.transactional
 (#match? @_producer "[Pp]roducer$")
 (#eq? @_fn "transaction"))

; +commit-after-processing / -auto-commit
((pair
   key: (property_identifier) @_key
   value: (false)) @signal.commit-after-processing
 (#eq? @_key "autoCommit"))

((pair
   key: (property_identifier) @_key
   value: (true)) @signal.auto-commit
 (#eq? @_key "autoCommit"))

((call_expression
   function: (member_expression
     property: (property_identifier) @_fn)) @signal.commit-after-processing
 (#match? @_fn "^(commitOffsets|resolveOffset|commitOffsetsIfNecessary|deleteMessage|commitMessage)$"))

((call_expression
   function: (member_expression
     object: (_) @_channel
     property: (property_identifier) @_fn)) @signal.commit-after-processing
 (#match? @_channel "[Cc]hannel$|^(ch|chan|channel|m|msg|message)$")
 (#eq? @_fn "ack"))

; -auto-ack: consume(..., { noAck: true })
((pair
   key: (property_identifier) @_key
   value: (true)) @signal.auto-ack
 (#eq? @_key "noAck"))

; +dead-letter
((pair
   key: [(property_identifier) (string)] @_key) @signal.dead-letter
 (#match? @_key "deadLetterExchange|deadLetterRoutingKey|x-dead-letter|deadLetterQueue|DeadLetterTargetArn"))

((string) @signal.dead-letter
 (#match? @signal.dead-letter "^.[A-Za-z0-9_.-]*[.-](dlq|DLQ|dead-letter)[A-Za-z0-9_.-]*.$"))

; +delivery-callback: sends awaited, confirm channels, publish callbacks
((await_expression
   (call_expression
     function: (member_expression
       object: (_) @_producer
       property: (property_identifier) @_fn)) @signal.delivery-callback)
 (#match? @_producer "[Pp]roducer$|[Cc]hannel$|^(ch|js|sqs|client)$")
 (#match? @_fn "^(send|sendBatch|publish|sendMessage|waitForConfirms)$"))

((call_expression
   function: (member_expression
     property: (property_identifier) @_fn)) @signal.delivery-callback
 (#match? @_fn "^(createConfirmChannel|waitForConfirms)$"))

((call_expression
   function: (member_expression
     object: (_) @_channel
     property: (property_identifier) @_fn)
   arguments: (arguments
     (_) (_) (_)
     [(arrow_function) (function_expression)] .)) @signal.delivery-callback
 (#match? @_channel "[Cc]hannel$|^(ch|chan|channel)$")
 (#match? @_fn "^(publish|sendToQueue)$"))

; -fire-and-forget: a send whose promise or result is dropped
((expression_statement
   (call_expression
     function: (member_expression
       object: (_) @_producer
       property: (property_identifier) @_fn)
     arguments: (arguments) @_args) @signal.fire-and-forget)
 (#match? @_producer "[Pp]roducer$|[Cc]hannel$|^(ch|chan|channel|js|nc)$")
 (#match? @_fn "^(send|sendBatch|publish|sendToQueue|produce)$")
 (#not-match? @_args "=>|function"))

; TypeScript: NestJS microservice handlers and RabbitMQ/Kafka decorators
((decorator
   (call_expression
     function: (identifier) @_d)) @presence
 (#match? @_d "^(EventPattern|MessagePattern|RabbitSubscribe|RabbitRPC|SqsMessageHandler|KafkaListener)$"))
