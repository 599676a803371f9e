; deserialisation: TypeScript (JSON.parse, js-yaml, body parsers, node-serialize, eval).
; Good: body parsers with a `limit`, safe YAML schemas/safeLoad, the parsed value validated
; (zod parse/safeParse, ajv, Joi), unknown keys rejected (.strict(), additionalProperties:
; false). Bad: eval / new Function / vm on data, node-serialize unserialize, yaml.load without
; a schema, a request body accumulated chunk by chunk with no limit or parsed straight away.
; The patterns below are the JavaScript ones: tree-sitter-typescript keeps the same node types
; and fields for these constructs (checked by compiling this file against its own grammar).

; presence: parsers
((call_expression
   function: (member_expression
     object: (identifier) @_json
     property: (property_identifier) @_parse)) @presence
 (#eq? @_json "JSON")
 (#eq? @_parse "parse"))

((call_expression
   function: (member_expression
     object: (identifier) @_lib
     property: (property_identifier) @_fn)) @presence
 (#match? @_lib "^(yaml|YAML|jsyaml|xml2js|parser|bodyParser|express|msgpack|bson|protobuf|superjson|devalue|v8)$")
 (#match? @_fn "^(load|loadAll|safeLoad|parse|parseString|parseStringPromise|json|text|raw|urlencoded|decode|deserialize)$"))

; +size-limit: body parser limits, explicit length checks
((call_expression
   function: (member_expression
     object: (identifier) @_lib
     property: (property_identifier) @_fn)
   arguments: (arguments
     (object
       (pair key: (property_identifier) @_limit) @signal.size-limit)))
 (#match? @_lib "^(bodyParser|express)$")
 (#match? @_fn "^(json|text|raw|urlencoded)$")
 (#match? @_limit "^(limit|parameterLimit|depth)$"))

((pair
   key: (property_identifier) @_key) @signal.size-limit
 (#match? @_key "^(maxBodyLength|maxContentLength|bodyLimit|maxFileSize|fileSize)$"))

; +safe-loader
((call_expression
   function: (member_expression
     object: (identifier) @_yaml
     property: (property_identifier) @_fn)
   arguments: (arguments (_) (object) @_options)) @signal.safe-loader
 (#match? @_yaml "^(yaml|YAML|jsyaml)$")
 (#match? @_fn "^(load|loadAll)$")
 (#match? @_options "(FAILSAFE|JSON|CORE)_SCHEMA"))

((call_expression
   function: (member_expression
     object: (identifier) @_yaml
     property: (property_identifier) @_fn)) @signal.safe-loader
 (#match? @_yaml "^(yaml|YAML|jsyaml)$")
 (#eq? @_fn "safeLoad"))

; -unsafe-yaml: yaml.load(text) with no schema
((call_expression
   function: (member_expression
     object: (identifier) @_yaml
     property: (property_identifier) @_fn)
   arguments: (arguments . (_) .)) @signal.unsafe-yaml
 (#match? @_yaml "^(yaml|jsyaml)$")
 (#match? @_fn "^(load|loadAll)$"))

; +schema-validated: zod / ajv / Joi / yup on the parsed value
((call_expression
   function: (member_expression
     object: (_) @_schema
     property: (property_identifier) @_fn)) @signal.schema-validated
 (#match? @_schema "[Ss]chema$|[Vv]alidator$|^(ajv|z\\..*|Joi\\..*)$")
 (#match? @_fn "^(parse|safeParse|parseAsync|validate|validateAsync|validateSync|compile|assert|is)$"))

((call_expression
   function: (identifier) @_fn) @signal.schema-validated
 (#match? @_fn "^(validate|validateBody|assertValid|check[A-Z][A-Za-z]*)$"))

; +strict-unknown-fields
((call_expression
   function: (member_expression
     property: (property_identifier) @_fn)
   arguments: (arguments) @_none) @signal.strict-unknown-fields
 (#eq? @_fn "strict")
 (#eq? @_none "()"))

((pair
   key: [(property_identifier) (string)] @_key
   value: (false)) @signal.strict-unknown-fields
 (#match? @_key "^.?additionalProperties.?$"))

; -eval-of-data
((call_expression
   function: (identifier) @_eval
   arguments: (arguments . [(identifier) (member_expression) (call_expression) (binary_expression) (template_string)])) @signal.eval-of-data
 (#eq? @_eval "eval"))

((new_expression
   constructor: (identifier) @_fn) @signal.eval-of-data
 (#eq? @_fn "Function"))

((call_expression
   function: (member_expression
     object: (identifier) @_vm
     property: (property_identifier) @_fn)) @signal.eval-of-data
 (#eq? @_vm "vm")
 (#match? @_fn "^(runInNewContext|runInThisContext|runInContext|compileFunction)$"))

; -unsafe-deserializer: node-serialize, funcster, serialize-to-js
((call_expression
   function: (member_expression
     property: (property_identifier) @_fn)) @signal.unsafe-deserializer
 (#eq? @_fn "unserialize"))

((call_expression
   function: (identifier) @_fn) @signal.unsafe-deserializer
 (#eq? @_fn "unserialize"))

; -unbounded-body: a body accumulated chunk by chunk, or a raw body parsed as is
((augmented_assignment_expression
   left: (identifier) @_body
   operator: "+="
   right: (identifier) @_chunk) @signal.unbounded-body
 (#match? @_body "^(body|data|raw|rawBody|payload|buf)$")
 (#match? @_chunk "^(chunk|c|d|data|part)$"))

((call_expression
   function: (member_expression
     object: (identifier) @_json
     property: (property_identifier) @_parse)
   arguments: (arguments . (_) @_input)) @signal.unbounded-body
 (#eq? @_json "JSON")
 (#eq? @_parse "parse")
 (#match? @_input "^(body|rawBody|data|payload)$|(req|request|event)\\.(body|rawBody)$|\\.text\\(\\)$|Buffer\\.concat\\("))

; TypeScript: class-transformer + class-validator, NestJS ValidationPipe options
((call_expression
   function: (identifier) @_fn) @presence
 (#match? @_fn "^(plainToInstance|plainToClass|deserialize)$"))

((call_expression
   function: (identifier) @_fn) @signal.schema-validated
 (#match? @_fn "^(validateOrReject|validateSync)$"))

((pair
   key: (property_identifier) @_key
   value: (true)) @signal.strict-unknown-fields
 (#match? @_key "^(forbidNonWhitelisted|forbidUnknownValues|whitelist)$"))
