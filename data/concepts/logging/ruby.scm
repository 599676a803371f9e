; Ruby logging: Logger/Rails.logger/SemanticLogger level calls. Keyword or hash payloads are
; structured; "#{}" interpolation and + concatenation are not; puts/warn/$stderr used for
; diagnostics and printed backtraces are flagged.

(call receiver: (_) @_recv method: (identifier) @_level
  (#match? @_recv "(^|\\.|@)(logger|log|LOGGER|Logger|LOG)$")
  (#any-of? @_level "debug" "info" "warn" "error" "fatal" "unknown")) @presence @signal.level-used @signal.log-in-loop

(call receiver: (_) @_recv method: (identifier) @_level arguments: (argument_list [(pair) (hash)])
  (#match? @_recv "(^|\\.|@)(logger|log|LOGGER|Logger|LOG)$")
  (#any-of? @_level "debug" "info" "warn" "error" "fatal")) @signal.structured-fields
(call receiver: (_) @_recv method: (identifier) @_m
  (#match? @_recv "(^|\\.|@)(logger|log|LOGGER|Logger|LOG)$") (#any-of? @_m "tagged" "with_context" "named_tags")) @signal.structured-fields
(call receiver: (_) @_recv method: (identifier) @_level arguments: (argument_list (string) . (_))
  (#match? @_recv "(^|\\.|@)(logger|log|LOGGER|Logger|LOG)$")
  (#any-of? @_level "debug" "info" "warn" "error" "fatal")) @signal.parameterised-message
(call receiver: (_) @_recv method: (identifier) @_level arguments: (argument_list [(identifier) @_e (pair value: (identifier) @_e)])
  (#match? @_recv "(^|\\.|@)(logger|log|LOGGER|Logger|LOG)$")
  (#any-of? @_level "warn" "error" "fatal")
  (#match? @_e "^(e|ex|exc|exception|error|err)$")) @signal.exception-attached

(call receiver: (_) @_recv method: (identifier) @_level arguments: (argument_list (string (interpolation)))
  (#match? @_recv "(^|\\.|@)(logger|log|LOGGER|Logger|LOG)$")
  (#any-of? @_level "debug" "info" "warn" "error" "fatal")) @signal.string-interpolation-message
(call receiver: (_) @_recv method: (identifier) @_level arguments: (argument_list (binary left: [(string) (binary)] operator: "+"))
  (#match? @_recv "(^|\\.|@)(logger|log|LOGGER|Logger|LOG)$")
  (#any-of? @_level "debug" "info" "warn" "error" "fatal")) @signal.string-concat-message
(call receiver: (_) @_recv method: (identifier) @_level arguments: (argument_list [(call method: (identifier) @_p) (string (interpolation (call method: (identifier) @_p)))])
  (#match? @_recv "(^|\\.|@)(logger|log|LOGGER|Logger|LOG)$")
  (#any-of? @_level "debug" "info" "warn" "error" "fatal")
  (#eq? @_p "message")) @signal.exception-message-only
(call receiver: (_) @_recv method: (identifier) @_level arguments: (argument_list [(identifier) @_a (pair key: (_) @_a)])
  (#match? @_recv "(^|\\.|@)(logger|log|LOGGER|Logger|LOG)$")
  (#any-of? @_level "debug" "info" "warn" "error" "fatal")
  (#match? @_a "(password|secret|token|api_key|credential)")) @signal.sensitive-data-logged

(call method: (identifier) @_p arguments: (argument_list (string) @_msg)
  (#any-of? @_p "puts" "print" "warn" "p")
  (#match? @_msg "(ERROR|WARN|INFO|DEBUG|\\[[A-Za-z]+\\]|[Ee]rror|[Ff]ail|[Ee]xception|[Ww]arning)")) @signal.print-as-logging
(call receiver: [(global_variable) (constant)] @_io method: (identifier) @_p
  (#match? @_io "^(\\$stderr|STDERR)$") (#any-of? @_p "puts" "print" "write")) @signal.print-as-logging
(call method: (identifier) @_p arguments: (argument_list (call method: (identifier) @_bt))
  (#any-of? @_p "puts" "print" "warn" "p") (#any-of? @_bt "backtrace" "full_message")) @signal.print-stack-trace

(while) @context.loop
(until) @context.loop
(for) @context.loop
(call method: (identifier) @_m block: (_) (#any-of? @_m "each" "each_with_index" "times" "loop" "find_each" "each_slice")) @context.loop
