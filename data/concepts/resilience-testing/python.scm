; resilience-testing × Python: Hypothesis, atheris fuzzing, toxiproxy, fault injection.

((decorator [(call function: [(identifier) @_given (attribute attribute: (identifier) @_given)]) (identifier) @_given]) @presence
 (#any-of? @_given "given" "rule" "invariant" "initialize"))
((call function: (attribute object: (identifier) @_atheris attribute: (identifier) @_setup)) @presence @signal.coverage-guided-fuzzing
 (#eq? @_atheris "atheris")
 (#any-of? @_setup "Setup" "Fuzz" "instrument_all" "FuzzedDataProvider"))

; +invalid-input-generator: strategies
((call function: (attribute object: (identifier) @_st attribute: (identifier) @_strategy)) @signal.invalid-input-generator
 (#any-of? @_st "st" "strategies" "hst")
 (#not-eq? @_strategy "just"))

; +malicious-input: naughty strings
((call function: [(identifier) @_naughty (attribute attribute: (identifier) @_naughty)]) @presence @signal.malicious-input
 (#any-of? @_naughty "naughty_strings" "blns"))
((identifier) @signal.malicious-input
 (#any-of? @signal.malicious-input "NAUGHTY_STRINGS" "BLNS" "naughty_strings"))

; +fault-injected: toxiproxy toxics, mocked failures raising network errors
((call function: (attribute attribute: (identifier) @_toxic)) @presence @signal.fault-injected
 (#any-of? @_toxic "add_toxic" "create_toxic" "disable" "latency" "timeout_toxic"))
((call function: [(identifier) @_toxiproxy (attribute attribute: (identifier) @_toxiproxy)]) @presence @signal.fault-injected
 (#any-of? @_toxiproxy "Toxiproxy" "ToxiproxyContainer"))
((keyword_argument name: (identifier) @_side value: [(identifier) (call)] @_error) @presence @signal.fault-injected
 (#eq? @_side "side_effect")
 (#match? @_error "(Timeout|ConnectionError|ConnectError|ConnectionRefusedError|ConnectionResetError|OSError)"))

; +many-examples, +reproducible-seed: @settings(max_examples=...), @seed(...)
((keyword_argument name: (identifier) @_max) @signal.many-examples
 (#eq? @_max "max_examples"))
((decorator [(call function: [(identifier) @_seed (attribute attribute: (identifier) @_seed)])]) @signal.reproducible-seed
 (#eq? @_seed "seed"))
((keyword_argument name: (identifier) @_derandomize value: (true)) @signal.reproducible-seed
 (#eq? @_derandomize "derandomize"))

; -excessive-filtering: assume(...) / .filter(...) on strategies
((call function: [(identifier) @_assume (attribute attribute: (identifier) @_assume)]) @signal.excessive-filtering
 (#eq? @_assume "assume"))
