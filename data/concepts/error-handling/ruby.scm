; Ruby failure handling: begin/rescue/ensure, rescue modifiers. Quality: specific exception
; classes, re-raise (Ruby keeps the cause), logged errors, ensure; empty rescues, rescue
; Exception or bare rescue, exit/abort in library code.

(rescue) @presence
(rescue_modifier) @presence @signal.swallowed-error
(rescue exceptions: (exceptions (_) @_t) (#not-any-of? @_t "Exception" "StandardError")) @signal.specific-exception
(rescue exceptions: (exceptions (_) @_t) (#any-of? @_t "Exception" "StandardError")) @signal.catch-all
((rescue) @signal.catch-all (#match? @signal.catch-all "^rescue\\s*(=>|\\n|;|$)"))
((rescue !body) @signal.swallowed-error)
(rescue body: (then . (nil) .) @signal.swallowed-error)

(rescue body: (then (call method: (identifier) @_r arguments: (argument_list)) @signal.error-wrapped) (#any-of? @_r "raise" "fail"))
(rescue body: (then (identifier) @signal.error-propagated (#eq? @signal.error-propagated "raise")))
(rescue body: (then (call receiver: (_) @_recv method: (identifier) @_m) @signal.error-logged)
  (#match? @_recv "(^|\\.|@)(logger|log|LOGGER|Logger|LOG|Sentry|Honeybadger|Bugsnag)$") (#match? @_m "^(error|warn|fatal|capture_exception|notify)$"))
(ensure) @presence @signal.cleanup-in-finally
(call method: (identifier) @_e (#any-of? @_e "exit" "exit!" "abort")) @signal.exit-in-library
