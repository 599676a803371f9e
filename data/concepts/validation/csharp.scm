; C# input validation: DataAnnotations attributes, FluentValidation rules, explicit guard
; clauses (range, length, allow-list, Regex), parameterised ADO.NET/Dapper/EF SQL; SQL, shell
; commands or file paths built from data.

(attribute name: (identifier) @_a
  (#any-of? @_a "Required" "Range" "StringLength" "MaxLength" "MinLength" "RegularExpression" "EmailAddress" "Url" "Phone" "Length" "AllowedValues" "DeniedValues" "Base64String" "Compare" "CreditCard")) @presence @signal.declarative-constraints
(invocation_expression
  function: (identifier) @_m (#eq? @_m "RuleFor")) @presence @signal.declarative-constraints

; guard clauses: an if whose branch throws or answers 400
(if_statement
  consequence: [(throw_statement) (block (throw_statement)) (return_statement) (block (return_statement))] @_then
  (#match? @_then "(Argument[A-Za-z]*Exception|ValidationException|BadRequest|ValidationProblem|UnprocessableEntity)")) @presence
(invocation_expression
  function: (member_access_expression expression: (identifier) @_t name: (identifier) @_m)
  (#match? @_t "^Argument([A-Za-z]*)Exception$") (#match? @_m "^ThrowIf")) @presence
(member_access_expression expression: (identifier) @_ms name: (identifier) @_v
  (#eq? @_ms "ModelState") (#eq? @_v "IsValid")) @presence @signal.declarative-constraints

(if_statement condition: [(binary_expression left: (_) right: [(integer_literal) (real_literal)] @_n)
                          (binary_expression (binary_expression left: (identifier) right: [(integer_literal) (real_literal) (identifier)]))] @_c
  (#match? @_c "[<>]")
  (#not-match? @_c "\\.(Length|Count)")) @signal.range-check
(attribute name: (identifier) @_a (#eq? @_a "Range")) @signal.range-check
(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#match? @_m "^ThrowIf(Negative|NegativeOrZero|GreaterThan|LessThan|Zero)")) @signal.range-check

(if_statement condition: (_) @_c (#match? @_c "\\.(Length|Count)\\s*[<>]")) @signal.length-check
(attribute name: (identifier) @_a (#any-of? @_a "StringLength" "MaxLength" "MinLength" "Length")) @signal.length-check

(if_statement condition: (prefix_unary_expression
  (invocation_expression function: (member_access_expression expression: (_) @_set name: (identifier) @_m)))
  (#match? @_set "([aA]llowed|[pP]ermitted|[vV]alid|[sS]upported|[wW]hitelist|[aA]llowList)")
  (#eq? @_m "Contains")) @signal.allow-list
(attribute name: (identifier) @_a (#eq? @_a "AllowedValues")) @signal.allow-list

(invocation_expression
  function: (member_access_expression expression: (identifier) @_r name: (identifier) @_m)
  (#eq? @_r "Regex") (#eq? @_m "IsMatch")) @signal.pattern-check
(attribute name: (identifier) @_a (#any-of? @_a "RegularExpression" "EmailAddress")) @signal.pattern-check

; SQL with bound parameters
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "AddWithValue" "FromSqlInterpolated" "ExecuteSqlInterpolated")) @presence @signal.parameterised-sql
(object_creation_expression type: (identifier) @_t (#any-of? @_t "SqlParameter" "NpgsqlParameter" "MySqlParameter" "SqliteParameter")) @presence @signal.parameterised-sql

; SQL built from data: "SELECT ... " + x, or $"SELECT ... {x}" handed to a raw SQL API
(binary_expression
  left: [(string_literal) (binary_expression)] @_sql
  right: [(identifier) (member_access_expression) (invocation_expression)]
  (#match? @_sql "^\"\\s*([Ss][Ee][Ll][Ee][Cc][Tt]|[Ii][Nn][Ss][Ee][Rr][Tt]|[Uu][Pp][Dd][Aa][Tt][Ee]|[Dd][Ee][Ll][Ee][Tt][Ee])\\s")) @signal.sql-concatenation
(object_creation_expression
  type: (identifier) @_t
  arguments: (argument_list . (argument (interpolated_string_expression)))
  (#match? @_t "Command$")) @signal.sql-concatenation
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  arguments: (argument_list . (argument [(interpolated_string_expression) (binary_expression)]))
  (#match? @_m "^(FromSqlRaw|ExecuteSqlRaw|ExecuteSqlRawAsync|Query|QueryAsync|Execute|ExecuteAsync|QueryFirstOrDefault|QueryFirstOrDefaultAsync)$")) @signal.sql-concatenation
(assignment_expression
  left: [(identifier) @_p (member_access_expression name: (identifier) @_p)]
  right: [(interpolated_string_expression) (binary_expression)]
  (#eq? @_p "CommandText")) @signal.sql-concatenation

; a process started with a built command line
(invocation_expression
  function: (member_access_expression expression: (identifier) @_p name: (identifier) @_m)
  arguments: (argument_list (argument [(interpolated_string_expression) (binary_expression)]))
  (#eq? @_p "Process") (#eq? @_m "Start")) @signal.shell-injection
(object_creation_expression
  type: (identifier) @_t
  arguments: (argument_list (argument [(interpolated_string_expression) (binary_expression)]))
  (#eq? @_t "ProcessStartInfo")) @signal.shell-injection
(assignment_expression
  left: (identifier) @_p right: [(interpolated_string_expression) (binary_expression)]
  (#eq? @_p "Arguments")) @signal.shell-injection

; a file opened at a path joined from data without GetFullPath/normalisation
(invocation_expression
  function: (member_access_expression expression: (identifier) @_f name: (identifier) @_m)
  arguments: (argument_list . (argument [(interpolated_string_expression) (binary_expression)]))
  (#any-of? @_f "File" "Directory")
  (#match? @_m "^(Read|Open|Write|Delete|Copy|Move|Append|Create)")) @signal.path-traversal
(invocation_expression
  function: (member_access_expression expression: (identifier) @_f name: (identifier) @_m)
  arguments: (argument_list . (argument (invocation_expression function: (member_access_expression expression: (identifier) @_p name: (identifier) @_c))))
  (#any-of? @_f "File" "Directory")
  (#match? @_m "^(Read|Open|Write|Delete|Copy|Move|Append|Create)")
  (#eq? @_p "Path") (#eq? @_c "Combine")) @signal.path-traversal
