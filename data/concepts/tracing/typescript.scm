; tracing: what TypeScript adds to the JavaScript patterns.
; typescript and tsx extend the javascript queries (data/languages.json): this concept's
; javascript.scm is compiled first, against the TypeScript grammar, then this file.

; TypeScript: nestjs-otel / OpenTelemetry method decorators (the decorator ends the span)
((decorator
   [(call_expression function: (identifier) @_d) (identifier) @_d]) @presence @signal.span-ended-in-finally
 (#match? @_d "^(Span|Traceable|Trace|WithSpan)$"))
