; deserialisation × Java: Jackson, Gson, protobuf, SnakeYAML, Java serialisation, XML parsers.

; presence: parses of external bytes
((method_invocation name: (identifier) @_parse) @presence
 (#any-of? @_parse "readValue" "readTree" "readValues" "fromJson" "parseFrom" "parseDelimitedFrom" "mergeFrom"
  "unmarshal" "loadAs" "loadAll" "parseString" "parseReader"))
((method_invocation object: (identifier) @_parser name: (identifier) @_parse) @presence
 (#match? @_parser "^(builder|documentBuilder|db|parser|saxParser|xmlReader|reader|yaml|xstream)$")
 (#any-of? @_parse "parse" "load" "fromXML"))

; -unsafe-deserializer: Java serialisation, XMLDecoder, XStream, commons-lang deserialize
((object_creation_expression type: (type_identifier) @_type) @signal.unsafe-deserializer
 (#any-of? @_type "ObjectInputStream" "XMLDecoder" "XStream"))
((method_invocation object: (identifier) @_utils name: (identifier) @_des) @signal.unsafe-deserializer
 (#eq? @_utils "SerializationUtils")
 (#eq? @_des "deserialize"))

; -unsafe-yaml: new Yaml() constructs arbitrary classes on load (SnakeYAML < 2)
((object_creation_expression type: (type_identifier) @_yaml arguments: (argument_list) @_args) @signal.unsafe-yaml
 (#eq? @_yaml "Yaml")
 (#eq? @_args "()"))
; +safe-loader
((object_creation_expression type: (type_identifier) @_safe) @signal.safe-loader
 (#any-of? @_safe "SafeConstructor" "LoaderOptions"))

; -default-typing
((method_invocation name: (identifier) @_typing) @signal.default-typing
 (#any-of? @_typing "enableDefaultTyping" "activateDefaultTyping" "enableDefaultTypingAsProperty"))

; +size-limit, +recursion-limit
((method_invocation name: (identifier) @_limit) @signal.size-limit
 (#any-of? @_limit "setSizeLimit" "maxStringLength" "maxNumberLength" "maxDocumentLength" "setMaxBytes"
  "maxInMemorySize" "setCodePointLimit" "limit" "BoundedInputStream"))
((object_creation_expression type: (type_identifier) @_limit) @signal.size-limit
 (#any-of? @_limit "BoundedInputStream" "LimitedInputStream"))
((method_invocation name: (identifier) @_depth) @signal.recursion-limit
 (#any-of? @_depth "setRecursionLimit" "maxNestingDepth" "setNestingDepthLimit" "setMaxAliasesForCollections"))

; +schema-validated, +strict-unknown-fields, +type-allowlist, +xxe-protection
((method_invocation object: (identifier) @_validator name: (identifier) @_validate) @signal.schema-validated
 (#match? @_validator "([Vv]alidator|[Ss]chema)$")
 (#eq? @_validate "validate"))
((argument_list (field_access field: (identifier) @_unknown) . (true)) @signal.strict-unknown-fields
 (#eq? @_unknown "FAIL_ON_UNKNOWN_PROPERTIES"))
((method_invocation name: (identifier) @_filter) @signal.type-allowlist
 (#any-of? @_filter "setObjectInputFilter" "createFilter" "allowIfSubType" "allowIfBaseType" "setSerialFilter"))
((method_invocation
   name: (identifier) @_feature
   arguments: (argument_list . [(string_literal) (field_access)] @_name)) @signal.xxe-protection
 (#any-of? @_feature "setFeature" "setAttribute" "setProperty")
 (#match? @_name "disallow-doctype-decl|external-general-entities|FEATURE_SECURE_PROCESSING|ACCESS_EXTERNAL_DTD|SUPPORT_DTD"))
((method_invocation name: (identifier) @_expand arguments: (argument_list (false))) @signal.xxe-protection
 (#eq? @_expand "setExpandEntityReferences"))

; -eval-of-data: a script engine evaluating text
((method_invocation object: (identifier) @_engine name: (identifier) @_eval) @signal.eval-of-data
 (#match? @_engine "[Ee]ngine$")
 (#eq? @_eval "eval"))

; -unbounded-body: a whole request or stream read with no limit
((method_invocation name: (identifier) @_all) @signal.unbounded-body
 (#any-of? @_all "readAllBytes" "toByteArray"))
