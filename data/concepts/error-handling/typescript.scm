; error-handling: what TypeScript adds to the JavaScript patterns.
; typescript and tsx extend the javascript queries (data/languages.json): this concept's
; javascript.scm is compiled first, against the TypeScript grammar, then this file.

; TypeScript: NestJS exception filters for specific exception types
((decorator
   (call_expression
     function: (identifier) @_d
     arguments: (arguments (identifier)))) @presence @signal.specific-exception
 (#eq? @_d "Catch"))
