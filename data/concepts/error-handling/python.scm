; error-handling × Python: try/except/finally, raise from, exits.

(except_clause) @presence
(finally_clause) @presence

; +specific-exception: except ValueError / except (KeyError, TypeError)
(except_clause . [(identifier) (attribute) (tuple) (as_pattern)] @_type
  (#not-match? @_type "^(Exception|BaseException)\\b")) @signal.specific-exception

; -catch-all: bare except, except BaseException
((except_clause . (block)) @signal.catch-all)
(except_clause . [(identifier) (as_pattern)] @_type
  (#match? @_type "^BaseException\\b")) @signal.catch-all

; -swallowed-error: except ...: pass / ...
(except_clause (block . [(pass_statement) (expression_statement (ellipsis))] .)) @signal.swallowed-error

; +error-wrapped: raise X(...) from e; -cause-lost: raise X(...) without from, in an except (unless error-wrapped)
(except_clause (block (raise_statement (call) cause: (_)) @signal.error-wrapped))
(except_clause (block (raise_statement (call) !cause) @signal.cause-lost))
; +error-propagated: bare raise
(except_clause (block ((raise_statement) @signal.error-propagated (#eq? @signal.error-propagated "raise"))))

; +error-logged
((except_clause
   (block (expression_statement
     (call function: (attribute object: [(identifier) @_logger (attribute attribute: (identifier) @_logger)] attribute: (identifier) @_level)) @signal.error-logged)))
 (#any-of? @_level "debug" "info" "warning" "warn" "error" "exception" "critical")
 (#match? @_logger "^(log|logger|LOG|LOGGER|logging|_log|_logger|[a-z_]*_(log|logger))$"))

; +cleanup-in-finally
(finally_clause) @signal.cleanup-in-finally

; -exit-in-library: sys.exit / os._exit outside a command-line entry point (context cli)
((call function: (attribute object: (identifier) @_sys attribute: (identifier) @_exit)) @signal.exit-in-library
 (#any-of? @_sys "sys" "os")
 (#any-of? @_exit "exit" "_exit" "abort"))
((if_statement condition: (comparison_operator (identifier) @_name)) @context.cli
 (#eq? @_name "__name__"))
((function_definition name: (identifier) @_main) @context.cli
 (#any-of? @_main "main" "cli"))
