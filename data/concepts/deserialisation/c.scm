; C deserialisation: cJSON, jansson, json-c, yajl, libyaml, libxml2, protobuf-c, msgpack.
; Quality: length-bounded parses, json-c depth limits, libxml2 without entity expansion or
; network (XML_PARSE_NONET, no XML_PARSE_NOENT), whole-file slurps.

(call_expression function: (identifier) @_f
  (#match? @_f "^(cJSON_Parse|cJSON_ParseWithLength|cJSON_ParseWithOpts|json_loads|json_loadb|json_loadf|json_tokener_parse|json_tokener_parse_ex|yajl_tree_parse|yaml_parser_parse|yaml_parser_load|xmlReadMemory|xmlReadFile|xmlParseMemory|xmlParseFile|xmlCtxtReadMemory|protobuf_c_message_unpack|[a-z0-9_]+__unpack|msgpack_unpack_next|msgpack_unpack)$")) @presence

(call_expression function: (identifier) @_f (#any-of? @_f "cJSON_ParseWithLength" "json_loadb" "xmlReadMemory" "xmlCtxtReadMemory")) @signal.size-limit
(call_expression function: (identifier) @_f (#eq? @_f "json_tokener_new_ex")) @presence @signal.recursion-limit
(call_expression function: (identifier) @_f (#any-of? @_f "xmlCtxtUseOptions" "xmlReadMemory" "xmlReadFile" "xmlCtxtReadMemory") arguments: (argument_list (_) @_opt .)
  (#match? @_opt "XML_PARSE_NONET") (#not-match? @_opt "XML_PARSE_NOENT|XML_PARSE_DTDLOAD")) @signal.xxe-protection
(call_expression function: (identifier) @_f (#any-of? @_f "xmlParseMemory" "xmlParseFile")) @signal.unbounded-body
(call_expression function: (identifier) @_f (#eq? @_f "json_loadf")) @signal.unbounded-body
(call_expression function: (identifier) @_f (#any-of? @_f "json_unpack" "json_unpack_ex" "cJSON_IsObject" "json_object_is_type")) @signal.schema-validated
