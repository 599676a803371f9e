; Kotlin input validation: Bean Validation annotations (@field:Size, @Valid, ...), require()
; guard clauses with range, length, allow-list and regex checks, JDBC/JDBI bound parameters;
; SQL or shell commands built with string templates, files opened at paths built from data.

(annotation [(user_type (type_identifier) @_a) (constructor_invocation (user_type (type_identifier) @_a))]
  (#any-of? @_a "Valid" "Validated" "NotNull" "NotBlank" "NotEmpty" "Size" "Min" "Max" "Pattern" "Email" "Positive" "PositiveOrZero" "DecimalMin" "DecimalMax" "Length")) @presence @signal.declarative-constraints
(call_expression (simple_identifier) @_f (#any-of? @_f "require" "requireNotNull" "check")) @presence

(call_expression (simple_identifier) @_f (call_suffix (value_arguments (value_argument [(check_expression (range_expression)) (comparison_expression (_) [(integer_literal) (real_literal) (long_literal)]) (conjunction_expression (comparison_expression))])))
  (#eq? @_f "require")) @signal.range-check
(if_expression [(comparison_expression (_) [(integer_literal) (real_literal) (long_literal)]) (disjunction_expression (comparison_expression (_) [(integer_literal) (real_literal)]))] @_c
  (#not-match? @_c "\\.(length|size)\\b")) @presence @signal.range-check
(annotation (constructor_invocation (user_type (type_identifier) @_a)) (#any-of? @_a "Min" "Max" "DecimalMin" "DecimalMax" "Positive")) @signal.range-check

(comparison_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_l))
  (#any-of? @_l "length" "size")) @signal.length-check
(annotation (constructor_invocation (user_type (type_identifier) @_a)) (#any-of? @_a "Size" "Length")) @signal.length-check

(check_expression (_) (simple_identifier) @_set (#match? @_set "([aA]llowed|[pP]ermitted|[sS]upported|ALLOWED|[aA]llowList|[wW]hitelist)")) @signal.allow-list
(call_expression (navigation_expression (simple_identifier) @_set (navigation_suffix (simple_identifier) @_m))
  (#match? @_set "([aA]llowed|[pP]ermitted|[sS]upported|ALLOWED|[aA]llowList)") (#eq? @_m "contains")) @signal.allow-list

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (#any-of? @_m "matches" "matchEntire")) @signal.pattern-check
(annotation (constructor_invocation (user_type (type_identifier) @_a)) (#any-of? @_a "Pattern" "Email")) @signal.pattern-check

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (call_suffix (value_arguments . (value_argument (string_literal) @_sql)))
  (#eq? @_m "prepareStatement") (#match? @_sql "\\?")) @presence @signal.parameterised-sql
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "bind" "setParameter" "bindByName")) @presence @signal.parameterised-sql

((string_literal [(interpolated_identifier) (interpolated_expression)]) @signal.sql-concatenation
  (#match? @signal.sql-concatenation "^\"\\s*([Ss][Ee][Ll][Ee][Cc][Tt]|[Ii][Nn][Ss][Ee][Rr][Tt]|[Uu][Pp][Dd][Aa][Tt][Ee]|[Dd][Ee][Ll][Ee][Tt][Ee])\\s"))
(additive_expression (string_literal) @_sql
  (#match? @_sql "^\"\\s*([Ss][Ee][Ll][Ee][Cc][Tt]|[Ii][Nn][Ss][Ee][Rr][Tt]|[Uu][Pp][Dd][Aa][Tt][Ee]|[Dd][Ee][Ll][Ee][Tt][Ee])\\s")) @signal.sql-concatenation

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (call_suffix (value_arguments (value_argument [(additive_expression) (string_literal [(interpolated_identifier) (interpolated_expression)])])))
  (#eq? @_m "exec")) @signal.shell-injection
(call_expression (simple_identifier) @_pb (call_suffix (value_arguments (value_argument (string_literal) @_sh) . (value_argument (string_literal) @_c) . (value_argument [(additive_expression) (string_literal [(interpolated_identifier) (interpolated_expression)])])))
  (#eq? @_pb "ProcessBuilder") (#match? @_c "-c")) @signal.shell-injection

(call_expression (simple_identifier) @_f (call_suffix (value_arguments (value_argument [(additive_expression) (string_literal [(interpolated_identifier) (interpolated_expression)])])))
  (#eq? @_f "File")) @signal.path-traversal
(call_expression (navigation_expression (simple_identifier) @_p (navigation_suffix (simple_identifier) @_m)) (call_suffix (value_arguments (value_argument [(additive_expression) (string_literal [(interpolated_identifier) (interpolated_expression)])])))
  (#any-of? @_p "Paths" "Path") (#any-of? @_m "get" "of")) @signal.path-traversal
