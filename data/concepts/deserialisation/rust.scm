; Rust deserialisation: serde (serde_json/serde_yaml/toml/rmp/bincode/ciborium), prost
; decode. Quality: typed targets, #[serde(deny_unknown_fields)], body size limits
; (Limited, DefaultBodyLimit, bincode with_limit); whole bodies read with no bound.

(call_expression function: [(scoped_identifier path: (_) @_p name: (identifier) @_f)
                            (generic_function function: (scoped_identifier path: (_) @_p name: (identifier) @_f))]
  (#match? @_p "(^|::)(serde_json|serde_yaml|serde_yml|toml|rmp_serde|bincode|ciborium|postcard|ron|serde_cbor|quick_xml::de)$")
  (#match? @_f "^(from_str|from_slice|from_reader|from_value|deserialize|deserialize_from|decode|from_bytes)$")) @presence
(call_expression function: (scoped_identifier name: (identifier) @_f) (#eq? @_f "decode")) @presence

(let_declaration type: (_) value: [(call_expression function: (scoped_identifier name: (identifier) @_f))
                                   (try_expression (call_expression function: (scoped_identifier name: (identifier) @_f)))]
  (#match? @_f "^(from_str|from_slice|from_reader|from_value)$")) @signal.schema-validated
(call_expression function: (generic_function function: (scoped_identifier name: (identifier) @_f))
  (#match? @_f "^(from_str|from_slice|from_reader|from_value)$")) @signal.schema-validated
(call_expression function: (field_expression field: (field_identifier) @_m) (#eq? @_m "validate")) @signal.schema-validated

((attribute_item) @signal.strict-unknown-fields (#match? @signal.strict-unknown-fields "deny_unknown_fields"))

(call_expression function: (field_expression field: (field_identifier) @_m) (#any-of? @_m "with_limit" "take" "max_decoding_message_size" "max_frame_size")) @signal.size-limit
(call_expression function: (scoped_identifier path: (_) @_p name: (identifier) @_f)
  (#match? @_p "(Limited|DefaultBodyLimit|RequestBodyLimitLayer|Length)$") (#any-of? @_f "new" "max")) @signal.size-limit
(call_expression function: (scoped_identifier name: (identifier) @_f) arguments: (arguments (_) (_))
  (#eq? @_f "to_bytes")) @signal.size-limit
(call_expression function: (field_expression field: (field_identifier) @_m) (#eq? @_m "disable_recursion_limit")) @signal.unbounded-body

(call_expression function: (scoped_identifier name: (identifier) @_f) arguments: (arguments . (_) .)
  (#eq? @_f "to_bytes")) @signal.unbounded-body
(call_expression function: (field_expression field: (field_identifier) @_m) (#any-of? @_m "read_to_end" "read_to_string" "bytes" "text")) @signal.unbounded-body
(call_expression function: (scoped_identifier path: (_) @_p name: (identifier) @_f) (#match? @_p "(^|::)bincode$") (#any-of? @_f "deserialize" "deserialize_from")) @signal.unbounded-body
