; performance-testing: JavaScript (k6, autocannon, benchmark.js, tinybench, vitest bench).
; Presence: a k6 `options` object, bench()/new Bench/new Benchmark.Suite, autocannon, a test
; asserting a duration. Good: thresholds on latency percentiles and request rates, a load
; profile (vus, stages, arrival rate, connections), warm-up and iteration settings. Bad:
; timing by hand with Date.now()/performance.now()/console.time.

; presence: k6 options
((variable_declarator
   name: (identifier) @_options
   value: (object) @_body) @presence
 (#eq? @_options "options")
 (#match? @_body "vus|stages|scenarios|thresholds|iterations|executor"))

; presence: benchmark harnesses
((call_expression
   function: [(identifier) (member_expression)] @_bench
   arguments: (arguments . [(string) (template_string)])) @presence
 (#match? @_bench "^(bench|describe\\.bench|suite\\.add|b\\.add|bench\\.add)$"))

((new_expression
   constructor: [(identifier) (member_expression)] @_cls) @presence
 (#match? @_cls "^(Bench|Benchmark|Benchmark\\.Suite|Suite)$"))

((call_expression
   function: (identifier) @_fn) @presence
 (#match? @_fn "^(autocannon|loadtest|artillery)$"))

;; context shared by all JavaScript packs: tests and benchmarks (the callback of it/test/bench)
((call_expression
   function: [(identifier) (member_expression)] @_test
   arguments: (arguments . [(string) (template_string)])) @context.test
 (#match? @_test "^(it|test|bench|describe|suite\\.add|b\\.add|bench\\.add|Deno\\.test|it\\.(only|skip|each)|test\\.(only|skip|each|prop))$"))

; +load-profile
((pair
   key: [(property_identifier) (string)] @_key) @signal.load-profile
 (#match? @_key "^.?(vus|stages|scenarios|executor|rate|preAllocatedVUs|maxVUs|arrivalRate|rampUp|connections|pipelining|amount|target).?$"))

; +latency-assertion: thresholds on durations, expect(elapsed).toBeLessThan(...)
((pair
   key: [(property_identifier) (string)] @_key
   value: (array) @_rules) @signal.latency-assertion
 (#match? @_key "http_req_duration|iteration_duration|_duration|latency")
 (#match? @_rules "<"))

((call_expression
   function: (member_expression
     object: (call_expression
       function: (identifier) @_expect
       arguments: (arguments . (_) @_measured))
     property: (property_identifier) @_matcher)) @presence @signal.latency-assertion
 (#eq? @_expect "expect")
 (#match? @_measured "[Ee]lapsed|[Dd]uration|[Ll]atency|[Tt]ook|p(50|95|99)|\\.mean|\\.max")
 (#match? @_matcher "^(toBeLessThan|toBeLessThanOrEqual|toBeWithin)$"))

; +throughput-assertion
((pair
   key: [(property_identifier) (string)] @_key
   value: (array) @_rules) @signal.throughput-assertion
 (#match? @_key "http_reqs|iterations|data_received|checks")
 (#match? @_rules "rate *[<>]|count *>"))

((call_expression
   function: (member_expression
     object: (call_expression
       function: (identifier) @_expect
       arguments: (arguments . (_) @_measured))
     property: (property_identifier) @_matcher)) @presence @signal.throughput-assertion
 (#eq? @_expect "expect")
 (#match? @_measured "[Tt]hroughput|[Rr]equests\\.average|[Rr]ps|[Oo]ps|[Hh]z|[Rr]ate")
 (#match? @_matcher "^(toBeGreaterThan|toBeGreaterThanOrEqual)$"))

; +percentiles
((string) @signal.percentiles
 (#match? @signal.percentiles "p\\( *(9[059]|99\\.9|50) *\\)|\\bp(50|90|95|99)\\b"))

((member_expression
   property: (property_identifier) @signal.percentiles)
 (#match? @signal.percentiles "^p(50|75|90|95|97_5|99|999|99_9)$"))

; +warmup
((pair
   key: (property_identifier) @_key) @signal.warmup
 (#match? @_key "^(warmup|warmupIterations|warmupTime|warmUp)$"))

((call_expression
   function: (member_expression
     property: (property_identifier) @_fn)) @signal.warmup
 (#eq? @_fn "warmup"))

; +measurement-config
((pair
   key: (property_identifier) @_key) @signal.measurement-config
 (#match? @_key "^(iterations|time|duration|minSamples|maxTime|minTime|initCount|samples|setup|teardown)$"))

; -hand-timed
((call_expression
   function: (member_expression
     object: (identifier) @_clock
     property: (property_identifier) @_now)) @signal.hand-timed
 (#match? @_clock "^(Date|performance|process\\.hrtime|console)$")
 (#match? @_now "^(now|time|timeEnd|bigint)$"))

((call_expression
   function: (member_expression
     object: (member_expression) @_clock
     property: (property_identifier) @_now)) @signal.hand-timed
 (#eq? @_clock "process.hrtime")
 (#eq? @_now "bigint"))
