; validation × Python: pydantic / marshmallow models, explicit checks, SQL, shell, paths.

; +declarative-constraints: pydantic Field(...) constraints, validators, conint/constr
((call function: [(identifier) @_field (attribute attribute: (identifier) @_field)]) @presence @signal.declarative-constraints
 (#any-of? @_field "Field" "conint" "constr" "confloat" "conlist" "Length" "Range" "OneOf"))
((decorator [(identifier) @_validator (call function: [(identifier) @_validator (attribute attribute: (identifier) @_validator)])]) @presence @signal.declarative-constraints
 (#any-of? @_validator "validator" "field_validator" "model_validator" "validates" "validates_schema"))

; +range-check, +length-check: explicit comparisons that raise
((if_statement
   condition: [(comparison_operator) (boolean_operator)] @_cond
   consequence: (block . (raise_statement))) @presence @signal.range-check
 (#match? @_cond "[<>]")
 (#not-match? @_cond "len\\("))
((if_statement
   condition: [(comparison_operator) (boolean_operator)] @_cond
   consequence: (block . (raise_statement))) @presence @signal.length-check
 (#match? @_cond "len\\("))
((keyword_argument name: (identifier) @_bound) @signal.range-check
 (#any-of? @_bound "ge" "gt" "le" "lt" "min_value" "max_value"))
((keyword_argument name: (identifier) @_bound) @signal.length-check
 (#any-of? @_bound "min_length" "max_length" "max_items" "min_items"))

; +allow-list: `if x not in ALLOWED: raise`
((if_statement
   condition: (comparison_operator (identifier) @_set) @_cond
   consequence: (block . (raise_statement))) @presence @signal.allow-list
 (#match? @_cond " not in ")
 (#match? @_set "^([A-Z_]*(ALLOWED|ALLOW_LIST|ALLOWLIST|WHITELIST|PERMITTED|SUPPORTED|VALID)[A-Z_]*|(allowed|permitted|supported|valid)[a-z_]*)$"))

; +pattern-check
((call function: (attribute object: (identifier) @_re attribute: (identifier) @_match)) @signal.pattern-check
 (#eq? @_re "re")
 (#any-of? @_match "fullmatch" "match"))
((keyword_argument name: (identifier) @_pattern) @signal.pattern-check
 (#any-of? @_pattern "pattern" "regex"))

; +schema-validated
((call function: (attribute object: (identifier) @_jsonschema attribute: (identifier) @_validate)) @presence @signal.schema-validated
 (#any-of? @_jsonschema "jsonschema" "validator" "schema")
 (#any-of? @_validate "validate" "iter_errors"))

; SQL: execute(sql, params) is parameterised; execute(f"..."/"..." + x/"..." % x) is not
((call
   function: (attribute attribute: (identifier) @_execute)
   arguments: (argument_list . (string) . [(tuple) (list) (dictionary) (identifier)])) @presence @signal.parameterised-sql
 (#any-of? @_execute "execute" "executemany" "fetch" "fetchrow" "fetchval"))
((call
   function: (attribute attribute: (identifier) @_execute)
   arguments: (argument_list . [(string (interpolation)) (binary_operator) (call function: (attribute attribute: (identifier) @_format))] @signal.sql-concatenation))
 (#any-of? @_execute "execute" "executemany" "executescript" "fetch" "fetchrow" "fetchval" "raw"))

; -shell-injection: os.system / os.popen, subprocess(..., shell=True)
((call function: (attribute object: (identifier) @_os attribute: (identifier) @_system)) @signal.shell-injection
 (#eq? @_os "os")
 (#any-of? @_system "system" "popen"))
((call
   function: (attribute object: (identifier) @_subprocess)
   arguments: (argument_list (keyword_argument name: (identifier) @_shell value: (true)))) @signal.shell-injection
 (#eq? @_subprocess "subprocess")
 (#eq? @_shell "shell"))

; -path-traversal: open()/send_file of a path built from request data
((call
   function: [(identifier) @_open (attribute attribute: (identifier) @_open)]
   arguments: (argument_list . [(binary_operator) (string (interpolation)) (call function: (attribute attribute: (identifier) @_join))] @_path)) @signal.path-traversal
 (#any-of? @_open "open" "send_file" "FileResponse")
 (#match? @_path "request|params|args|filename|user"))
