; Scala performance tests: Gatling simulations (injection profiles, assertions on percentiles,
; mean response time and throughput), sbt-jmh benchmarks (@Benchmark, @Warmup, Blackhole),
; ScalaMeter; hand timing with System.nanoTime.

(call_expression function: (identifier) @_f (#any-of? @_f "scenario" "setUp")) @presence
(annotation name: (type_identifier) @_a
  (#any-of? @_a "Benchmark" "State" "BenchmarkMode" "Warmup" "Measurement" "Fork" "OutputTimeUnit")) @presence
(call_expression function: (field_expression value: (identifier) @_s field: (identifier) @_m)
  (#eq? @_s "config") (#eq? @_m "withWarmer")) @presence @signal.warmup

(annotation name: (type_identifier) @_a (#eq? @_a "Warmup")) @signal.warmup
(annotation name: (type_identifier) @_a (#any-of? @_a "Measurement" "Fork" "BenchmarkMode" "OutputTimeUnit")) @signal.measurement-config
(call_expression function: (field_expression field: (identifier) @_m) (#eq? @_m "consume")) @signal.result-consumed
(parameter type: (type_identifier) @_t (#eq? @_t "Blackhole")) @signal.result-consumed

(call_expression function: [(identifier) @_f (field_expression field: (identifier) @_f)]
  (#match? @_f "^(rampUsers|constantUsersPerSec|rampUsersPerSec|atOnceUsers|constantConcurrentUsers|rampConcurrentUsers|stressPeakUsers|incrementUsersPerSec|nothingFor)$")) @signal.load-profile
(call_expression function: (field_expression field: (identifier) @_m) (#match? @_m "^percentile[1-4]?$")) @signal.percentiles
(field_expression field: (identifier) @_m (#match? @_m "^percentile[1-4]$")) @signal.percentiles
(field_expression value: (_) @_v field: (identifier) @_m (#match? @_v "responseTime$") (#any-of? @_m "mean" "max" "percentile" "percentile1" "percentile2" "percentile3" "percentile4" "stdDev")) @signal.latency-assertion
(call_expression function: (field_expression value: (field_expression field: (identifier) @_rt)) (#eq? @_rt "responseTime")) @signal.latency-assertion
(field_expression field: (identifier) @_m (#any-of? @_m "requestsPerSec" "successfulRequests")) @signal.throughput-assertion

(call_expression function: (field_expression value: (identifier) @_s field: (identifier) @_m)
  (#eq? @_s "System") (#any-of? @_m "nanoTime" "currentTimeMillis")) @signal.hand-timed

; benchmarks and tests: hand timing inside them is flagged
((function_definition (annotation name: (type_identifier) @_a)) @context.test
 (#any-of? @_a "Benchmark" "Test"))
((class_definition extend: (extends_clause) @_x) @context.test
 (#match? @_x "(Simulation|Suite|Spec|Bench)"))
