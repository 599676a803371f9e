; performance-testing × Java: JMH benchmarks, Gatling (Java DSL), JUnit timeouts.

; presence: a JMH benchmark, a Gatling simulation
((marker_annotation name: (identifier) @_bench) @presence
 (#eq? @_bench "Benchmark"))
((method_invocation name: (identifier) @_gatling) @presence
 (#any-of? @_gatling "scenario" "setUp" "injectOpen" "injectClosed"))

; +warmup, +measurement-config
((annotation name: (identifier) @_warmup) @signal.warmup
 (#eq? @_warmup "Warmup"))
((method_invocation name: (identifier) @_warmup) @signal.warmup
 (#any-of? @_warmup "warmupIterations" "warmupTime" "warmupForks"))
((annotation name: (identifier) @_config) @signal.measurement-config
 (#any-of? @_config "Measurement" "Fork" "BenchmarkMode" "OutputTimeUnit" "Threads"))
((method_invocation name: (identifier) @_config) @signal.measurement-config
 (#any-of? @_config "measurementIterations" "measurementTime" "forks" "mode" "timeUnit"))

; +result-consumed: Blackhole
((method_invocation object: (identifier) @_bh name: (identifier) @_consume) @signal.result-consumed
 (#match? @_bh "^(bh|blackhole|blackHole|hole)$")
 (#eq? @_consume "consume"))

; +percentiles
((method_invocation name: (identifier) @_percentile) @signal.percentiles
 (#any-of? @_percentile "percentile" "percentile1" "percentile2" "percentile3" "percentile4" "valueAtPercentile"
  "getValueAtPercentile"))
((field_access object: (identifier) @_mode field: (identifier) @_sample) @signal.percentiles
 (#eq? @_mode "Mode")
 (#eq? @_sample "SampleTime"))

; +latency-assertion: responseTime().max().lt(800), assertTimeout(...)
((method_invocation object: (method_invocation name: (identifier) @_stat) name: (identifier) @_cmp) @signal.latency-assertion
 (#any-of? @_stat "max" "mean" "percentile" "percentile1" "percentile2" "percentile3" "percentile4" "stdDev" "responseTime")
 (#any-of? @_cmp "lt" "lte" "between"))
((method_invocation name: (identifier) @_timeout) @presence @signal.latency-assertion
 (#any-of? @_timeout "assertTimeout" "assertTimeoutPreemptively"))

; +throughput-assertion
((method_invocation object: (method_invocation name: (identifier) @_stat) name: (identifier) @_cmp) @signal.throughput-assertion
 (#any-of? @_stat "requestsPerSec" "successfulRequests" "percent" "count")
 (#any-of? @_cmp "gt" "gte" "is" "between"))

; +load-profile
((method_invocation name: (identifier) @_users) @signal.load-profile
 (#any-of? @_users "rampUsers" "constantUsersPerSec" "rampUsersPerSec" "atOnceUsers" "constantConcurrentUsers"
  "rampConcurrentUsers" "stressPeakUsers"))

; -hand-timed: the wall clock read in a unit test (within test)
((method_invocation object: (identifier) @_system name: (identifier) @_clock) @signal.hand-timed
 (#eq? @_system "System")
 (#any-of? @_clock "nanoTime" "currentTimeMillis"))
((method_declaration (modifiers (marker_annotation name: (identifier) @_test))) @context.test
 (#eq? @_test "Test"))
