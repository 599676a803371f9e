; logging × Python: the logging module, structlog, loguru, on a receiver named like a logger
; (log, logger, self.logger, logging, structlog ...), so math.log is not one.

; presence: logger.info(...), logging.warning(...), self.log.error(...)
((call
   function: (attribute
     object: [(identifier) @_logger (attribute attribute: (identifier) @_logger)]
     attribute: (identifier) @_level)) @presence
 (#any-of? @_level "debug" "info" "warning" "warn" "error" "exception" "critical" "fatal" "log" "msg" "trace" "success")
 (#match? @_logger "^(log|logger|LOG|LOGGER|logging|_log|_logger|[a-z_]*_(log|logger)|structlog)$"))

; +parameterised-message: logger.info("user %s", user) — arguments formatted lazily
((call
   function: (attribute
     object: [(identifier) @_logger (attribute attribute: (identifier) @_logger)]
     attribute: (identifier) @_level)
   arguments: (argument_list . (string) @_message . (_) @_argument)) @signal.parameterised-message
 (#any-of? @_level "debug" "info" "warning" "warn" "error" "exception" "critical" "fatal" "log" "msg" "trace" "success")
 (#match? @_logger "^(log|logger|LOG|LOGGER|logging|_log|_logger|[a-z_]*_(log|logger)|structlog)$")
 (#match? @_message "%[sdrfi]|\\{\\}"))

; +structured-fields: extra={...}, structlog key=value fields, logger.bind(...)
((call
   function: (attribute
     object: [(identifier) @_logger (attribute attribute: (identifier) @_logger)]
     attribute: (identifier) @_level)
   arguments: (argument_list (keyword_argument name: (identifier) @_key) @signal.structured-fields)) 
 (#any-of? @_level "debug" "info" "warning" "warn" "error" "exception" "critical" "fatal" "log" "msg" "trace" "success")
 (#match? @_logger "^(log|logger|LOG|LOGGER|logging|_log|_logger|[a-z_]*_(log|logger)|structlog)$")
 (#not-any-of? @_key "exc_info" "stack_info" "stacklevel"))
((call
   function: (attribute attribute: (identifier) @_bind)) @signal.structured-fields
 (#any-of? @_bind "bind" "bind_contextvars" "contextualize" "new"))

; +exception-attached: exc_info=..., logger.exception(...)
((call
   function: (attribute
     object: [(identifier) @_logger (attribute attribute: (identifier) @_logger)]
     attribute: (identifier) @_level)
   arguments: (argument_list (keyword_argument name: (identifier) @_key) @signal.exception-attached))
 (#match? @_logger "^(log|logger|LOG|LOGGER|logging|_log|_logger|[a-z_]*_(log|logger)|structlog)$")
 (#eq? @_key "exc_info"))
((call
   function: (attribute
     object: [(identifier) @_logger (attribute attribute: (identifier) @_logger)]
     attribute: (identifier) @_level)) @signal.exception-attached
 (#eq? @_level "exception")
 (#match? @_logger "^(log|logger|LOG|LOGGER|logging|_log|_logger|[a-z_]*_(log|logger)|structlog)$"))

; -string-concat-message: logger.info("user " + name)
((call
   function: (attribute
     object: [(identifier) @_logger (attribute attribute: (identifier) @_logger)]
     attribute: (identifier) @_level)
   arguments: (argument_list . (binary_operator operator: "+") @signal.string-concat-message))
 (#any-of? @_level "debug" "info" "warning" "warn" "error" "exception" "critical" "fatal" "log" "msg" "trace" "success")
 (#match? @_logger "^(log|logger|LOG|LOGGER|logging|_log|_logger|[a-z_]*_(log|logger)|structlog)$"))

; -string-interpolation-message: f-string, "%" formatting or str.format before the call
((call
   function: (attribute
     object: [(identifier) @_logger (attribute attribute: (identifier) @_logger)]
     attribute: (identifier) @_level)
   arguments: (argument_list .
     [(string (interpolation))
      (binary_operator left: (string) operator: "%")
      (call function: (attribute object: (string) attribute: (identifier) @_format))] @signal.string-interpolation-message))
 (#any-of? @_level "debug" "info" "warning" "warn" "error" "exception" "critical" "fatal" "log" "msg" "trace" "success")
 (#match? @_logger "^(log|logger|LOG|LOGGER|logging|_log|_logger|[a-z_]*_(log|logger)|structlog)$"))

; -exception-message-only: logger.error("failed: %s", str(e))
((call
   function: (attribute
     object: [(identifier) @_logger (attribute attribute: (identifier) @_logger)]
     attribute: (identifier) @_level)
   arguments: (argument_list
     (call function: (identifier) @_str arguments: (argument_list . (identifier) @_error .)) @signal.exception-message-only))
 (#eq? @_str "str")
 (#match? @_error "^(e|ex|exc|err|error|exception)$")
 (#match? @_logger "^(log|logger|LOG|LOGGER|logging|_log|_logger|[a-z_]*_(log|logger)|structlog)$"))

; -log-in-loop (within a loop context)
((call
   function: (attribute
     object: [(identifier) @_logger (attribute attribute: (identifier) @_logger)]
     attribute: (identifier) @_level)) @signal.log-in-loop
 (#any-of? @_level "debug" "info" "warning" "warn" "error" "exception" "critical" "fatal" "log" "msg" "trace" "success")
 (#match? @_logger "^(log|logger|LOG|LOGGER|logging|_log|_logger|[a-z_]*_(log|logger)|structlog)$"))

; -sensitive-data-logged
((call
   function: (attribute
     object: [(identifier) @_logger (attribute attribute: (identifier) @_logger)]
     attribute: (identifier) @_level)
   arguments: (argument_list (identifier) @signal.sensitive-data-logged))
 (#match? @signal.sensitive-data-logged "password|passwd|secret|token|api_key|apikey|credential")
 (#match? @_logger "^(log|logger|LOG|LOGGER|logging|_log|_logger|[a-z_]*_(log|logger)|structlog)$"))

; -print-as-logging: print(...) outside a command-line entry point (context cli)
((call function: (identifier) @_print) @signal.print-as-logging
 (#eq? @_print "print"))

; -print-stack-trace: traceback.print_exc()
((call
   function: (attribute object: (identifier) @_tb attribute: (identifier) @_print)) @signal.print-stack-trace
 (#eq? @_tb "traceback")
 (#any-of? @_print "print_exc" "print_exception" "print_stack"))

; contexts
[(for_statement) (while_statement)] @context.loop
((if_statement
   condition: (comparison_operator (identifier) @_name)) @context.cli
 (#eq? @_name "__name__"))
((function_definition name: (identifier) @_main) @context.cli
 (#any-of? @_main "main" "cli"))
((decorated_definition
   (decorator [(call function: (attribute attribute: (identifier) @_command))
               (attribute attribute: (identifier) @_command)])) @context.cli
 (#any-of? @_command "command" "group"))
