; Rust logging: the `log` and `tracing` macros (info!, error!, ... with or without a path).
; tracing fields (`order_id = %id`) are structured; format!-built messages and println!/
; eprintln! used for diagnostics are not.

(macro_invocation macro: [(identifier) @_m (scoped_identifier name: (identifier) @_m)]
  (#any-of? @_m "trace" "debug" "info" "warn" "error" "event")) @presence @signal.level-used @signal.log-in-loop

(macro_invocation macro: [(identifier) @_m (scoped_identifier name: (identifier) @_m)] (token_tree) @_args
  (#any-of? @_m "trace" "debug" "info" "warn" "error" "event")
  (#match? @_args "^\\(\\s*(target:\\s*[^,]+,\\s*)?[A-Za-z_][A-Za-z0-9_.]*\\s*=")) @signal.structured-fields
(macro_invocation macro: [(identifier) @_m (scoped_identifier name: (identifier) @_m)] (token_tree (string_literal) @_msg . (_))
  (#any-of? @_m "trace" "debug" "info" "warn" "error")
  (#match? @_msg "\\{[^}]*\\}")) @signal.parameterised-message
(macro_invocation macro: [(identifier) @_m (scoped_identifier name: (identifier) @_m)] (token_tree (identifier) @_e)
  (#any-of? @_m "warn" "error")
  (#match? @_e "^(e|err|error)$")) @signal.exception-attached
(macro_invocation macro: [(identifier) @_m (scoped_identifier name: (identifier) @_m)] (token_tree (identifier) @_fmt . (token_tree))
  (#any-of? @_m "trace" "debug" "info" "warn" "error")
  (#eq? @_fmt "format")) @signal.string-interpolation-message
(macro_invocation macro: [(identifier) @_m (scoped_identifier name: (identifier) @_m)] (token_tree (identifier) @_arg)
  (#any-of? @_m "trace" "debug" "info" "warn" "error")
  (#match? @_arg "(password|secret|token|api_key|credential)")) @signal.sensitive-data-logged

(macro_invocation macro: (identifier) @_p (token_tree (string_literal) @_msg)
  (#any-of? @_p "println" "eprintln" "print" "eprint")
  (#match? @_msg "(ERROR|WARN|INFO|DEBUG|\\[[A-Za-z]+\\]|[Ee]rror|[Ff]ail|[Ww]arning)")) @signal.print-as-logging
(macro_invocation macro: (identifier) @_p (token_tree (string_literal) @_msg)
  (#eq? @_p "eprintln") (#match? @_msg "\\{:#?\\?\\}")) @signal.print-stack-trace

(for_expression) @context.loop
(while_expression) @context.loop
(loop_expression) @context.loop

((function_item name: (identifier) @_main) @context.cli (#eq? @_main "main"))
