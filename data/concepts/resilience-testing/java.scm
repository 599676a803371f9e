; resilience-testing × Java: jqwik / junit-quickcheck properties, Jazzer fuzzing, Toxiproxy.

; presence: property tests, fuzz targets, fault proxies
((marker_annotation name: (identifier) @_property) @presence
 (#any-of? @_property "Property" "FuzzTest" "Provide" "Example"))
((annotation name: (identifier) @_property) @presence
 (#any-of? @_property "Property" "From" "ForAll"))
((object_creation_expression type: (type_identifier) @_toxi) @presence @signal.fault-injected
 (#any-of? @_toxi "ToxiproxyClient" "ToxiproxyContainer" "ChaosMonkey"))

; +invalid-input-generator: jqwik arbitraries
((method_invocation object: (identifier) @_arbitraries) @presence @signal.invalid-input-generator
 (#any-of? @_arbitraries "Arbitraries" "Combinators" "Gen"))

; +malicious-input: naughty strings
((method_invocation object: (identifier) @_naughty) @signal.malicious-input
 (#any-of? @_naughty "NaughtyStrings" "Blns" "BLNS"))

; +fault-injected: toxics, disabled proxies
((method_invocation object: (method_invocation name: (identifier) @_toxics) name: (identifier) @_toxic) @presence @signal.fault-injected
 (#eq? @_toxics "toxics")
 (#any-of? @_toxic "latency" "timeout" "bandwidth" "resetPeer" "slowClose" "limitData" "slicer"))

; +coverage-guided-fuzzing
((marker_annotation name: (identifier) @_fuzz) @signal.coverage-guided-fuzzing
 (#eq? @_fuzz "FuzzTest"))
((method_declaration name: (identifier) @_fuzz) @presence @signal.coverage-guided-fuzzing
 (#eq? @_fuzz "fuzzerTestOneInput"))

; +many-examples, +reproducible-seed: @Property(tries = 10000, seed = "42")
((element_value_pair key: (identifier) @_tries) @signal.many-examples
 (#any-of? @_tries "tries" "trials" "maxDiscardRatio"))
((element_value_pair key: (identifier) @_seed) @signal.reproducible-seed
 (#eq? @_seed "seed"))

; -excessive-filtering: Assume / filter on generated input
((method_invocation object: (identifier) @_assume name: (identifier) @_that) @signal.excessive-filtering
 (#any-of? @_assume "Assume" "Assumptions")
 (#any-of? @_that "that" "assumeTrue" "assumeThat"))
