; PHP failure handling: try/catch/finally. Quality: specific exception classes, rethrow with
; the previous exception (third constructor argument), logged errors, finally; empty catch
; blocks, catch (\Throwable|\Exception), new exceptions from getMessage(), exit/die, and the
; `@` error-suppression operator.

(catch_clause) @presence
(catch_clause type: (type_list (named_type) @_t) (#match? @_t "^\\\\?(Throwable|Exception)$")) @signal.catch-all
(catch_clause type: (type_list (named_type) @_t) (#not-match? @_t "^\\\\?(Throwable|Exception)$")) @signal.specific-exception
(catch_clause body: (compound_statement) @_b (#match? @_b "^\\{(\\s|//[^\\n]*|#[^\\n]*|/\\*[\\s\\S]*?\\*/)*\\}$")) @signal.swallowed-error
((unary_op_expression) @signal.swallowed-error (#match? @signal.swallowed-error "^@"))
(catch_clause name: (variable_name) @_v
  body: (compound_statement (expression_statement (throw_expression (object_creation_expression (arguments (argument (variable_name) @_a) .))) @signal.error-wrapped))
  (#eq? @_a @_v))
(catch_clause name: (variable_name) @_v
  body: (compound_statement (expression_statement (throw_expression (variable_name) @_a) @signal.error-propagated))
  (#eq? @_a @_v))
(catch_clause
  body: (compound_statement (expression_statement (throw_expression (object_creation_expression (arguments . (argument [(string) (encapsed_string) (member_call_expression)]) .))) @signal.cause-lost)))
(catch_clause body: (compound_statement (expression_statement (member_call_expression object: (_) @_recv name: (name) @_m) @signal.error-logged))
  (#match? @_recv "(^|->|::)\\$?(logger|log|Log|Logger|LOGGER)$") (#any-of? @_m "error" "warning" "critical" "alert" "emergency"))
(finally_clause) @presence @signal.cleanup-in-finally
(exit_statement) @signal.exit-in-library
