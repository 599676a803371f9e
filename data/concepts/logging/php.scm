; PHP logging: PSR-3 / Monolog level methods with a context array (`['id' => $id]`) and
; `{placeholder}` messages. "...$var..." interpolation and `.` concatenation are flagged;
; error_log/echo/print_r/var_dump used for diagnostics are print-as-logging.

(member_call_expression object: (_) @_recv name: (name) @_level
  (#match? @_recv "(^|->|::)\\$?(logger|log|Log|Logger|LOGGER)$")
  (#any-of? @_level "debug" "info" "notice" "warning" "error" "critical" "alert" "emergency")) @presence @signal.level-used @signal.log-in-loop
(scoped_call_expression scope: (name) @_recv name: (name) @_level
  (#any-of? @_recv "Log" "Logger")
  (#any-of? @_level "debug" "info" "notice" "warning" "error" "critical" "alert" "emergency")) @presence @signal.level-used @signal.log-in-loop

(member_call_expression object: (_) @_recv name: (name) @_level arguments: (arguments (argument) . (argument (array_creation_expression)))
  (#match? @_recv "(^|->|::)\\$?(logger|log|Log|Logger|LOGGER)$")
  (#any-of? @_level "debug" "info" "notice" "warning" "error" "critical" "alert" "emergency")) @signal.structured-fields
(member_call_expression object: (_) @_recv name: (name) @_level arguments: (arguments (argument (string) @_msg) . (argument (array_creation_expression)))
  (#match? @_recv "(^|->|::)\\$?(logger|log|Log|Logger|LOGGER)$")
  (#match? @_msg "\\{[A-Za-z_.]+\\}")) @signal.parameterised-message
(array_element_initializer (string (string_content) @_k) (variable_name) @_v
  (#eq? @_k "exception")) @signal.exception-attached
(member_call_expression object: (_) @_recv name: (name) @_m
  (#match? @_recv "(^|->)\\$?(logger|log)$") (#any-of? @_m "withContext" "pushProcessor" "withName")) @signal.structured-fields

(member_call_expression object: (_) @_recv name: (name) @_level arguments: (arguments . (argument (encapsed_string [(variable_name) (member_access_expression) (dynamic_variable_name)])))
  (#match? @_recv "(^|->|::)\\$?(logger|log|Log|Logger|LOGGER)$")
  (#any-of? @_level "debug" "info" "notice" "warning" "error" "critical" "alert" "emergency")) @signal.string-interpolation-message
(member_call_expression object: (_) @_recv name: (name) @_level arguments: (arguments . (argument (function_call_expression function: (name) @_f)))
  (#match? @_recv "(^|->|::)\\$?(logger|log|Log|Logger|LOGGER)$")
  (#any-of? @_f "sprintf" "vsprintf")) @signal.string-interpolation-message
(member_call_expression object: (_) @_recv name: (name) @_level arguments: (arguments . (argument (binary_expression operator: ".")))
  (#match? @_recv "(^|->|::)\\$?(logger|log|Log|Logger|LOGGER)$")
  (#any-of? @_level "debug" "info" "notice" "warning" "error" "critical" "alert" "emergency")) @signal.string-concat-message
(member_call_expression object: (_) @_recv name: (name) @_level arguments: (arguments . (argument (member_call_expression name: (name) @_gm)))
  (#match? @_recv "(^|->|::)\\$?(logger|log|Log|Logger|LOGGER)$")
  (#eq? @_gm "getMessage")) @signal.exception-message-only
(member_call_expression object: (_) @_recv name: (name) @_level arguments: (arguments (argument (_ (variable_name) @_v)))
  (#match? @_recv "(^|->|::)\\$?(logger|log|Log|Logger|LOGGER)$")
  (#match? @_v "(password|passwd|secret|token|apiKey|api_key)")) @signal.sensitive-data-logged

(function_call_expression function: (name) @_f (#any-of? @_f "error_log" "syslog")) @signal.print-as-logging
(echo_statement [(string) (encapsed_string) (binary_expression)] @_msg
  (#match? @_msg "(ERROR|WARN|INFO|DEBUG|\\[[A-Za-z]+\\]|[Ee]rror|[Ff]ail|[Ee]xception|[Ww]arning)")) @signal.print-as-logging
(function_call_expression function: (name) @_f (#any-of? @_f "var_dump" "print_r" "var_export")) @signal.print-as-logging
(member_call_expression name: (name) @_m (#any-of? @_m "getTraceAsString" "printStackTrace")) @signal.print-stack-trace
(function_call_expression function: (name) @_f (#eq? @_f "debug_print_backtrace")) @signal.print-stack-trace

(foreach_statement) @context.loop
(for_statement) @context.loop
(while_statement) @context.loop
(do_statement) @context.loop
