; messaging: what TypeScript adds to the JavaScript patterns.
; typescript and tsx extend the javascript queries (data/languages.json): this concept's
; javascript.scm is compiled first, against the TypeScript grammar, then this file.

; TypeScript: NestJS microservice handlers and RabbitMQ/Kafka decorators
((decorator
   (call_expression
     function: (identifier) @_d)) @presence
 (#match? @_d "^(EventPattern|MessagePattern|RabbitSubscribe|RabbitRPC|SqsMessageHandler|KafkaListener)$"))
