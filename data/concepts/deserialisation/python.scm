; deserialisation × Python: pickle, yaml, json, marshal, xml, eval.

((call function: (attribute object: (identifier) @_module attribute: (identifier) @_load)) @presence
 (#any-of? @_module "json" "yaml" "pickle" "marshal" "shelve" "ujson" "orjson" "msgpack" "ET" "etree" "ElementTree"
  "minidom" "xmltodict" "defusedxml" "cPickle" "dill" "jsonpickle" "toml" "tomllib")
 (#any-of? @_load "load" "loads" "safe_load" "unsafe_load" "full_load" "load_all" "parse" "fromstring" "parseString"
  "unpackb" "decode" "open"))

; -unsafe-deserializer: pickle / marshal / dill / jsonpickle / shelve
((call function: (attribute object: (identifier) @_module attribute: (identifier) @_load)) @signal.unsafe-deserializer
 (#any-of? @_module "pickle" "cPickle" "marshal" "dill" "jsonpickle" "shelve")
 (#any-of? @_load "load" "loads" "decode" "open"))

; -unsafe-yaml: yaml.load without a safe loader, yaml.unsafe_load, UnsafeLoader/FullLoader
((call
   function: (attribute object: (identifier) @_yaml attribute: (identifier) @_load)
   arguments: (argument_list) @_args) @signal.unsafe-yaml
 (#eq? @_yaml "yaml")
 (#any-of? @_load "load" "load_all")
 (#not-match? @_args "SafeLoader|CSafeLoader|BaseLoader"))
((call function: (attribute object: (identifier) @_yaml attribute: (identifier) @_load)) @signal.unsafe-yaml
 (#eq? @_yaml "yaml")
 (#any-of? @_load "unsafe_load" "full_load" "unsafe_load_all"))
; +safe-loader
((call function: (attribute object: (identifier) @_yaml attribute: (identifier) @_load)) @signal.safe-loader
 (#eq? @_yaml "yaml")
 (#any-of? @_load "safe_load" "safe_load_all"))
((keyword_argument name: (identifier) @_loader value: [(identifier) (attribute)] @_safe) @signal.safe-loader
 (#eq? @_loader "Loader")
 (#match? @_safe "SafeLoader$"))
((call function: (attribute object: (identifier) @_defused)) @presence @signal.xxe-protection
 (#match? @_defused "^defused"))

; -eval-of-data
((call function: (identifier) @_eval) @presence @signal.eval-of-data
 (#any-of? @_eval "eval" "exec"))

; +size-limit: reading a bounded amount, checking a length before parsing
((call function: (attribute attribute: (identifier) @_read) arguments: (argument_list . (_))) @signal.size-limit
 (#eq? @_read "read"))
((comparison_operator (call function: (identifier) @_len) [">" ">="]) @signal.size-limit
 (#eq? @_len "len"))
((keyword_argument name: (identifier) @_max) @signal.size-limit
 (#any-of? @_max "max_size" "max_length" "max_content_length" "max_buffer_size" "max_bytes"))

; +recursion-limit
((call function: [(identifier) @_limit (attribute attribute: (identifier) @_limit)]) @signal.recursion-limit
 (#eq? @_limit "setrecursionlimit"))
((keyword_argument name: (identifier) @_depth) @signal.recursion-limit
 (#any-of? @_depth "max_depth" "max_nesting"))

; +schema-validated: jsonschema.validate, pydantic model_validate / parse_obj, marshmallow load
((call function: [(identifier) @_validate (attribute attribute: (identifier) @_validate)]) @presence @signal.schema-validated
 (#any-of? @_validate "validate" "model_validate" "model_validate_json" "parse_obj" "parse_raw"))

; +strict-unknown-fields: extra="forbid", unknown=RAISE
((keyword_argument name: (identifier) @_extra value: [(string) (identifier) (attribute)] @_forbid) @signal.strict-unknown-fields
 (#any-of? @_extra "extra" "unknown")
 (#match? @_forbid "forbid|RAISE"))

; -unbounded-body: request.get_data() / request.body read whole
((call function: (attribute object: (identifier) @_request attribute: (identifier) @_body)) @signal.unbounded-body
 (#match? @_request "^(request|req)$")
 (#any-of? @_body "get_data" "get_json" "body" "read"))
