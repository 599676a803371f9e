; messaging: Go (Shopify/IBM sarama, segmentio/kafka-go, confluent-kafka-go, amqp091, NATS).
; Good: RequiredAcks = WaitForAll / RequireAll, Idempotent, transactions, offsets committed
; or messages acked after processing, a dead-letter exchange, send results checked. Bad:
; NoResponse / RequireNone, Consume with autoAck=true, kafka-go ReadMessage (commits before
; processing when a group is set), an async producer's Input() fed without reading Errors(),
; a Publish/WriteMessages whose error is discarded.

; presence: producers, consumers, channels
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence
 (#any-of? @_pkg "sarama" "kafka" "amqp" "amqp091" "nats")
 (#match? @_fn "^(NewSyncProducer|NewAsyncProducer|NewConsumer|NewConsumerGroup|NewClient|NewProducer|NewReader|NewWriter|Dial|DialConfig|DialTLS|Connect)$"))

((composite_literal
   type: (qualified_type) @_type) @presence
 (#match? @_type "^kafka\\.(Writer|ReaderConfig|WriterConfig)$"))

((call_expression
   function: (selector_expression
     operand: (_) @_client
     field: (field_identifier) @_fn)) @presence
 (#match? @_client "[Pp]roducer|[Ww]riter|[Rr]eader|[Cc]onsumer|[Cc]hannel|^ch$|^js$|[Ss]ession|[Cc]laim|^msg$|^m$|^d$|[Dd]elivery")
 (#match? @_fn "^(SendMessage|SendMessages|WriteMessages|ReadMessage|FetchMessage|CommitMessages|Publish|PublishWithContext|PublishWithDeferredConfirmWithContext|Consume|Ack|Nack|MarkMessage|Commit|Produce|Input|BeginTxn|CommitTxn)$"))

; +acks-all / -acks-none
((selector_expression) @signal.acks-all
 (#match? @signal.acks-all "^(sarama\\.WaitForAll|kafka\\.RequireAll)$"))

((selector_expression) @signal.acks-none
 (#match? @signal.acks-none "^(sarama\\.NoResponse|kafka\\.RequireNone)$"))

((keyed_element
   key: (literal_element (identifier) @_key)
   value: (literal_element) @_value) @signal.acks-all
 (#eq? @_key "RequiredAcks")
 (#eq? @_value "-1"))

; +idempotent-producer / +transactional
((assignment_statement
   left: (expression_list (selector_expression) @_field)
   right: (expression_list (true))) @signal.idempotent-producer
 (#match? @_field "\\.Idempotent$"))

((assignment_statement
   left: (expression_list (selector_expression) @_field)) @signal.transactional
 (#match? @_field "\\.Transaction\\.ID$|TransactionalID$"))

((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)) @signal.transactional
 (#any-of? @_fn "BeginTxn" "CommitTxn" "AddMessageToTxn" "InitTransactions" "BeginTransaction" "CommitTransaction"))

; +commit-after-processing: explicit commits and acks
((call_expression
   function: (selector_expression
     operand: (_) @_client
     field: (field_identifier) @_fn)) @signal.commit-after-processing
 (#match? @_client "[Rr]eader|[Cc]onsumer|[Ss]ession|^msg$|^m$|^d$|[Dd]elivery|[Mm]essage")
 (#any-of? @_fn "CommitMessages" "MarkMessage" "Ack" "CommitMessage" "CommitOffsets" "Commit"))

; +dead-letter
((interpreted_string_literal) @signal.dead-letter
 (#match? @signal.dead-letter "x-dead-letter|[.-_]dlq\"|[.-_]DLQ\"|dead-letter|deadletter"))

; +delivery-callback: send results checked, confirms, the async producer's Errors() read
([(short_var_declaration
    right: (expression_list
      (call_expression
        function: (selector_expression
          field: (field_identifier) @_fn))))
  (assignment_statement
    right: (expression_list
      (call_expression
        function: (selector_expression
          field: (field_identifier) @_fn))))
  (return_statement
    (expression_list
      (call_expression
        function: (selector_expression
          field: (field_identifier) @_fn))))] @signal.delivery-callback
 (#match? @_fn "^(SendMessage|SendMessages|WriteMessages|Publish|PublishWithContext|PublishWithDeferredConfirmWithContext|Produce)$"))

((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)) @signal.delivery-callback
 (#match? @_fn "^(Errors|Successes|NotifyPublish|Confirm|Events)$"))

; -auto-commit: kafka-go ReadMessage commits before processing; sarama AutoCommit on
((call_expression
   function: (selector_expression
     operand: (_) @_reader
     field: (field_identifier) @_fn)) @signal.auto-commit
 (#match? @_reader "[Rr]eader")
 (#eq? @_fn "ReadMessage"))

((assignment_statement
   left: (expression_list (selector_expression) @_field)
   right: (expression_list (true))) @signal.auto-commit
 (#match? @_field "AutoCommit\\.Enable$"))

; -auto-ack: ch.Consume(queue, consumer, autoAck=true, ...)
((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)
   arguments: (argument_list . (_) . (_) . (true) @signal.auto-ack))
 (#eq? @_fn "Consume"))

((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)
   arguments: (argument_list . (_) . (_) . (_) . (true) @signal.auto-ack))
 (#eq? @_fn "ConsumeWithContext"))

; -fire-and-forget: results discarded, async Input() fed blindly
((expression_statement
   (call_expression
     function: (selector_expression
       operand: (_) @_client
       field: (field_identifier) @_fn)) @signal.fire-and-forget)
 (#match? @_client "[Pp]roducer|[Ww]riter|[Cc]hannel|^ch$|^js$|^nc$")
 (#match? @_fn "^(SendMessage|SendMessages|WriteMessages|Publish|PublishWithContext|Produce|PublishMsg)$"))

((send_statement
   channel: (call_expression
     function: (selector_expression
       field: (field_identifier) @_input))) @presence @signal.fire-and-forget
 (#eq? @_input "Input"))
