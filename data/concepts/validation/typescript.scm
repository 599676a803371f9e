; validation: what TypeScript adds to the JavaScript patterns.
; typescript and tsx extend the javascript queries (data/languages.json): this concept's
; javascript.scm is compiled first, against the TypeScript grammar, then this file.

; TypeScript: class-validator decorators and NestJS's ValidationPipe
((decorator
   (call_expression
     function: (identifier) @_d)) @presence @signal.declarative-constraints
 (#match? @_d "^(Is[A-Z][A-Za-z]*|Min|Max|Length|MinLength|MaxLength|Matches|ValidateNested|ArrayMaxSize|ArrayMinSize|ArrayNotEmpty|Equals|Contains)$"))

((decorator
   (call_expression
     function: (identifier) @signal.range-check))
 (#match? @signal.range-check "^(Min|Max|IsPositive|IsNegative|MinDate|MaxDate)$"))

((decorator
   (call_expression
     function: (identifier) @signal.length-check))
 (#match? @signal.length-check "^(Length|MinLength|MaxLength|ArrayMaxSize|ArrayMinSize|IsNotEmpty|ArrayNotEmpty)$"))

((decorator
   (call_expression
     function: (identifier) @signal.allow-list))
 (#match? @signal.allow-list "^(IsIn|IsEnum|Equals)$"))

((decorator
   (call_expression
     function: (identifier) @signal.pattern-check))
 (#match? @signal.pattern-check "^(Matches|IsEmail|IsUrl|IsUUID|IsAlphanumeric|IsISO8601|IsPhoneNumber)$"))

((new_expression
   constructor: (identifier) @_pipe) @presence @signal.schema-validated
 (#eq? @_pipe "ValidationPipe"))
