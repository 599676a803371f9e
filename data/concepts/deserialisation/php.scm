; PHP deserialisation: unserialize (object injection unless allowed_classes => false),
; json_decode with depth and JSON_THROW_ON_ERROR, Symfony Serializer, SimpleXML/DOM with
; entity loading off, php://input read whole, eval of data.

(function_call_expression function: (name) @_f
  (#any-of? @_f "unserialize" "json_decode" "simplexml_load_string" "simplexml_load_file" "yaml_parse" "igbinary_unserialize" "msgpack_unpack")) @presence
(member_call_expression name: (name) @_m (#any-of? @_m "deserialize" "decode" "loadXML" "denormalize")) @presence

(function_call_expression function: (name) @_f arguments: (arguments . (argument) .) (#any-of? @_f "unserialize" "igbinary_unserialize")) @signal.unsafe-deserializer
(function_call_expression function: (name) @_f arguments: (arguments (argument) (argument (array_creation_expression (array_element_initializer (string (string_content) @_k) (_) @_v))))
  (#eq? @_f "unserialize") (#eq? @_k "allowed_classes") (#not-match? @_v "^false$")) @signal.unsafe-deserializer
(function_call_expression function: (name) @_f arguments: (arguments (argument) (argument (array_creation_expression (array_element_initializer (string (string_content) @_k) (_)))))
  (#eq? @_f "unserialize") (#eq? @_k "allowed_classes")) @signal.type-allowlist
(function_call_expression function: (name) @_f arguments: (arguments (argument) (argument) (argument (integer)))
  (#eq? @_f "json_decode")) @signal.recursion-limit
((name) @signal.strict-unknown-fields (#eq? @signal.strict-unknown-fields "JSON_THROW_ON_ERROR"))
(function_call_expression function: (name) @_f arguments: (arguments (argument (boolean) @_b)) (#eq? @_f "libxml_disable_entity_loader") (#match? @_b "^(true|TRUE)$")) @signal.xxe-protection
(function_call_expression function: (name) @_f arguments: (arguments . (argument (string) @_in)) (#eq? @_f "file_get_contents") (#match? @_in "php://input")) @signal.unbounded-body
(function_call_expression function: (name) @_f arguments: (arguments . (argument (string) @_in) . (argument) . (argument) . (argument) . (argument)) (#eq? @_f "file_get_contents") (#match? @_in "php://input")) @signal.size-limit
(member_call_expression name: (name) @_m (#any-of? @_m "validate" "isValid")) @signal.schema-validated
(function_call_expression function: (name) @_f (#eq? @_f "eval")) @signal.eval-of-data
