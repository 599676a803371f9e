; Ruby deserialisation: JSON.parse, YAML.load vs safe_load (permitted_classes), Marshal.load,
; Oj/JSON.load (object creation), max_nesting, eval of data, whole request bodies.

(call receiver: (constant) @_c method: (identifier) @_m
  (#any-of? @_c "JSON" "YAML" "Psych" "Marshal" "Oj" "MultiJson" "Nokogiri" "Hash" "MessagePack")
  (#match? @_m "^(parse|load|safe_load|unsafe_load|load_file|safe_load_file|unsafe_load_file|restore|from_xml|XML|unpack|strict_load)$")) @presence

(call receiver: (constant) @_c method: (identifier) @_m (#any-of? @_c "YAML" "Psych") (#any-of? @_m "load" "unsafe_load" "load_file" "unsafe_load_file" "load_stream")) @signal.unsafe-yaml
(call receiver: (constant) @_c method: (identifier) @_m (#any-of? @_c "YAML" "Psych") (#any-of? @_m "safe_load" "safe_load_file")) @signal.safe-loader
(call receiver: (constant) @_c method: (identifier) @_m (#eq? @_c "Marshal") (#any-of? @_m "load" "restore")) @signal.unsafe-deserializer
(call receiver: (constant) @_c method: (identifier) @_m (#any-of? @_c "JSON" "Oj") (#eq? @_m "load")) @signal.unsafe-deserializer
(pair key: (hash_key_symbol) @_k (#eq? @_k "max_nesting")) @signal.recursion-limit
(pair key: (hash_key_symbol) @_k value: (_) @_v (#eq? @_k "create_additions") (#eq? @_v "true")) @signal.unsafe-deserializer
(pair key: (hash_key_symbol) @_k (#any-of? @_k "permitted_classes" "permitted_symbols")) @signal.type-allowlist
(call method: (identifier) @_m (#any-of? @_m "eval" "instance_eval" "class_eval")
  arguments: (argument_list . (identifier))) @signal.eval-of-data
(call receiver: (_) @_b method: (identifier) @_m (#match? @_b "body$") (#eq? @_m "read")) @signal.unbounded-body
(call receiver: (_) @_r method: (identifier) @_m (#any-of? @_m "permit" "validate!" "call") (#match? @_r "(params|[Ss]chema|[Cc]ontract)")) @signal.schema-validated
