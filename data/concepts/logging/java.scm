; logging × Java: SLF4J / Log4j / Logback / java.util.logging / Flogger calls on a logger.
; A logger is a receiver named like one (log, LOGGER, auditLogger, ...), so Math.log is not.

; presence: logger.info(...), LOG.warn(...), logger.log(Level.SEVERE, ...)
((method_invocation
   object: (identifier) @_logger
   name: (identifier) @_level) @presence
 (#any-of? @_level "trace" "debug" "info" "warn" "warning" "error" "fatal" "severe" "fine" "finer" "finest" "config" "log")
 (#match? @_logger "^(log|logger|LOG|LOGGER|Log|Logger|_log|_logger|[a-z][A-Za-z]*Logger|[A-Z][A-Z_]*_(LOGGER|LOG))$"))

; presence: Flogger / SLF4J 2 fluent API, logger.atInfo()...
((method_invocation
   object: (identifier) @_logger
   name: (identifier) @_at) @presence
 (#match? @_at "^at(Trace|Debug|Info|Warn|Warning|Error|Severe|Fine|Finer|Finest|Config|Level)$")
 (#match? @_logger "^(log|logger|LOG|LOGGER|Log|Logger|_log|_logger|[a-z][A-Za-z]*Logger|[A-Z][A-Z_]*_(LOGGER|LOG))$"))

; +parameterised-message: a template with {} or %s placeholders and separate arguments
((method_invocation
   object: (identifier) @_logger
   name: (identifier) @_level
   arguments: (argument_list . (string_literal) @_message . (_))) @signal.parameterised-message
 (#any-of? @_level "trace" "debug" "info" "warn" "warning" "error" "fatal" "severe" "fine" "finer" "finest" "config" "log")
 (#match? @_logger "^(log|logger|LOG|LOGGER|Log|Logger|_log|_logger|[a-z][A-Za-z]*Logger|[A-Z][A-Z_]*_(LOGGER|LOG))$")
 (#match? @_message "\\{\\}|%[sdf]"))

; +structured-fields: MDC / ThreadContext, StructuredArguments kv(), fluent addKeyValue
((method_invocation
   object: (identifier) @_mdc
   name: (identifier) @_put) @signal.structured-fields
 (#any-of? @_mdc "MDC" "ThreadContext" "CloseableThreadContext")
 (#any-of? @_put "put" "putCloseable" "putAll" "push"))
((method_invocation
   name: (identifier) @_kv) @signal.structured-fields
 (#any-of? @_kv "kv" "keyValue" "addKeyValue" "entries" "structuredArgument"))

; +exception-attached: the throwable is the last argument, or Flogger withCause(e)
((method_invocation
   object: (identifier) @_logger
   name: (identifier) @_level
   arguments: (argument_list (_) (identifier) @_cause .)) @signal.exception-attached
 (#any-of? @_level "trace" "debug" "info" "warn" "warning" "error" "fatal" "severe" "fine" "finer" "finest" "config" "log")
 (#match? @_logger "^(log|logger|LOG|LOGGER|Log|Logger|_log|_logger|[a-z][A-Za-z]*Logger|[A-Z][A-Z_]*_(LOGGER|LOG))$")
 (#match? @_cause "^(e|ex|exc|t|th|err|error|cause|throwable|exception|[a-z][A-Za-z]*(Exception|Error))$"))
((method_invocation
   name: (identifier) @_with) @signal.exception-attached
 (#eq? @_with "withCause"))

; -string-concat-message: log.info("user " + id)
((method_invocation
   object: (identifier) @_logger
   name: (identifier) @_level
   arguments: (argument_list . (binary_expression operator: "+") @signal.string-concat-message))
 (#any-of? @_level "trace" "debug" "info" "warn" "warning" "error" "fatal" "severe" "fine" "finer" "finest" "config" "log")
 (#match? @_logger "^(log|logger|LOG|LOGGER|Log|Logger|_log|_logger|[a-z][A-Za-z]*Logger|[A-Z][A-Z_]*_(LOGGER|LOG))$"))

; -string-interpolation-message: log.info(String.format(...)) or "...".formatted(...)
((method_invocation
   object: (identifier) @_logger
   name: (identifier) @_level
   arguments: (argument_list . (method_invocation name: (identifier) @_format) @signal.string-interpolation-message))
 (#any-of? @_format "format" "formatted")
 (#any-of? @_level "trace" "debug" "info" "warn" "warning" "error" "fatal" "severe" "fine" "finer" "finest" "config" "log")
 (#match? @_logger "^(log|logger|LOG|LOGGER|Log|Logger|_log|_logger|[a-z][A-Za-z]*Logger|[A-Z][A-Z_]*_(LOGGER|LOG))$"))

; -exception-message-only: log.error("failed", e.getMessage()) or "failed: " + e.getMessage()
((method_invocation
   object: (identifier) @_logger
   name: (identifier) @_level
   arguments: (argument_list
     [(method_invocation name: (identifier) @_get)
      (binary_expression right: (method_invocation name: (identifier) @_get))] @signal.exception-message-only))
 (#any-of? @_get "getMessage" "getLocalizedMessage")
 (#any-of? @_level "trace" "debug" "info" "warn" "warning" "error" "fatal" "severe" "fine" "finer" "finest" "config" "log")
 (#match? @_logger "^(log|logger|LOG|LOGGER|Log|Logger|_log|_logger|[a-z][A-Za-z]*Logger|[A-Z][A-Z_]*_(LOGGER|LOG))$"))

; -log-in-loop (within a loop context)
((method_invocation
   object: (identifier) @_logger
   name: (identifier) @_level) @signal.log-in-loop
 (#any-of? @_level "trace" "debug" "info" "warn" "warning" "error" "fatal" "severe" "fine" "finer" "finest" "config" "log")
 (#match? @_logger "^(log|logger|LOG|LOGGER|Log|Logger|_log|_logger|[a-z][A-Za-z]*Logger|[A-Z][A-Z_]*_(LOGGER|LOG))$"))

; -sensitive-data-logged: a password, token or secret among the arguments
((method_invocation
   object: (identifier) @_logger
   name: (identifier) @_level
   arguments: (argument_list (identifier) @signal.sensitive-data-logged))
 (#match? @signal.sensitive-data-logged "[Pp]assword|[Pp]asswd|[Ss]ecret|[Tt]oken|[Aa]pi[Kk]ey|[Cc]redential")
 (#any-of? @_level "trace" "debug" "info" "warn" "warning" "error" "fatal" "severe" "fine" "finer" "finest" "config" "log")
 (#match? @_logger "^(log|logger|LOG|LOGGER|Log|Logger|_log|_logger|[a-z][A-Za-z]*Logger|[A-Z][A-Z_]*_(LOGGER|LOG))$"))

; -print-as-logging: System.out/err.print* (not in a command-line tool's main: context cli)
((method_invocation
   object: (field_access object: (identifier) @_system field: (identifier) @_stream)
   name: (identifier) @_print) @signal.print-as-logging
 (#eq? @_system "System")
 (#any-of? @_stream "out" "err")
 (#any-of? @_print "print" "println" "printf" "format"))

; -print-stack-trace: e.printStackTrace()
((method_invocation
   name: (identifier) @_pst
   arguments: (argument_list)) @signal.print-stack-trace
 (#eq? @_pst "printStackTrace"))

; contexts
[(for_statement) (enhanced_for_statement) (while_statement) (do_statement)] @context.loop
((method_declaration
   (modifiers "static")
   name: (identifier) @_main) @context.cli
 (#eq? @_main "main"))
((class_declaration
   (modifiers [(annotation name: (identifier) @_command) (marker_annotation name: (identifier) @_command)])) @context.cli
 (#eq? @_command "Command"))
