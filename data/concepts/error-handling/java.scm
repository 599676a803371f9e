; error-handling × Java: try/catch/finally, wrapping, supervision.

; presence: catch and finally
(catch_clause) @presence
(finally_clause) @presence

; +specific-exception / -catch-all
(catch_clause
  (catch_formal_parameter
    (catch_type ((type_identifier) @signal.specific-exception
                 (#not-any-of? @signal.specific-exception "Exception" "Throwable" "RuntimeException" "Error")))))
(catch_clause
  (catch_formal_parameter
    (catch_type ((type_identifier) @signal.catch-all
                 (#any-of? @signal.catch-all "Throwable" "Error")))))

; -swallowed-error: an empty catch block (comments only)
((catch_clause body: (block) @_body) @signal.swallowed-error
 (#match? @_body "^\\{\\s*(//[^\\n]*\\s*|/\\*[^*]*\\*+([^/*][^*]*\\*+)*/\\s*)*\\}$"))

; +error-wrapped: throw new X(..., e) in the catch of e
((catch_clause
   (catch_formal_parameter name: (identifier) @_error)
   body: (block
     (throw_statement
       (object_creation_expression arguments: (argument_list (identifier) @_cause)) @signal.error-wrapped)))
 (#eq? @_cause @_error))

; -cause-lost: throw new X("message") or X(e.getMessage()) in a catch (unless error-wrapped)
(catch_clause
  body: (block
    (throw_statement
      (object_creation_expression
        arguments: (argument_list . [(string_literal) (binary_expression) (method_invocation)] .)) @signal.cause-lost)))

; +error-propagated: throw e;
((catch_clause
   (catch_formal_parameter name: (identifier) @_error)
   body: (block (throw_statement (identifier) @_thrown) @signal.error-propagated))
 (#eq? @_thrown @_error))

; +error-logged: a logger call in the catch
((catch_clause
   body: (block
     (expression_statement
       (method_invocation object: (identifier) @_logger name: (identifier) @_level) @signal.error-logged)))
 (#any-of? @_level "trace" "debug" "info" "warn" "warning" "error" "fatal" "severe" "log")
 (#match? @_logger "^(log|logger|LOG|LOGGER|Log|Logger|_log|_logger|[a-z][A-Za-z]*Logger|[A-Z][A-Z_]*_(LOGGER|LOG))$"))

; +cleanup-in-finally
(finally_clause) @signal.cleanup-in-finally
(try_with_resources_statement resources: (resource_specification) @signal.cleanup-in-finally) @presence

; +supervisor-backoff: Akka supervision with backoff
((method_invocation name: (identifier) @_backoff) @presence @signal.supervisor-backoff
 (#any-of? @_backoff "restartWithBackoff" "onFailure" "onStop" "withBackoff"))

; -exit-in-library: System.exit / Runtime.halt outside a main (context cli)
((method_invocation object: (identifier) @_system name: (identifier) @_exit) @signal.exit-in-library
 (#any-of? @_system "System" "Runtime")
 (#any-of? @_exit "exit" "halt"))
((method_declaration (modifiers "static") name: (identifier) @_main) @context.cli
 (#eq? @_main "main"))
