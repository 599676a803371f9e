; Kotlin performance tests: JMH / kotlinx-benchmark annotations and Blackhole, Gatling's
; Kotlin DSL (injection profiles, assertions on percentiles and throughput); hand timing
; with measureTimeMillis or System.nanoTime.

(annotation [(user_type (type_identifier) @_a) (constructor_invocation (user_type (type_identifier) @_a))]
  (#any-of? @_a "Benchmark" "State" "BenchmarkMode" "Warmup" "Measurement" "Fork" "OutputTimeUnit")) @presence
(call_expression (simple_identifier) @_f (#any-of? @_f "scenario" "setUp")) @presence

(annotation (constructor_invocation (user_type (type_identifier) @_a)) (#eq? @_a "Warmup")) @signal.warmup
(annotation (constructor_invocation (user_type (type_identifier) @_a)) (#any-of? @_a "Measurement" "Fork" "BenchmarkMode" "OutputTimeUnit")) @signal.measurement-config
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (#eq? @_m "consume")) @signal.result-consumed
(parameter (user_type (type_identifier) @_t) (#eq? @_t "Blackhole")) @signal.result-consumed

(call_expression [(simple_identifier) @_f (navigation_expression (_) (navigation_suffix (simple_identifier) @_f))]
  (#match? @_f "^(rampUsers|constantUsersPerSec|rampUsersPerSec|atOnceUsers|constantConcurrentUsers|rampConcurrentUsers|stressPeakUsers|incrementUsersPerSec)$")) @signal.load-profile
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (#any-of? @_m "percentile" "percentile1" "percentile2" "percentile3" "percentile4")) @signal.percentiles
(call_expression (navigation_expression (call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_rt))) (navigation_suffix (simple_identifier)))
  (#eq? @_rt "responseTime")) @signal.latency-assertion
(call_expression (navigation_expression (call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_rt))) (navigation_suffix (simple_identifier)))
  (#any-of? @_rt "requestsPerSec" "successfulRequests")) @signal.throughput-assertion

(call_expression (simple_identifier) @_f (#any-of? @_f "measureTimeMillis" "measureNanoTime" "measureTime")) @signal.hand-timed
(call_expression (navigation_expression (simple_identifier) @_s (navigation_suffix (simple_identifier) @_m))
  (#eq? @_s "System") (#any-of? @_m "nanoTime" "currentTimeMillis")) @signal.hand-timed

; benchmarks and tests: hand timing inside them is flagged
((function_declaration (modifiers (annotation [(user_type (type_identifier) @_a) (constructor_invocation (user_type (type_identifier) @_a))]))) @context.test
 (#any-of? @_a "Benchmark" "Test" "ParameterizedTest"))
