; resilience-testing: Go (native fuzzing, testing/quick, pgregory.net/rapid, gopter, toxiproxy).
; Good: `func FuzzX(f *testing.F)`, generators of arbitrary input, seeds of malicious input
; (path traversal, script tags, SQL, NUL bytes), a fixed seed, a configured count, injected
; network faults. Bad: generated input filtered away (rapid's Filter, t.Skip in a property).

; presence + coverage-guided-fuzzing: a native fuzz target
((function_declaration
   name: (identifier) @_name
   parameters: (parameter_list
     (parameter_declaration
       type: (pointer_type (qualified_type) @_type)))) @presence @signal.coverage-guided-fuzzing
 (#match? @_name "^Fuzz")
 (#eq? @_type "testing.F"))

; presence + invalid-input-generator: property-based checks and generators
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence @signal.invalid-input-generator
 (#match? @_pkg "^(quick|rapid|gopter|prop|gen|arbitrary)$")
 (#match? @_fn "^(Check|CheckEqual|ForAll|ForAllNoShrink|MakeCheck|Value|NewProperties)$"))

((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @signal.invalid-input-generator
 (#match? @_pkg "^(rapid|gen)$")
 (#match? @_fn "^(String|StringMatching|StringN|SliceOf|SliceOfN|Int|Int64|Uint|Float64|Byte|Bytes|AnyString|Custom|OneOf|Just|Map|Rune|Identifier|UnicodeString|AlphaString)$"))

; +malicious-input: seeds and literals that are known to break parsers
((call_expression
   function: (selector_expression
     operand: (identifier) @_f
     field: (field_identifier) @_add)
   arguments: (argument_list (_) @signal.malicious-input))
 (#eq? @_f "f")
 (#eq? @_add "Add")
 (#match? @signal.malicious-input "\\.\\./|<script|' OR |--|\\\\x00|\\\\u0000|%00|%s%s|\\$\\{|DROP TABLE|\\\\xff|\\\\xef\\\\xbf"))

((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg)) @signal.malicious-input
 (#match? @_pkg "^(naughtystrings|blns)$"))

; +many-examples: quick.Config{MaxCount: n}
((keyed_element
   key: (literal_element (identifier) @_key)) @signal.many-examples
 (#any-of? @_key "MaxCount" "MaxCountScale" "MinSuccessfulTests"))

; +reproducible-seed: rand.NewSource(<constant>), quick.Config{Rand: ...}
((call_expression
   function: (selector_expression
     operand: (identifier) @_rand
     field: (field_identifier) @_fn)
   arguments: (argument_list . (int_literal))) @signal.reproducible-seed
 (#eq? @_rand "rand")
 (#any-of? @_fn "NewSource" "NewPCG" "Seed"))

((keyed_element
   key: (literal_element (identifier) @_key)) @signal.reproducible-seed
 (#any-of? @_key "Rand" "Rng" "Seed"))

; presence + fault-injected: toxiproxy toxics, injected failures
((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)) @presence @signal.fault-injected
 (#match? @_fn "^(AddToxic|UpdateToxic|CreateProxy|NewProxy)$"))

((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence @signal.fault-injected
 (#eq? @_pkg "toxiproxy")
 (#eq? @_fn "NewClient"))

; -excessive-filtering
((call_expression
   function: (selector_expression
     operand: (call_expression
       function: (selector_expression
         operand: (identifier) @_pkg))
     field: (field_identifier) @_filter)) @signal.excessive-filtering
 (#match? @_pkg "^(rapid|gen)$")
 (#any-of? @_filter "Filter" "SuchThat"))
