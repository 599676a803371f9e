; Scala logging: scala-logging/SLF4J (`logger.info("{}", x)`), Akka/Pekko `log.info`,
; log4cats; MDC and structured arguments. A log call is a level method on a receiver named like
; a logger, so `math.log(x)` never matches. s"" / f"" messages and + concatenation are flagged.

(call_expression
  function: (field_expression value: (_) @_recv field: (identifier) @_level)
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|warning|error)$")) @presence @signal.level-used @signal.log-in-loop

(call_expression
  function: (field_expression value: (_) @_recv field: (identifier) @_level)
  arguments: (arguments (string) @_msg . (_))
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|warning|error)$")
  (#match? @_msg "\\{\\}")) @signal.parameterised-message

(call_expression
  function: (field_expression value: (identifier) @_mdc field: (identifier) @_m)
  (#eq? @_mdc "MDC") (#eq? @_m "put")) @signal.structured-fields
(call_expression function: (identifier) @_f (#any-of? @_f "kv" "keyValue" "withMDC" "withContext")) @signal.structured-fields
(call_expression
  function: (field_expression value: (_) field: (identifier) @_m)
  (#any-of? @_m "addKeyValue" "withMdc" "mdc")) @signal.structured-fields

(call_expression
  function: (field_expression value: (_) @_recv field: (identifier) @_level)
  arguments: (arguments (identifier) @_ex .)
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|warning|error)$")
  (#match? @_ex "^(e|ex|exc|exception|t|throwable|cause|err)$")) @signal.exception-attached
(call_expression
  function: (field_expression value: (_) @_recv field: (identifier) @_level)
  arguments: (arguments . (identifier) @_ex . (_))
  (#match? @_recv "(^|\\.)_?(log|LOG)$")
  (#eq? @_level "error")
  (#match? @_ex "^(e|ex|exc|exception|t|throwable|cause|err)$")) @signal.exception-attached

(call_expression
  function: (field_expression value: (_) @_recv field: (identifier) @_level)
  arguments: (arguments (infix_expression left: [(string) (infix_expression)] operator: (operator_identifier) @_plus))
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|warning|error)$")
  (#eq? @_plus "+")) @signal.string-concat-message
(call_expression
  function: (field_expression value: (_) @_recv field: (identifier) @_level)
  arguments: (arguments (interpolated_string_expression interpolator: (identifier) @_i (interpolated_string (interpolation))))
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|warning|error)$")
  (#any-of? @_i "s" "f" "raw")) @signal.string-interpolation-message

(call_expression
  function: (field_expression value: (_) @_recv field: (identifier) @_level)
  arguments: (arguments [(field_expression field: (identifier) @_p)
                         (call_expression function: (field_expression field: (identifier) @_p))
                         (interpolated_string_expression (interpolated_string (interpolation (block (field_expression field: (identifier) @_p)))))])
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|warning|error)$")
  (#any-of? @_p "getMessage" "getLocalizedMessage")) @signal.exception-message-only

(call_expression
  function: (field_expression value: (_) @_recv field: (identifier) @_level)
  arguments: (arguments [(identifier) @_arg (field_expression field: (identifier) @_arg)])
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|warning|error)$")
  (#match? @_arg "([pP]assword|[sS]ecret|[tT]oken|[aA]pi[kK]ey|[cC]redential)")) @signal.sensitive-data-logged

(call_expression function: (identifier) @_p
  arguments: (arguments [(string) (infix_expression) (interpolated_string_expression)] @_msg)
  (#any-of? @_p "println" "print")
  (#match? @_msg "(ERROR|WARN|INFO|DEBUG|\\[[A-Za-z]+\\]|[Ee]rror|[Ff]ail|[Ee]xception|[Ww]arning)")) @signal.print-as-logging
(call_expression
  function: (field_expression value: (field_expression value: (identifier) @_sys field: (identifier) @_stream) field: (identifier) @_p)
  (#eq? @_sys "System") (#eq? @_stream "err") (#any-of? @_p "println" "print")) @signal.print-as-logging
(case_clause body: (call_expression function: (identifier) @_p (#eq? @_p "println")) @signal.print-as-logging)

((field_expression field: (identifier) @_m) @signal.print-stack-trace (#eq? @_m "printStackTrace"))

(while_expression) @context.loop
(do_while_expression) @context.loop
(for_expression) @context.loop
(call_expression function: (field_expression field: (identifier) @_m) (#eq? @_m "foreach")) @context.loop

; a program's entry point: console output there is the tool's own output
((function_definition name: (identifier) @_main) @context.cli (#eq? @_main "main"))
