; deserialisation: Go (encoding/json, xml, yaml, protobuf, gob).
; Good: the input bounded by io.LimitReader or http.MaxBytesReader, DisallowUnknownFields,
; KnownFields(true), the decoded value validated. Bad: the whole request body read with
; io.ReadAll / ioutil.ReadAll and no limit.

; presence: decoders and unmarshalers
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence
 (#any-of? @_pkg "json" "xml" "yaml" "proto" "protojson" "gob" "toml" "msgpack" "cbor" "bson" "jsoniter")
 (#match? @_fn "^(Unmarshal|NewDecoder|Decode|UnmarshalText)$"))

((call_expression
   function: (selector_expression
     operand: (_) @_dec
     field: (field_identifier) @_fn)) @presence
 (#match? @_dec "[Dd]ec(oder)?$|NewDecoder\\(")
 (#eq? @_fn "Decode"))

; +size-limit
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @signal.size-limit
 (#match? @_pkg "^(io|http)$")
 (#any-of? @_fn "LimitReader" "MaxBytesReader"))

; +strict-unknown-fields
((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)) @signal.strict-unknown-fields
 (#eq? @_fn "DisallowUnknownFields"))

((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)
   arguments: (argument_list (true))) @signal.strict-unknown-fields
 (#eq? @_fn "KnownFields"))

; +schema-validated: the decoded value is validated
((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)) @signal.schema-validated
 (#match? @_fn "^(Validate|ValidateStruct|Struct|ValidateAll)$"))

; -unbounded-body: the whole request body read with no limit
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)
   arguments: (argument_list . (_) @_body .)) @presence @signal.unbounded-body
 (#match? @_pkg "^(io|ioutil)$")
 (#eq? @_fn "ReadAll")
 (#match? @_body "\\.Body$"))
