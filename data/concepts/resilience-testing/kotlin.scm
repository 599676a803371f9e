; Kotlin resilience tests: Kotest property tests (checkAll/forAll with Arb generators,
; PropTestConfig iterations and seed), jqwik, Jazzer fuzz targets, Toxiproxy faults,
; naughty-string inputs; generators narrowed with filter/assume.

(call_expression (simple_identifier) @_f (#any-of? @_f "checkAll" "forAll" "checkAllSuspend" "forNone")) @presence
(annotation [(user_type (type_identifier) @_a) (constructor_invocation (user_type (type_identifier) @_a))] (#any-of? @_a "Property" "FuzzTest" "ForAll")) @presence

(call_expression (navigation_expression (simple_identifier) @_a (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_a "Arb" "Exhaustive" "Arbitraries") (#not-any-of? @_m "filter")) @signal.invalid-input-generator
(annotation (user_type (type_identifier) @_a) (#eq? @_a "ForAll")) @signal.invalid-input-generator

((string_literal) @signal.malicious-input (#match? @signal.malicious-input "(<script|' OR |\\.\\./\\.\\./|%00|\\$\\{jndi:|DROP TABLE)"))
((simple_identifier) @signal.malicious-input (#match? @signal.malicious-input "^(naughtyStrings|NaughtyStrings|blns)$"))

(call_expression (navigation_expression (call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_t))) (navigation_suffix (simple_identifier) @_m))
  (#eq? @_t "toxics") (#any-of? @_m "latency" "timeout" "bandwidth" "resetPeer" "slowClose" "limitData" "slicer")) @presence @signal.fault-injected

(parameter (user_type (type_identifier) @_t) (#eq? @_t "FuzzedDataProvider")) @presence @signal.coverage-guided-fuzzing
(annotation (user_type (type_identifier) @_a) (#eq? @_a "FuzzTest")) @signal.coverage-guided-fuzzing

(value_argument (simple_identifier) @_k (#any-of? @_k "iterations" "tries" "minSuccess")) @signal.many-examples
(value_argument (simple_identifier) @_k (#eq? @_k "seed")) @signal.reproducible-seed

(call_expression (navigation_expression (call_expression (navigation_expression (simple_identifier) @_a)) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_a "Arb" "Arbitraries") (#any-of? @_m "filter" "filterNot")) @signal.excessive-filtering
(call_expression (simple_identifier) @_f (#any-of? @_f "assume" "assumeTrue")) @signal.excessive-filtering
