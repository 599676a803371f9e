; Scala failure handling: try/catch cases, NonFatal, Try/recover, Either, Akka supervision
; (SupervisorStrategy, BackoffSupervisor, RestartSource.withBackoff). Quality: specific
; exception types, rethrow with cause, logged errors, supervisors with backoff; `case _ =>`
; or Throwable catch-alls, empty handlers, sys.exit.

(catch_clause) @presence
(case_clause pattern: (typed_pattern type: (type_identifier) @_t) (#not-any-of? @_t "Throwable" "Exception")) @signal.specific-exception
(catch_clause (case_block (case_clause pattern: (typed_pattern type: (type_identifier) @_t)) @signal.catch-all) (#any-of? @_t "Throwable" "Exception"))
(catch_clause (case_block (case_clause pattern: (wildcard)) @signal.catch-all))
(catch_clause (case_block (case_clause pattern: (identifier)) @signal.catch-all))
(catch_clause (case_block (case_clause pattern: (case_class_pattern type: (type_identifier) @_n)) @signal.specific-exception) (#eq? @_n "NonFatal"))
(catch_clause (case_block ((case_clause) @signal.swallowed-error (#match? @signal.swallowed-error "=>\\s*(\\(\\s*\\)|\\{\\s*\\}|None|null)?\\s*$"))))

(case_clause pattern: [(typed_pattern pattern: (identifier) @_v) (case_class_pattern pattern: (identifier) @_v)]
  body: (throw_expression (instance_expression arguments: (arguments (identifier) @_a .))) @signal.error-wrapped
  (#eq? @_a @_v))
(case_clause pattern: [(typed_pattern pattern: (identifier) @_v) (case_class_pattern pattern: (identifier) @_v)]
  body: (throw_expression (identifier) @_a) @signal.error-propagated
  (#eq? @_a @_v))
(case_clause body: (throw_expression (instance_expression arguments: (arguments . [(string) (interpolated_string_expression) (call_expression) (field_expression)] .))) @signal.cause-lost)
(case_clause body: [(call_expression function: (field_expression value: (_) @_recv field: (identifier) @_m)) @signal.error-logged
                    (block (call_expression function: (field_expression value: (_) @_recv field: (identifier) @_m)) @signal.error-logged)]
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$") (#any-of? @_m "error" "warn" "warning"))
(finally_clause) @presence @signal.cleanup-in-finally
(call_expression function: (field_expression value: (identifier) @_u field: (identifier) @_m) (#eq? @_u "Using") (#any-of? @_m "resource" "apply" "resources")) @signal.cleanup-in-finally

(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "recover" "recoverWith" "handleErrorWith")) @presence
(call_expression function: (field_expression value: (identifier) @_s field: (identifier) @_m)
  (#any-of? @_s "SupervisorStrategy" "BackoffSupervisor" "BackoffOpts" "RestartSource" "RestartFlow" "Backoff")
  (#any-of? @_m "restartWithBackoff" "props" "onFailure" "onStop" "withBackoff" "onFailuresWithBackoff")) @presence @signal.supervisor-backoff
(call_expression function: (field_expression field: (identifier) @_m) (#eq? @_m "restartWithBackoff")) @presence @signal.supervisor-backoff
(call_expression function: (generic_function function: (identifier) @_s) (#eq? @_s "supervise")) @presence
(call_expression function: (field_expression value: (identifier) @_s field: (identifier) @_m) (#eq? @_s "sys") (#eq? @_m "exit")) @signal.exit-in-library
(call_expression function: (field_expression value: (identifier) @_s field: (identifier) @_m) (#eq? @_s "System") (#eq? @_m "exit")) @signal.exit-in-library

((function_definition name: (identifier) @_main) @context.cli (#eq? @_main "main"))
