; C++ deserialisation: nlohmann::json, RapidJSON, yaml-cpp, protobuf ParseFrom*, Boost
; serialization archives (untrusted archives are unsafe), plus the C parsers. Quality:
; CodedInputStream limits, non-throwing typed parses.

(call_expression function: (qualified_identifier) @_q
  (#match? @_q "(json::parse|YAML::Load|YAML::LoadFile|json::from_cbor|json::from_msgpack|json::from_bson)$")) @presence
(call_expression function: (field_expression field: (field_identifier) @_m)
  (#any-of? @_m "ParseFromString" "ParseFromArray" "ParseFromIstream" "ParseFromCodedStream" "Parse" "ParseStream" "MergeFromString")) @presence
(declaration type: [(qualified_identifier) (type_identifier)] @_t (#match? @_t "(text_iarchive|binary_iarchive|xml_iarchive)$")) @presence @signal.unsafe-deserializer
(call_expression function: (field_expression field: (field_identifier) @_m) (#any-of? @_m "SetTotalBytesLimit" "SetRecursionLimit")
  (#eq? @_m "SetTotalBytesLimit")) @signal.size-limit
(call_expression function: (field_expression field: (field_identifier) @_m) (#eq? @_m "SetRecursionLimit")) @signal.recursion-limit
(call_expression function: (qualified_identifier) @_q (#match? @_q "json_schema|validator::validate")) @signal.schema-validated
(call_expression function: (field_expression field: (field_identifier) @_m) (#eq? @_m "validate")) @signal.schema-validated


(call_expression function: (identifier) @_f
  (#match? @_f "^(cJSON_Parse|cJSON_ParseWithLength|cJSON_ParseWithOpts|json_loads|json_loadb|json_loadf|json_tokener_parse|json_tokener_parse_ex|yajl_tree_parse|yaml_parser_parse|yaml_parser_load|xmlReadMemory|xmlReadFile|xmlParseMemory|xmlParseFile|xmlCtxtReadMemory|protobuf_c_message_unpack|[a-z0-9_]+__unpack|msgpack_unpack_next|msgpack_unpack)$")) @presence

(call_expression function: (identifier) @_f (#any-of? @_f "cJSON_ParseWithLength" "json_loadb" "xmlReadMemory" "xmlCtxtReadMemory")) @signal.size-limit
(call_expression function: (identifier) @_f (#eq? @_f "json_tokener_new_ex")) @presence @signal.recursion-limit
(call_expression function: (identifier) @_f (#any-of? @_f "xmlCtxtUseOptions" "xmlReadMemory" "xmlReadFile" "xmlCtxtReadMemory") arguments: (argument_list (_) @_opt .)
  (#match? @_opt "XML_PARSE_NONET") (#not-match? @_opt "XML_PARSE_NOENT|XML_PARSE_DTDLOAD")) @signal.xxe-protection
(call_expression function: (identifier) @_f (#any-of? @_f "xmlParseMemory" "xmlParseFile")) @signal.unbounded-body
(call_expression function: (identifier) @_f (#eq? @_f "json_loadf")) @signal.unbounded-body
(call_expression function: (identifier) @_f (#any-of? @_f "json_unpack" "json_unpack_ex" "cJSON_IsObject" "json_object_is_type")) @signal.schema-validated
