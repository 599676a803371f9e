; Scala input validation: require() guards with range/length/allow-list/regex checks, refined
; types and cats Validated, Bean Validation annotations, Slick/doobie/anorm bound parameters
; (sql"" interpolators bind); SQL built with s"" or +, sys.process commands and files from data.

(call_expression function: (identifier) @_f (#any-of? @_f "require" "validate" "ensure")) @presence
(annotation name: (type_identifier) @_a
  (#any-of? @_a "Valid" "NotNull" "NotBlank" "Size" "Min" "Max" "Pattern" "Email")) @presence @signal.declarative-constraints
(call_expression function: (field_expression value: (identifier) @_v field: (identifier) @_m)
  (#any-of? @_v "Validated" "ValidatedNec" "ValidatedNel" "Refined" "refineV") (#any-of? @_m "cond" "condNec" "condNel" "valid" "invalid")) @presence @signal.declarative-constraints
(generic_function function: (identifier) @_r (#eq? @_r "refineV")) @presence @signal.declarative-constraints

(call_expression function: (identifier) @_f arguments: (arguments (infix_expression operator: (operator_identifier) @_op right: [(integer_literal) (floating_point_literal)]) @_c)
  (#eq? @_f "require") (#match? @_op "^[<>]=?$") (#not-match? @_c "\\.(length|size)\\b")) @signal.range-check
(call_expression function: (identifier) @_f arguments: (arguments (infix_expression (infix_expression operator: (operator_identifier) @_op right: [(integer_literal) (floating_point_literal)])) @_c)
  (#eq? @_f "require") (#match? @_op "^[<>]=?$") (#not-match? @_c "\\.(length|size)\\b")) @signal.range-check
(call_expression function: (identifier) @_f arguments: (arguments (_) @_c)
  (#eq? @_f "require") (#match? @_c "\\.(length|size)\\s*[<>]")) @signal.length-check
(call_expression function: (field_expression value: (identifier) @_set field: (identifier) @_m)
  (#match? @_set "([aA]llowed|[pP]ermitted|[sS]upported|[aA]llowList|[wW]hitelist)") (#eq? @_m "contains")) @signal.allow-list
(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "matches" "findFirstMatchIn")) @signal.pattern-check
(annotation name: (type_identifier) @_a (#any-of? @_a "Pattern" "Email")) @signal.pattern-check

(interpolated_string_expression interpolator: (identifier) @_i (#any-of? @_i "sql" "fr" "fr0" "SQL")) @presence @signal.parameterised-sql
(call_expression function: (field_expression field: (identifier) @_m) arguments: (arguments . (string) @_sql)
  (#eq? @_m "prepareStatement") (#match? @_sql "\\?")) @presence @signal.parameterised-sql

((interpolated_string_expression interpolator: (identifier) @_i (interpolated_string (interpolation))) @signal.sql-concatenation
  (#any-of? @_i "s" "f" "raw")
  (#match? @signal.sql-concatenation "^[a-z]+\"\\s*([Ss][Ee][Ll][Ee][Cc][Tt]|[Ii][Nn][Ss][Ee][Rr][Tt]|[Uu][Pp][Dd][Aa][Tt][Ee]|[Dd][Ee][Ll][Ee][Tt][Ee])\\s"))
(infix_expression left: (string) @_sql operator: (operator_identifier) @_p
  (#eq? @_p "+")
  (#match? @_sql "^\"\\s*([Ss][Ee][Ll][Ee][Cc][Tt]|[Ii][Nn][Ss][Ee][Rr][Tt]|[Uu][Pp][Dd][Aa][Tt][Ee]|[Dd][Ee][Ll][Ee][Tt][Ee])\\s")) @signal.sql-concatenation

; sys.process: "cmd ...".! built from data; Runtime.exec of a built string
(field_expression value: [(interpolated_string_expression (interpolated_string (interpolation))) (parenthesized_expression (infix_expression))] field: (operator_identifier) @_bang
  (#match? @_bang "^!!?$")) @signal.shell-injection
(call_expression function: (field_expression field: (identifier) @_m) arguments: (arguments [(interpolated_string_expression) (infix_expression)])
  (#eq? @_m "exec")) @signal.shell-injection

(instance_expression (type_identifier) @_f arguments: (arguments [(interpolated_string_expression (interpolated_string (interpolation))) (infix_expression)])
  (#eq? @_f "File")) @signal.path-traversal
(call_expression function: (field_expression value: (identifier) @_p field: (identifier) @_m) arguments: (arguments [(interpolated_string_expression (interpolated_string (interpolation))) (infix_expression)])
  (#any-of? @_p "Paths" "Path" "Source") (#any-of? @_m "get" "of" "fromFile")) @signal.path-traversal
