; C failure handling: return codes checked (`if (rc != 0)`, `if (p == NULL)`, `if (n < 0)`),
; errors returned or sent to a cleanup label; results cast to (void), exit/abort in library code.

(if_statement condition: (parenthesized_expression [(binary_expression right: [(number_literal) (null) (identifier)] @_v) (unary_expression)] @_c)
  consequence: [(return_statement) (goto_statement) (compound_statement)] @_then
  (#match? @_c "(!=|==|<|!)\\s*(0|NULL|-1|[A-Z_]*OK|[A-Z_]*SUCCESS|[a-z_]+)?\\)?\\s*$")
  (#match? @_then "(return|goto|errno)")) @presence
(if_statement consequence: (compound_statement (return_statement [(number_literal) (unary_expression) (identifier)] @_r) @signal.error-propagated)
  (#match? @_r "^(-[0-9]+|-?E[A-Z]+|[a-z_]*(rc|ret|err|status|res)[a-z_]*)$"))
(if_statement consequence: (return_statement [(number_literal) (unary_expression) (identifier)] @_r) @signal.error-propagated
  (#match? @_r "^(-[0-9]+|-?E[A-Z]+|[a-z_]*(rc|ret|err|status|res)[a-z_]*)$"))
(goto_statement label: (statement_identifier) @_l (#match? @_l "^(out|err|error|fail|failed|cleanup|done|bail|exit)[a-z_0-9]*$")) @signal.cleanup-in-finally
(if_statement consequence: (compound_statement (expression_statement (call_expression function: (identifier) @_l)) @signal.error-logged)
  (#match? @_l "^(syslog|perror|fprintf|log_error|log_warn|zlog_error|g_warning|g_critical)$"))
(if_statement condition: (_) @_c consequence: (compound_statement (return_statement (identifier) @_e) @signal.specific-exception)
  (#match? @_e "^E[A-Z]+$"))

(expression_statement (cast_expression type: (type_descriptor type: (primitive_type) @_v) value: (call_expression)) @signal.swallowed-error (#eq? @_v "void"))
(if_statement consequence: (compound_statement) @_b (#match? @_b "^\\{(\\s|//[^\\n]*|/\\*[\\s\\S]*?\\*/)*\\}$")) @signal.swallowed-error
(call_expression function: (identifier) @_e (#any-of? @_e "exit" "abort" "_exit")) @signal.exit-in-library

((function_definition declarator: (function_declarator declarator: (identifier) @_main)) @context.cli (#eq? @_main "main"))
