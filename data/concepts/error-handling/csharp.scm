; C# failure handling: try/catch/finally, exception filters, `using` for cleanup. Quality:
; specific exception types, rethrow with the cause (`throw;`, new X(msg, ex)), logged errors;
; empty catch blocks, catch (Exception) / bare catch, a new exception without its cause,
; Environment.Exit/FailFast.

(catch_clause) @presence

(catch_clause (catch_declaration type: (_) @_t)
  (#not-match? @_t "^(System\\.)?(Exception|SystemException)$")) @signal.specific-exception

(catch_clause (catch_declaration type: (_) @_t)
  (#match? @_t "^(System\\.)?(Exception|SystemException)$")) @signal.catch-all
(catch_clause . body: (block)) @signal.catch-all

; nothing done with the error (comments only)
(catch_clause body: (block) @_b
  (#match? @_b "^\\{(\\s|//[^\\n]*|/\\*[\\s\\S]*?\\*/)*\\}$")) @signal.swallowed-error

; rethrown: `throw;` keeps the stack, `throw new X(msg, ex)` keeps the cause
(catch_clause body: (block (throw_statement) @signal.error-propagated (#match? @signal.error-propagated "^throw\\s*;")))
(catch_clause
  (catch_declaration name: (identifier) @_v)
  body: (block (throw_statement (object_creation_expression arguments: (argument_list (argument (identifier) @_a) .))) @signal.error-wrapped)
  (#eq? @_a @_v))
(catch_clause
  (catch_declaration name: (identifier) @_v)
  body: (block (_ (block (throw_statement (object_creation_expression arguments: (argument_list (argument (identifier) @_a) .))) @signal.error-wrapped)))
  (#eq? @_a @_v))

; a new exception from the message alone: the cause is lost
(catch_clause
  body: (block (throw_statement (object_creation_expression
    arguments: (argument_list . (argument [(string_literal) (interpolated_string_expression) (member_access_expression) (binary_expression)]) .))) @signal.cause-lost))
(catch_clause
  body: (block (throw_statement (object_creation_expression arguments: (argument_list) @_args)) @signal.cause-lost)
  (#match? @_args "^\\(\\s*\\)$"))

; the error is logged or reported
(catch_clause body: (block (expression_statement
  (invocation_expression function: (member_access_expression expression: (_) @_recv name: (identifier) @_m)
    (#match? @_recv "(^|\\.)_?([lL]og|[lL]ogger|[a-zA-Z]*Logger|[tT]elemetry[A-Za-z]*|SentrySdk)$")
    (#match? @_m "^(Log[A-Za-z]*|Error|Warning|Fatal|Critical|TrackException|CaptureException)$")) @signal.error-logged)))

(finally_clause) @presence @signal.cleanup-in-finally
(using_statement) @signal.cleanup-in-finally

(invocation_expression
  function: (member_access_expression expression: (identifier) @_e name: (identifier) @_m)
  (#eq? @_e "Environment") (#any-of? @_m "Exit" "FailFast")) @signal.exit-in-library

((method_declaration (modifier) @_static name: (identifier) @_main) @context.cli
 (#eq? @_static "static") (#eq? @_main "Main"))
