; Rust failure handling: Result matching, `?`, anyhow/eyre context, map_err; ignored results
; (`let _ =`, `.ok();`, `Err(_) => {}`), unwrap/expect/panic!/process::exit in library code.

(match_arm pattern: (match_pattern (tuple_struct_pattern type: (identifier) @_err)) (#eq? @_err "Err")) @presence
(if_expression condition: (let_condition pattern: (tuple_struct_pattern type: (identifier) @_err)) (#eq? @_err "Err")) @presence
(try_expression) @presence @signal.error-propagated
(call_expression function: (field_expression field: (field_identifier) @_m) (#any-of? @_m "map_err" "context" "with_context" "wrap_err" "wrap_err_with")) @presence

(call_expression function: (field_expression field: (field_identifier) @_m) (#any-of? @_m "context" "with_context" "wrap_err" "wrap_err_with")) @signal.error-wrapped
(call_expression function: (field_expression field: (field_identifier) @_m) arguments: (arguments (closure_expression parameters: (closure_parameters (identifier) @_v) body: (_) @_b))
  (#eq? @_m "map_err") (#match? @_b "[(,]\\s*e(rr)?\\s*[),]") (#match? @_v "^e(rr)?$")) @signal.error-wrapped
(match_arm pattern: (match_pattern (tuple_struct_pattern type: (identifier) @_err [(scoped_identifier) (tuple_struct_pattern) (struct_pattern)])) (#eq? @_err "Err")) @signal.specific-exception
(match_arm pattern: (match_pattern (tuple_struct_pattern type: (identifier) @_err (identifier)))
  value: [(macro_invocation macro: [(identifier) @_l (scoped_identifier name: (identifier) @_l)])
          (block (expression_statement (macro_invocation macro: [(identifier) @_l (scoped_identifier name: (identifier) @_l)])))]
  (#eq? @_err "Err") (#any-of? @_l "error" "warn")) @signal.error-logged

; results thrown away
((let_declaration) @signal.swallowed-error (#match? @signal.swallowed-error "^let\\s+_\\s*="))
(expression_statement (call_expression function: (field_expression field: (field_identifier) @_ok) arguments: (arguments) @_a) @signal.swallowed-error
  (#eq? @_ok "ok") (#match? @_a "^\\(\\s*\\)$"))
((match_arm pattern: (match_pattern (tuple_struct_pattern type: (identifier) @_err)) value: (_) @_v) @signal.swallowed-error
  (#eq? @_err "Err") (#match? @signal.swallowed-error "^Err\\(\\s*_\\s*\\)") (#match? @_v "^(\\{\\s*\\}|\\(\\s*\\))$"))
((match_arm pattern: (match_pattern (tuple_struct_pattern type: (identifier) @_err)) value: (_) @_v) @signal.cause-lost
  (#eq? @_err "Err") (#match? @signal.cause-lost "^Err\\(\\s*_\\s*\\)") (#not-match? @_v "^(\\{\\s*\\}|\\(\\s*\\))$"))
(call_expression function: (scoped_identifier name: (identifier) @_c) (#eq? @_c "catch_unwind")) @signal.catch-all

(macro_invocation macro: (identifier) @_p (#any-of? @_p "panic" "unimplemented" "todo" "unreachable")) @signal.exit-in-library
(call_expression function: (field_expression field: (field_identifier) @_u) (#any-of? @_u "unwrap" "expect")) @signal.exit-in-library
(call_expression function: (scoped_identifier path: (_) @_p name: (identifier) @_f) (#match? @_p "process$") (#any-of? @_f "exit" "abort")) @signal.exit-in-library
(macro_invocation macro: (identifier) @_d (#eq? @_d "defer")) @signal.cleanup-in-finally

((function_item name: (identifier) @_main) @context.cli (#eq? @_main "main"))
((mod_item name: (identifier) @_t) @context.cli (#eq? @_t "tests"))
