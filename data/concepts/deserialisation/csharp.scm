; C# deserialisation: System.Text.Json, Newtonsoft.Json, XmlSerializer/XmlReader,
; DataContractSerializer, protobuf MessageParser, and the inherently unsafe BinaryFormatter
; family. Quality comes from depth/size limits, DTD processing off, strict members, binders.

(invocation_expression
  function: (member_access_expression expression: (_) @_r name: [(identifier) @_m (generic_name (identifier) @_m)])
  (#match? @_r "(JsonSerializer|JsonConvert|[sS]erializer|[fF]ormatter|JsonDocument|JsonNode|XDocument|XmlReader|Parser|MessagePackSerializer)$")
  (#match? @_m "^(Deserialize|DeserializeObject|DeserializeAsync|Parse|ParseFrom|ParseJson|ReadObject|Create|Load)(Async)?$")) @presence
(invocation_expression
  function: (member_access_expression name: [(identifier) @_m (generic_name (identifier) @_m)])
  (#match? @_m "^(ReadFromJsonAsync|GetFromJsonAsync)$")) @presence

; formatters that instantiate any type named in the payload
(object_creation_expression
  type: (identifier) @_t
  (#any-of? @_t "BinaryFormatter" "SoapFormatter" "NetDataContractSerializer" "LosFormatter" "ObjectStateFormatter")) @signal.unsafe-deserializer

; Newtonsoft TypeNameHandling other than None: the payload picks the type
(assignment_expression
  left: (identifier) @_p
  right: (member_access_expression expression: (identifier) @_e name: (identifier) @_v)
  (#eq? @_p "TypeNameHandling") (#eq? @_e "TypeNameHandling") (#not-eq? @_v "None")) @signal.default-typing

(assignment_expression left: (identifier) @_p (#any-of? @_p "MaxDepth" "RecursionLimit")) @signal.recursion-limit
(assignment_expression
  left: [(identifier) @_p (member_access_expression name: (identifier) @_p)]
  (#match? @_p "^(MaxRequestBodySize|MaxReceivedMessageSize|MaxCharactersInDocument|MaxCharactersFromEntities|MaxBufferSize|MaxStringContentLength|MaxArrayLength|MaxMessageSize)$")) @signal.size-limit
(attribute name: (identifier) @_a (#any-of? @_a "RequestSizeLimit" "RequestFormLimits")) @signal.size-limit
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "CreateWithLimits" "WithSizeLimit")) @signal.size-limit

(assignment_expression
  left: (identifier) @_p
  right: (member_access_expression expression: (identifier) @_e name: (identifier) @_v)
  (#eq? @_p "DtdProcessing") (#any-of? @_v "Prohibit" "Ignore")) @signal.xxe-protection
(assignment_expression left: (identifier) @_p right: (null_literal) (#eq? @_p "XmlResolver")) @signal.xxe-protection

(assignment_expression
  left: (identifier) @_p
  right: (member_access_expression name: (identifier) @_v)
  (#any-of? @_p "UnmappedMemberHandling" "MissingMemberHandling")
  (#any-of? @_v "Disallow" "Error")) @signal.strict-unknown-fields

(assignment_expression left: (identifier) @_p (#any-of? @_p "SerializationBinder" "Binder" "KnownTypes")) @signal.type-allowlist

(invocation_expression
  function: (member_access_expression expression: (identifier) @_v name: (identifier) @_m)
  (#eq? @_v "Validator") (#match? @_m "^(Try)?Validate(Object)?$")) @signal.schema-validated
(assignment_expression
  left: (identifier) @_p right: (member_access_expression name: (identifier) @_v)
  (#eq? @_p "ValidationType") (#eq? @_v "Schema")) @signal.schema-validated
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "IsValid" "Validate" "ValidateAsync")) @signal.schema-validated

; the whole request body read with no bound
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  (#match? @_m "^ReadToEnd(Async)?$")) @signal.unbounded-body

(invocation_expression
  function: (member_access_expression expression: (identifier) @_s name: (identifier) @_m)
  (#eq? @_s "CSharpScript") (#match? @_m "^(Evaluate|Run)Async$")) @signal.eval-of-data
