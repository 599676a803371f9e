; validation: Go (go-playground/validator tags, explicit checks that reject bad input,
; database/sql placeholders, os/exec, file paths).
; An explicit check is an `if` whose body rejects the input (http.Error with 400/422, or
; returning an error that says invalid/must/required/too ...); the kind of check is read from
; its condition: len() → length, < > on a number → range, a map/set lookup or slices.Contains
; → allow-list, MatchString → pattern. Bad: SQL built with + or fmt.Sprintf, a shell given a
; built command line, a path joined from request data.

; presence + declarative-constraints: validate:"..." / binding:"..." struct tags, validator calls
((field_declaration
   tag: (_) @_tag) @presence @signal.declarative-constraints
 (#match? @_tag "(validate|binding):\""))

((call_expression
   function: (selector_expression
     operand: (_) @_v
     field: (field_identifier) @_fn)) @presence @signal.declarative-constraints
 (#match? @_v "^(validate|validator|v|[a-z]*[Vv]alidator)$")
 (#match? @_fn "^(Struct|StructCtx|Var|VarCtx|New)$"))

; presence: an explicit check that rejects the input
((if_statement
   condition: (_) @_cond
   consequence: (block) @_reject) @presence
 (#match? @_reject "StatusBadRequest|StatusUnprocessableEntity|[Ii]nvalid|must |required|too (long|short|large|big|many|small)|out of range|not allowed|exceeds")
 (#match? @_cond "len\\(|[<>]|!|Contains|MatchString|Match\\("))

; +length-check
((if_statement
   condition: (_) @signal.length-check
   consequence: (block) @_reject)
 (#match? @_reject "StatusBadRequest|StatusUnprocessableEntity|[Ii]nvalid|must |required|too (long|short|large|big|many|small)|out of range|not allowed|exceeds")
 (#match? @signal.length-check "len\\([^)]*\\) *(>|<|>=|<=|==) *[A-Za-z0-9_]|utf8\\.RuneCountInString"))

; +range-check
((if_statement
   condition: (_) @signal.range-check
   consequence: (block) @_reject)
 (#match? @_reject "StatusBadRequest|StatusUnprocessableEntity|[Ii]nvalid|must |required|out of range|exceeds|too (large|big|small)")
 (#match? @signal.range-check "(^|[^n]\\()[A-Za-z_][A-Za-z0-9_.]* *(<|>|<=|>=) *-?[0-9A-Z]"))

; +allow-list
((if_statement
   condition: (_) @signal.allow-list
   consequence: (block) @_reject)
 (#match? @_reject "StatusBadRequest|StatusUnprocessableEntity|StatusForbidden|[Ii]nvalid|not allowed|unsupported|unknown")
 (#match? @signal.allow-list "^!(slices\\.Contains|[A-Za-z_.]*[Aa]llow|[A-Za-z_.]*[Vv]alid)|Contains\\(|^!ok$"))

; +pattern-check
((call_expression
   function: (selector_expression
     operand: (_) @_re
     field: (field_identifier) @_fn)) @signal.pattern-check
 (#match? @_re "[Rr]e(gexp?)?$|[Pp]attern$|MustCompile")
 (#match? @_fn "^(MatchString|Match)$"))

; +parameterised-sql: a placeholder query with bound arguments
((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)
   arguments: (argument_list
     [(interpreted_string_literal) (raw_string_literal)] @_sql
     .
     (_))) @presence @signal.parameterised-sql
 (#match? @_fn "^(Query|QueryRow|Exec|QueryContext|QueryRowContext|ExecContext|Select|Get|Raw)$")
 (#match? @_sql "(SELECT|INSERT|UPDATE|DELETE|select|insert|update|delete) .*(\\$[0-9]|\\?|@[a-z]|:[a-z])"))

; -sql-concatenation: SQL text built with + or Sprintf
((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)
   arguments: (argument_list
     [(binary_expression operator: "+") (call_expression)] @signal.sql-concatenation))
 (#match? @_fn "^(Query|QueryRow|Exec|QueryContext|QueryRowContext|ExecContext|Prepare|PrepareContext|Raw|Select|Get)$")
 (#match? @signal.sql-concatenation "^\"(SELECT|INSERT|UPDATE|DELETE|select|insert|update|delete) |^fmt\\.Sprintf\\(\"(SELECT|INSERT|UPDATE|DELETE|select|insert|update|delete) "))

((short_var_declaration
   left: (expression_list (identifier) @_q)
   right: (expression_list
     [(binary_expression operator: "+") (call_expression)] @signal.sql-concatenation))
 (#match? @_q "^(q|query|sql|stmt|[a-z]*Query|[a-z]*SQL)$")
 (#match? @signal.sql-concatenation "^\"(SELECT|INSERT|UPDATE|DELETE|select|insert|update|delete) .*\" *\\+|^fmt\\.Sprintf\\(\"(SELECT|INSERT|UPDATE|DELETE|select|insert|update|delete) [^\"]*%[sv]"))

; -shell-injection: a shell given a command line
((call_expression
   function: (selector_expression
     operand: (identifier) @_exec
     field: (field_identifier) @_fn)
   arguments: (argument_list
     .
     (interpreted_string_literal) @_sh
     .
     (interpreted_string_literal) @_c
     .
     (_) @_cmd)) @signal.shell-injection
 (#eq? @_exec "exec")
 (#match? @_fn "^Command(Context)?$")
 (#match? @_sh "^\"(/bin/)?(ba|z)?sh\"$")
 (#eq? @_c "\"-c\"")
 (#not-match? @_cmd "^\"[^\"]*\"$"))

; -path-traversal: a path joined from request data
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)
   arguments: (argument_list
     (_) @_part)) @signal.path-traversal
 (#match? @_pkg "^(filepath|path|os)$")
 (#match? @_fn "^(Join|Open|ReadFile|Create|OpenFile|Remove)$")
 (#match? @_part "(^|\\.)(URL\\.Query\\(\\)|FormValue|PathValue|Param|Query)\\(|^r\\.URL\\.Path$|mux\\.Vars"))
