; validation × Java: Bean Validation, explicit checks on input, SQL, shell and paths.

; +declarative-constraints (and presence)
((marker_annotation name: (identifier) @_constraint) @presence @signal.declarative-constraints
 (#any-of? @_constraint "Valid" "Validated" "NotNull" "NotBlank" "NotEmpty" "Email" "Positive" "PositiveOrZero"
  "Negative" "Past" "Future" "AssertTrue"))
((annotation name: (identifier) @_constraint) @presence @signal.declarative-constraints
 (#any-of? @_constraint "Validated" "Size" "Min" "Max" "Pattern" "Length" "Range" "DecimalMin" "DecimalMax" "Digits"))

; +range-check: @Min/@Max/@Range, checkArgument(x < n), if (x > n) throw
((annotation name: (identifier) @_range) @signal.range-check
 (#any-of? @_range "Min" "Max" "Range" "DecimalMin" "DecimalMax"))
((if_statement
   condition: (parenthesized_expression [(binary_expression operator: ["<" ">" "<=" ">="]) (binary_expression (binary_expression operator: ["<" ">" "<=" ">="]))])
   consequence: [(throw_statement) (block . (throw_statement))]) @presence @signal.range-check)
((method_invocation
   name: (identifier) @_check
   arguments: (argument_list . (binary_expression operator: ["<" ">" "<=" ">="]))) @presence @signal.range-check
 (#any-of? @_check "checkArgument" "isTrue" "checkState"))

; +length-check
((annotation name: (identifier) @_size) @signal.length-check
 (#any-of? @_size "Size" "Length"))
((binary_expression
   left: (method_invocation name: (identifier) @_length)
   operator: ["<" ">" "<=" ">="]) @signal.length-check
 (#any-of? @_length "length" "size" "getSize"))

; +allow-list: ALLOWED.contains(x), Set.of(...).contains(x)
((method_invocation object: (identifier) @_set name: (identifier) @_contains) @presence @signal.allow-list
 (#eq? @_contains "contains")
 (#match? @_set "^([A-Z_]*(ALLOWED|ALLOW_LIST|ALLOWLIST|WHITELIST|PERMITTED|SUPPORTED|VALID)[A-Z_]*|(allowed|permitted|supported|valid)[A-Za-z]*)$"))

; +pattern-check
((annotation name: (identifier) @_pattern) @signal.pattern-check
 (#eq? @_pattern "Pattern"))
((method_invocation name: (identifier) @_matches) @signal.pattern-check
 (#eq? @_matches "matches"))

; +schema-validated
((method_invocation object: (identifier) @_schema name: (identifier) @_validate) @presence @signal.schema-validated
 (#match? @_schema "([Ss]chema|[Vv]alidator)$")
 (#eq? @_validate "validate"))

; +parameterised-sql: bound parameters
((method_invocation object: (identifier) @_statement name: (identifier) @_set) @presence @signal.parameterised-sql
 (#match? @_statement "^(ps|stmt|statement|pstmt|preparedStatement|query)$")
 (#any-of? @_set "setString" "setInt" "setLong" "setObject" "setTimestamp" "setParameter" "setBigDecimal"))

; -sql-concatenation: request data concatenated into SQL
((method_invocation
   name: (identifier) @_execute
   arguments: (argument_list . [(binary_expression operator: "+")
                                (method_invocation object: (identifier) @_string name: (identifier) @_format)] @signal.sql-concatenation))
 (#any-of? @_execute "executeQuery" "execute" "executeUpdate" "prepareStatement" "createQuery" "createNativeQuery"
  "query" "queryForObject" "queryForList" "update" "addBatch"))

; -shell-injection: Runtime.exec of a built string, sh -c
((method_invocation
   name: (identifier) @_exec
   arguments: (argument_list . (binary_expression operator: "+"))) @signal.shell-injection
 (#eq? @_exec "exec"))
((object_creation_expression
   type: (type_identifier) @_pb
   arguments: (argument_list . (string_literal) @_shell . (string_literal) @_c)) @signal.shell-injection
 (#eq? @_pb "ProcessBuilder")
 (#match? @_shell "^\"(/bin/)?(ba)?sh\"$")
 (#eq? @_c "\"-c\""))

; -path-traversal: a file path concatenated from input
((object_creation_expression
   type: (type_identifier) @_file
   arguments: (argument_list [(binary_expression operator: "+") (method_invocation name: (identifier) @_param)] @signal.path-traversal))
 (#any-of? @_file "File" "FileInputStream" "FileReader" "FileOutputStream"))
((method_invocation
   object: (identifier) @_paths
   name: (identifier) @_get
   arguments: (argument_list (method_invocation name: (identifier) @_param) @signal.path-traversal))
 (#any-of? @_paths "Paths" "Path")
 (#any-of? @_get "get" "of")
 (#any-of? @_param "getParameter" "getHeader" "getPathInfo"))
