; deserialisation: what TypeScript adds to the JavaScript patterns.
; typescript and tsx extend the javascript queries (data/languages.json): this concept's
; javascript.scm is compiled first, against the TypeScript grammar, then this file.

; TypeScript: class-transformer + class-validator, NestJS ValidationPipe options
((call_expression
   function: (identifier) @_fn) @presence
 (#match? @_fn "^(plainToInstance|plainToClass|deserialize)$"))

((call_expression
   function: (identifier) @_fn) @signal.schema-validated
 (#match? @_fn "^(validateOrReject|validateSync)$"))

((pair
   key: (property_identifier) @_key
   value: (true)) @signal.strict-unknown-fields
 (#match? @_key "^(forbidNonWhitelisted|forbidUnknownValues|whitelist)$"))
