; Kotlin failure handling: try/catch/finally, `use {}`, runCatching. Quality: specific
; exception types, rethrow with cause, logged errors; empty catch blocks, catch of
; Exception/Throwable, runCatching results dropped with getOrNull, exitProcess.

(catch_block) @presence
(catch_block (user_type (type_identifier) @_t) (#not-any-of? @_t "Exception" "Throwable" "RuntimeException")) @signal.specific-exception
(catch_block (user_type (type_identifier) @_t) (#any-of? @_t "Exception" "Throwable")) @signal.catch-all
((catch_block) @signal.swallowed-error
  (#match? @signal.swallowed-error "\\)\\s*\\{(\\s|//[^\\n]*|/\\*[\\s\\S]*?\\*/)*\\}$"))

(catch_block (simple_identifier) @_v
  (statements (jump_expression (call_expression (call_suffix (value_arguments (value_argument (simple_identifier) @_a) .)))) @signal.error-wrapped)
  (#eq? @_a @_v))
(catch_block (simple_identifier) @_v
  (statements (jump_expression (simple_identifier) @_a) @signal.error-propagated)
  (#eq? @_a @_v))
(catch_block
  (statements (jump_expression (call_expression (call_suffix (value_arguments . (value_argument [(string_literal) (navigation_expression)]) .)))) @signal.cause-lost))
(catch_block (statements (call_expression
  (navigation_expression (_) @_recv (navigation_suffix (simple_identifier) @_m))
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#any-of? @_m "error" "warn")) @signal.error-logged))

(finally_block) @presence @signal.cleanup-in-finally
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (call_suffix (annotated_lambda)) (#eq? @_m "use")) @signal.cleanup-in-finally

(call_expression (simple_identifier) @_f (#eq? @_f "runCatching")) @presence
(call_expression (navigation_expression (call_expression (simple_identifier) @_f) (navigation_suffix (simple_identifier) @_m))
  (#eq? @_f "runCatching") (#any-of? @_m "getOrNull" "getOrDefault")) @signal.swallowed-error

(call_expression [(simple_identifier) @_f (navigation_expression (simple_identifier) (navigation_suffix (simple_identifier) @_f))]
  (#any-of? @_f "exitProcess" "exit" "halt")) @signal.exit-in-library

((function_declaration (simple_identifier) @_main) @context.cli (#eq? @_main "main"))
