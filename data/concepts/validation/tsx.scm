; validation: TSX (TypeScript with JSX) (zod, Joi, yup, express-validator, ajv, explicit checks, SQL, shells,
; paths). An explicit check is an `if` whose branch rejects the input (status 400/422, a
; thrown validation/bad-request error); the kind of check is read from its condition. Bad:
; SQL built with + or a template literal, child_process exec of a built command line, a path
; joined from request data.
; The patterns below are the JavaScript ones: tree-sitter-typescript keeps the same node types
; and fields for these constructs (checked by compiling this file against its own grammar).

; presence + declarative-constraints: schema builders and validators
((call_expression
   function: (member_expression
     object: (identifier) @_lib
     property: (property_identifier) @_fn)) @presence @signal.declarative-constraints
 (#match? @_lib "^(z|Joi|joi|yup|v|t|Type|S|Schema)$")
 (#match? @_fn "^(object|string|number|array|strictObject|Object|String|Number)$"))

((call_expression
   function: (identifier) @_fn
   arguments: (arguments . (string))) @presence @signal.declarative-constraints
 (#match? @_fn "^(body|query|param|check|header|cookie)$"))

; +schema-validated
((call_expression
   function: (member_expression
     object: (_) @_schema
     property: (property_identifier) @_fn)) @presence @signal.schema-validated
 (#match? @_schema "[Ss]chema$|[Vv]alidator$|^(ajv|z\\..*|Joi\\..*)$")
 (#match? @_fn "^(parse|safeParse|parseAsync|validate|validateAsync|validateSync|compile)$"))

((call_expression
   function: (identifier) @_fn) @presence @signal.schema-validated
 (#eq? @_fn "validationResult"))

; +range-check / +length-check / +allow-list / +pattern-check in schema chains
((call_expression
   function: (member_expression
     property: (property_identifier) @signal.range-check))
 (#match? @signal.range-check "^(min|max|gt|gte|lt|lte|positive|nonnegative|int|isInt|isFloat|between)$"))

((call_expression
   function: (member_expression
     property: (property_identifier) @signal.length-check))
 (#match? @signal.length-check "^(length|maxLength|minLength|nonempty|isLength)$"))

((call_expression
   function: (member_expression
     object: (identifier) @_lib
     property: (property_identifier) @_fn)) @signal.allow-list
 (#match? @_lib "^(z|Joi|joi|yup)$")
 (#match? @_fn "^(enum|literal|nativeEnum)$"))

((call_expression
   function: (member_expression
     property: (property_identifier) @signal.allow-list))
 (#match? @signal.allow-list "^(valid|oneOf|isIn|allow)$"))

((call_expression
   function: (member_expression
     property: (property_identifier) @signal.pattern-check))
 (#match? @signal.pattern-check "^(regex|pattern|matches|isEmail|email|url|uuid|isUUID|isURL|isAlphanumeric)$"))

; presence: an explicit check that rejects the input
((if_statement
   condition: (_) @_cond
   consequence: (_) @_reject) @presence
 (#match? @_reject "status\\(4(00|22)\\)|sendStatus\\(4(00|22)\\)|BadRequest|ValidationError|[Ii]nvalid|must |required|too (long|short|large|big|many)|out of range|not allowed")
 (#match? @_cond "\\.length|[<>]|!|includes|has\\(|test\\(|typeof|isNaN|isInteger"))

((if_statement
   condition: (_) @signal.length-check
   consequence: (_) @_reject)
 (#match? @_reject "status\\(4(00|22)\\)|sendStatus\\(4(00|22)\\)|BadRequest|ValidationError|[Ii]nvalid|must |required|too (long|short|large|big|many)|out of range|not allowed")
 (#match? @signal.length-check "\\.length *[<>=]"))

((if_statement
   condition: (_) @signal.range-check
   consequence: (_) @_reject)
 (#match? @_reject "status\\(4(00|22)\\)|sendStatus\\(4(00|22)\\)|BadRequest|ValidationError|[Ii]nvalid|must |required|out of range|too (large|big|small)")
 (#match? @signal.range-check "[A-Za-z_)\\]] *(<|>|<=|>=) *-?[0-9A-Z]|isNaN|isInteger|isFinite")
 (#not-match? @signal.range-check "\\.length *(<|>|<=|>=)"))

((if_statement
   condition: (_) @signal.allow-list
   consequence: (_) @_reject)
 (#match? @_reject "status\\(4(00|22)\\)|status\\(403\\)|sendStatus\\(4(00|22)\\)|BadRequest|ValidationError|[Ii]nvalid|not allowed|unsupported|[Uu]nknown")
 (#match? @signal.allow-list "!\\s*[A-Za-z_.]*\\.(includes|has)\\("))

((if_statement
   condition: (_) @signal.pattern-check
   consequence: (_) @_reject)
 (#match? @_reject "status\\(4(00|22)\\)|sendStatus\\(4(00|22)\\)|BadRequest|ValidationError|[Ii]nvalid|must |not allowed")
 (#match? @signal.pattern-check "\\.test\\(|\\.match\\("))

; +parameterised-sql: placeholders with bound values
((call_expression
   function: (member_expression
     property: (property_identifier) @_fn)
   arguments: (arguments
     .
     [(string) (template_string)] @_sql
     .
     [(array) (identifier) (object)])) @presence @signal.parameterised-sql
 (#match? @_fn "^(query|execute|run|all|get|raw|prepare|none|one|many|any)$")
 (#match? @_sql "(SELECT|INSERT|UPDATE|DELETE|select|insert|update|delete) .*(\\$[0-9]|\\?|:[a-z])")
 (#not-match? @_sql "\\$\\{"))

; -sql-concatenation
((call_expression
   function: (member_expression
     property: (property_identifier) @_fn)
   arguments: (arguments
     .
     [(template_string (template_substitution)) (binary_expression)] @signal.sql-concatenation))
 (#match? @_fn "^(query|execute|run|all|get|raw|prepare|exec|none|one|many|any|unsafe|\\$queryRawUnsafe)$")
 (#match? @signal.sql-concatenation "^.(SELECT|INSERT|UPDATE|DELETE|select|insert|update|delete) "))

((variable_declarator
   name: (identifier) @_q
   value: [(template_string (template_substitution)) (binary_expression)] @signal.sql-concatenation)
 (#match? @_q "^(q|query|sql|stmt|[a-z]*Query|[a-z]*Sql|[a-z]*SQL)$")
 (#match? @signal.sql-concatenation "^.(SELECT|INSERT|UPDATE|DELETE|select|insert|update|delete) "))

; -shell-injection: exec / execSync of a built command line, spawn with shell: true
((call_expression
   function: [(identifier) (member_expression)] @_exec
   arguments: (arguments
     .
     [(template_string (template_substitution)) (binary_expression) (identifier)] @signal.shell-injection))
 (#match? @_exec "^(child_process\\.|cp\\.)?(exec|execSync)$"))

((call_expression
   function: [(identifier) (member_expression)] @_spawn
   arguments: (arguments
     (object
       (pair
         key: (property_identifier) @_shell
         value: (true)) @signal.shell-injection)))
 (#match? @_spawn "^(child_process\\.|cp\\.)?(spawn|spawnSync|execFile|execFileSync)$")
 (#eq? @_shell "shell"))

; -path-traversal: a file path built from request data
((call_expression
   function: (member_expression
     object: (identifier) @_lib
     property: (property_identifier) @_fn)
   arguments: (arguments
     [(member_expression) (template_string) (binary_expression)] @signal.path-traversal))
 (#match? @_lib "^(path|fs|fsp|fs\\.promises)$")
 (#match? @_fn "^(join|resolve|readFile|readFileSync|createReadStream|writeFile|writeFileSync|unlink|unlinkSync|open|stat)$")
 (#match? @signal.path-traversal "req\\.(params|query|body)|request\\.(params|query|body)|ctx\\.(params|query|request)"))

((call_expression
   function: (member_expression
     property: (property_identifier) @_fn)
   arguments: (arguments
     .
     [(member_expression) (template_string) (binary_expression)] @signal.path-traversal))
 (#eq? @_fn "sendFile")
 (#match? @signal.path-traversal "req\\.(params|query|body)"))

; TypeScript: class-validator decorators and NestJS's ValidationPipe
((decorator
   (call_expression
     function: (identifier) @_d)) @presence @signal.declarative-constraints
 (#match? @_d "^(Is[A-Z][A-Za-z]*|Min|Max|Length|MinLength|MaxLength|Matches|ValidateNested|ArrayMaxSize|ArrayMinSize|ArrayNotEmpty|Equals|Contains)$"))

((decorator
   (call_expression
     function: (identifier) @signal.range-check))
 (#match? @signal.range-check "^(Min|Max|IsPositive|IsNegative|MinDate|MaxDate)$"))

((decorator
   (call_expression
     function: (identifier) @signal.length-check))
 (#match? @signal.length-check "^(Length|MinLength|MaxLength|ArrayMaxSize|ArrayMinSize|IsNotEmpty|ArrayNotEmpty)$"))

((decorator
   (call_expression
     function: (identifier) @signal.allow-list))
 (#match? @signal.allow-list "^(IsIn|IsEnum|Equals)$"))

((decorator
   (call_expression
     function: (identifier) @signal.pattern-check))
 (#match? @signal.pattern-check "^(Matches|IsEmail|IsUrl|IsUUID|IsAlphanumeric|IsISO8601|IsPhoneNumber)$"))

((new_expression
   constructor: (identifier) @_pipe) @presence @signal.schema-validated
 (#eq? @_pipe "ValidationPipe"))
