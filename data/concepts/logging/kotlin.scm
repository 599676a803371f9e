; Kotlin logging: SLF4J/Logback loggers and kotlin-logging (`logger.info { "..." }`, lazy
; lambdas are fine), fluent `atInfo().addKeyValue(...)`, MDC and withLoggingContext. A log call
; is a level method on a receiver named like a logger, so `ln(x)`/`Math.log(x)` never match.

(call_expression
  (navigation_expression (_) @_recv (navigation_suffix (simple_identifier) @_level))
  (call_suffix)
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|error|atTrace|atDebug|atInfo|atWarn|atError)$")) @presence @signal.level-used @signal.log-in-loop

; template with {} placeholders and separate arguments
(call_expression
  (navigation_expression (_) @_recv (navigation_suffix (simple_identifier) @_level))
  (call_suffix (value_arguments (value_argument (string_literal) @_msg) . (value_argument)))
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|error)$")
  (#match? @_msg "\\{\\}")) @signal.parameterised-message

; key-value fields: fluent API, MDC, kotlin-logging context, logstash StructuredArguments
(call_expression
  (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "addKeyValue" "addArgument" "addMarker")) @signal.structured-fields
(call_expression
  (navigation_expression (simple_identifier) @_mdc (navigation_suffix (simple_identifier) @_m))
  (#eq? @_mdc "MDC") (#any-of? @_m "put" "putCloseable")) @signal.structured-fields
(call_expression (simple_identifier) @_f
  (#any-of? @_f "withLoggingContext" "withMDC" "kv" "keyValue" "entries")) @signal.structured-fields

; the throwable passed: error("msg", e) or kotlin-logging error(e) { "msg" }
(call_expression
  (navigation_expression (_) @_recv (navigation_suffix (simple_identifier) @_level))
  (call_suffix (value_arguments (value_argument (simple_identifier) @_ex) .))
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|error)$")
  (#match? @_ex "^(e|ex|exc|exception|t|throwable|cause|err)$")) @signal.exception-attached

; message built before the call (interpolation inside a lazy lambda is not flagged)
(call_expression
  (navigation_expression (_) @_recv (navigation_suffix (simple_identifier) @_level))
  (call_suffix (value_arguments (value_argument (additive_expression [(string_literal) (additive_expression)]))))
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|error)$")) @signal.string-concat-message
(call_expression
  (navigation_expression (_) @_recv (navigation_suffix (simple_identifier) @_level))
  (call_suffix (value_arguments (value_argument (string_literal [(interpolated_identifier) (interpolated_expression)]))))
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|error)$")) @signal.string-interpolation-message
(call_expression
  (navigation_expression (_) @_recv (navigation_suffix (simple_identifier) @_level))
  (call_suffix (value_arguments (value_argument (call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_fmt))))))
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|error)$")
  (#eq? @_fmt "format")) @signal.string-interpolation-message

; e.message only
(call_expression
  (navigation_expression (_) @_recv (navigation_suffix (simple_identifier) @_level))
  (call_suffix (value_arguments (value_argument [(navigation_expression (_) (navigation_suffix (simple_identifier) @_p))
                                                 (string_literal (interpolated_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_p))))])))
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|error)$")
  (#any-of? @_p "message" "localizedMessage")) @signal.exception-message-only

(call_expression
  (navigation_expression (_) @_recv (navigation_suffix (simple_identifier) @_level))
  (call_suffix (value_arguments (value_argument [(simple_identifier) @_arg (navigation_expression (_) (navigation_suffix (simple_identifier) @_arg))])))
  (#match? @_recv "(^|\\.)_?(log|logger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(trace|debug|info|warn|error)$")
  (#match? @_arg "([pP]assword|[sS]ecret|[tT]oken|[aA]pi[kK]ey|[cC]redential)")) @signal.sensitive-data-logged

; println/System.err used as a log: a diagnostic message, or any print in a catch block
(call_expression (simple_identifier) @_p
  (call_suffix (value_arguments (value_argument [(string_literal) (additive_expression)] @_msg)))
  (#any-of? @_p "println" "print")
  (#match? @_msg "(ERROR|WARN|INFO|DEBUG|\\[[A-Za-z]+\\]|[Ee]rror|[Ff]ail|[Ee]xception|[Ww]arning)")) @signal.print-as-logging
(call_expression
  (navigation_expression (navigation_expression (simple_identifier) @_sys (navigation_suffix (simple_identifier) @_stream)) (navigation_suffix (simple_identifier) @_p))
  (#eq? @_sys "System") (#any-of? @_stream "out" "err") (#any-of? @_p "println" "print")) @signal.print-as-logging
(catch_block (statements (call_expression (simple_identifier) @_p (#any-of? @_p "println" "print")) @signal.print-as-logging))

(call_expression
  (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (call_suffix (value_arguments) @_args)
  (#eq? @_m "printStackTrace") (#match? @_args "^\\(\\s*\\)$")) @signal.print-stack-trace

(for_statement) @context.loop
(while_statement) @context.loop
(do_while_statement) @context.loop
(call_expression
  (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (call_suffix (annotated_lambda))
  (#any-of? @_m "forEach" "forEachIndexed" "onEach")) @context.loop

; a program's entry point: console output there is the tool's own output
((function_declaration (simple_identifier) @_main) @context.cli (#eq? @_main "main"))
