; C++ failure handling: try/catch (specific types vs catch (...) and std::exception),
; rethrow with throw; or std::throw_with_nested, logged errors, RAII/finally; empty catch
; blocks, exit/abort/std::terminate; plus C-style checked return codes.

(catch_clause) @presence
(catch_clause parameters: (parameter_list) @_p (#match? @_p "^\\(\\s*\\.\\.\\.\\s*\\)$")) @signal.catch-all
(catch_clause parameters: (parameter_list (parameter_declaration type: (_) @_t)) (#match? @_t "^(std::)?exception$")) @signal.catch-all
(catch_clause parameters: (parameter_list (parameter_declaration type: (_) @_t)) (#not-match? @_t "^(std::)?exception$")) @signal.specific-exception
(catch_clause body: (compound_statement) @_b (#match? @_b "^\\{(\\s|//[^\\n]*|/\\*[\\s\\S]*?\\*/)*\\}$")) @signal.swallowed-error
(catch_clause body: (compound_statement (throw_statement) @signal.error-propagated (#match? @signal.error-propagated "^throw\\s*;")))
(catch_clause body: (compound_statement (expression_statement (call_expression function: (qualified_identifier) @_n)) @signal.error-wrapped) (#match? @_n "throw_with_nested$"))
(catch_clause body: (compound_statement (throw_statement (call_expression arguments: (argument_list . [(string_literal) (call_expression function: (field_expression field: (field_identifier) @_w))] .))) @signal.cause-lost))
(catch_clause body: (compound_statement (expression_statement (call_expression function: [(qualified_identifier name: (identifier) @_l) (field_expression field: (field_identifier) @_l)])) @signal.error-logged)
  (#any-of? @_l "error" "warn" "critical"))
(call_expression function: (qualified_identifier) @_t (#match? @_t "^std::(terminate|exit|abort|quick_exit)$")) @signal.exit-in-library


(if_statement condition: (condition_clause value: [(binary_expression right: [(number_literal) (null) (identifier)] @_v) (unary_expression)] @_c)
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
