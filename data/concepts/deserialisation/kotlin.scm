; Kotlin deserialisation: kotlinx.serialization (Json.decodeFromString into a typed model),
; Jackson (readValue, default typing, stream constraints, FAIL_ON_UNKNOWN_PROPERTIES),
; SnakeYAML (Yaml().load vs SafeConstructor), java.io.ObjectInputStream, protobuf parseFrom,
; Ktor call.receive.

(call_expression (navigation_expression (_) @_r (navigation_suffix (simple_identifier) @_m))
  (#match? @_m "^(decodeFromString|decodeFromStream|decodeFromJsonElement|parseToJsonElement|readValue|readTree|treeToValue|parseFrom|load|loadAs|loadAll|readObject|fromJson|receive|receiveText)$")) @presence

(call_expression (simple_identifier) @_c (#eq? @_c "ObjectInputStream")) @signal.unsafe-deserializer
(call_expression (navigation_expression (call_expression (simple_identifier) @_y (call_suffix (value_arguments) @_args)) (navigation_suffix (simple_identifier) @_m))
  (#eq? @_y "Yaml") (#match? @_args "^\\(\\s*\\)$") (#any-of? @_m "load" "loadAll" "loadAs")) @signal.unsafe-yaml
(call_expression (simple_identifier) @_c (#any-of? @_c "SafeConstructor")) @signal.safe-loader
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "enableDefaultTyping" "activateDefaultTyping" "activateDefaultTypingAsProperty")) @signal.default-typing
(call_expression (simple_identifier) @_c (#eq? @_c "BasicPolymorphicTypeValidator")) @signal.type-allowlist
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "allowIfSubType" "allowIfBaseType" "setObjectInputFilter")) @signal.type-allowlist

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "maxNestingDepth" "setRecursionLimit")) @signal.recursion-limit
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "maxStringLength" "maxDocumentLength" "maxNumberLength" "setSizeLimit" "setCodePointLimit")) @signal.size-limit
(call_expression (simple_identifier) @_c (#any-of? @_c "LoaderOptions")) @signal.size-limit

(value_argument (navigation_expression (_) (navigation_suffix (simple_identifier) @_f)) (#eq? @_f "FAIL_ON_UNKNOWN_PROPERTIES")) @signal.strict-unknown-fields
(assignment (directly_assignable_expression (simple_identifier) @_p) (boolean_literal) @_v
  (#eq? @_p "ignoreUnknownKeys") (#eq? @_v "false")) @signal.strict-unknown-fields

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (call_suffix (type_arguments))
  (#any-of? @_m "decodeFromString" "decodeFromStream" "receive" "readValue")) @signal.schema-validated
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "validate" "validateSchema")) @signal.schema-validated

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (call_suffix (value_arguments (value_argument (string_literal) @_f) . (value_argument (boolean_literal))))
  (#eq? @_m "setFeature") (#match? @_f "disallow-doctype-decl|external-general-entities|external-parameter-entities")) @signal.xxe-protection

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "receiveText" "readBytes" "readAllBytes")) @signal.unbounded-body
