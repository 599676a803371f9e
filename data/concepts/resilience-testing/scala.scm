; Scala resilience tests: ScalaCheck properties (forAll with Gen/Arbitrary, Prop), ScalaTest
; ScalaCheckPropertyChecks, minSuccessful and fixed seeds, naughty strings, Toxiproxy faults,
; Akka/Pekko TestKit fault injection; generators narrowed with suchThat/filter/==>.

(call_expression function: [(identifier) @_f (field_expression value: (identifier) field: (identifier) @_f)]
  (#any-of? @_f "forAll" "forAllNoShrink" "exists" "throws" "check")
  (#any-of? @_f "forAll" "forAllNoShrink")) @presence
(call_expression function: (field_expression value: (identifier) @_g field: (identifier) @_m)
  (#any-of? @_g "Gen" "Arbitrary" "Arb") (#not-any-of? @_m "suchThat")) @presence @signal.invalid-input-generator
(generic_function function: (identifier) @_a (#any-of? @_a "arbitrary")) @signal.invalid-input-generator

((string) @signal.malicious-input (#match? @signal.malicious-input "(<script|' OR |\\.\\./\\.\\./|%00|\\$\\{jndi:|DROP TABLE)"))
((identifier) @signal.malicious-input (#match? @signal.malicious-input "^(naughtyStrings|NaughtyStrings|blns)$"))

(call_expression function: (field_expression value: (call_expression function: (field_expression field: (identifier) @_t)) field: (identifier) @_m)
  (#eq? @_t "toxics") (#any-of? @_m "latency" "timeout" "bandwidth" "resetPeer" "slowClose" "limitData" "slicer")) @presence @signal.fault-injected
(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "failWith" "injectFault" "blackhole")) @presence @signal.fault-injected

(call_expression function: [(identifier) @_f (field_expression field: (identifier) @_f)] (#any-of? @_f "minSuccessful" "withMinSuccessfulTests")) @signal.many-examples
(assignment_expression left: (identifier) @_k (#any-of? @_k "minSuccessful" "minSuccessfulTests")) @signal.many-examples
(call_expression function: (field_expression value: (identifier) @_s field: (identifier) @_m) (#eq? @_s "Seed") (#any-of? @_m "apply" "fromBase64")) @signal.reproducible-seed
(call_expression function: (identifier) @_s (#eq? @_s "Seed")) @signal.reproducible-seed
(call_expression function: (field_expression field: (identifier) @_m) (#eq? @_m "withInitialSeed")) @signal.reproducible-seed

(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "suchThat" "retryUntil")) @signal.excessive-filtering
(infix_expression operator: (operator_identifier) @_o (#eq? @_o "==>")) @signal.excessive-filtering
(call_expression function: (field_expression value: (call_expression function: (field_expression value: (identifier) @_g)) field: (identifier) @_m)
  (#any-of? @_g "Gen" "Arbitrary") (#eq? @_m "filter")) @signal.excessive-filtering
