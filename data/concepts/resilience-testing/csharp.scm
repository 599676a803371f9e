; C# resilience tests: FsCheck properties ([Property], Prop.ForAll, Gen/Arb generators),
; SharpFuzz fuzz targets, Polly.Simmy / Polly v8 chaos strategies, Toxiproxy.Net faults,
; naughty-string inputs.

(attribute name: (identifier) @_a (#any-of? @_a "Property" "Properties")) @presence
(invocation_expression function: (member_access_expression expression: (identifier) @_r name: (_) @_m)
  (#any-of? @_r "Prop" "Check" "Gen" "Arb")) @presence
(invocation_expression function: (member_access_expression expression: (_) @_r name: (identifier) @_m)
  (#match? @_r "Fuzzer") (#match? @_m "^Run")) @presence @signal.coverage-guided-fuzzing

(invocation_expression function: (member_access_expression expression: (identifier) @_r name: (_) @_m)
  (#any-of? @_r "Gen" "Arb")
  (#not-any-of? @_m "Filter" "Where")) @signal.invalid-input-generator
(attribute_argument (assignment_expression left: (identifier) @_k) (#eq? @_k "Arbitrary")) @signal.invalid-input-generator

((identifier) @signal.malicious-input (#match? @signal.malicious-input "^(NaughtyStrings|Blns|BigListOfNaughtyStrings)$"))
(string_literal (string_literal_content) @_s
  (#match? @_s "(<script|' OR |\\.\\./\\.\\./|%00|\\$\\{jndi:|DROP TABLE)")) @signal.malicious-input

; injected faults: Simmy monkeys, Polly v8 chaos, Toxiproxy toxics
(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#match? @_m "^(Inject(Exception|Fault|Latency|Behaviour|Result)|AddChaos(Fault|Latency|Outcome|Behavior)|Add[A-Za-z]*Toxic|InjectExceptionAsync|InjectLatencyAsync)")) @presence @signal.fault-injected

(attribute_argument (assignment_expression left: (identifier) @_k) (#any-of? @_k "MaxTest" "MaxNbOfTest" "StartSize" "EndSize")) @signal.many-examples
(invocation_expression function: (member_access_expression name: (identifier) @_m) (#any-of? @_m "WithMaxTest" "WithMaxNbOfTest")) @signal.many-examples
(attribute_argument (assignment_expression left: (identifier) @_k) (#eq? @_k "Replay")) @signal.reproducible-seed
(invocation_expression function: (member_access_expression name: (identifier) @_m) (#eq? @_m "WithReplay")) @signal.reproducible-seed

(invocation_expression
  function: (member_access_expression expression: (invocation_expression function: (member_access_expression) @_g) name: (identifier) @_m)
  (#match? @_g "^(Gen|Arb)\\.") (#any-of? @_m "Where" "Filter" "When")) @signal.excessive-filtering
(invocation_expression function: (member_access_expression name: (identifier) @_m) (#eq? @_m "When")
  arguments: (argument_list . (argument) .)) @signal.excessive-filtering
