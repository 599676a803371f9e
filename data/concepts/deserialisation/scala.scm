; Scala deserialisation: circe/play-json/spray-json/jsoniter decoding into case classes,
; Jackson (default typing, stream constraints), SnakeYAML, java.io.ObjectInputStream
; (Akka's Java serialisation included), protobuf/ScalaPB parseFrom.

(call_expression function: [(identifier) @_m (field_expression field: (identifier) @_m) (generic_function function: [(identifier) @_m (field_expression field: (identifier) @_m)])]
  (#match? @_m "^(decode|parse|parseFrom|readValue|readTree|fromJson|as|validate|readFromString|readFromArray|load|loadAs|readObject|convertTo|parseJson|decodeAccumulating)$")) @presence

(instance_expression (type_identifier) @_t (#eq? @_t "ObjectInputStream")) @signal.unsafe-deserializer
(call_expression function: (field_expression value: (instance_expression (type_identifier) @_y arguments: (arguments) @_a) field: (identifier) @_m)
  (#eq? @_y "Yaml") (#match? @_a "^\\(\\s*\\)$") (#any-of? @_m "load" "loadAll" "loadAs")) @signal.unsafe-yaml
(instance_expression (type_identifier) @_t (#eq? @_t "SafeConstructor")) @signal.safe-loader
(call_expression function: (field_expression field: (identifier) @_m)
  (#any-of? @_m "enableDefaultTyping" "activateDefaultTyping")) @signal.default-typing
(call_expression function: (field_expression field: (identifier) @_m)
  (#any-of? @_m "allowIfSubType" "allowIfBaseType" "setObjectInputFilter")) @signal.type-allowlist
(call_expression function: (field_expression field: (identifier) @_m)
  (#any-of? @_m "maxNestingDepth" "setRecursionLimit" "withMaxDepth")) @signal.recursion-limit
(assignment_expression left: (identifier) @_k (#any-of? @_k "maxDepth" "maxNesting")) @signal.recursion-limit
(call_expression function: (field_expression field: (identifier) @_m)
  (#any-of? @_m "maxStringLength" "maxDocumentLength" "setSizeLimit" "withSizeLimit" "withMaxBufSize" "withMaxCharBufSize" "withRequestEntityLimit" "setCodePointLimit")) @signal.size-limit
(call_expression function: (identifier) @_m (#any-of? @_m "withSizeLimit" "withoutSizeLimit")
  (#eq? @_m "withSizeLimit")) @signal.size-limit
(field_expression field: (identifier) @_f (#eq? @_f "FAIL_ON_UNKNOWN_PROPERTIES")) @signal.strict-unknown-fields
(call_expression function: (field_expression field: (identifier) @_m) (#eq? @_m "withStrictDecoding")) @signal.strict-unknown-fields
(call_expression function: (generic_function function: [(identifier) @_m (field_expression field: (identifier) @_m)])
  (#any-of? @_m "decode" "readValue" "as" "validate" "convertTo" "readFromString" "decodeAccumulating")) @signal.schema-validated
(call_expression function: (field_expression field: (identifier) @_m) arguments: (arguments (string) @_f . (boolean_literal))
  (#eq? @_m "setFeature") (#match? @_f "disallow-doctype-decl|external-general-entities|external-parameter-entities")) @signal.xxe-protection

(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "readAllBytes" "mkString")) @signal.unbounded-body
