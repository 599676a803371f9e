; performance-testing × Python: pytest-benchmark, Locust, pyperf, asv, timeit-based tests.

; presence: a benchmark fixture, a Locust user, a pyperf runner
((function_definition parameters: (parameters (identifier) @_benchmark)) @presence
 (#eq? @_benchmark "benchmark"))
((class_definition superclasses: (argument_list [(identifier) (attribute)] @_user)) @presence
 (#match? @_user "(HttpUser|FastHttpUser|User|TaskSet)$"))
((call function: (attribute object: (identifier) @_pyperf attribute: (identifier) @_runner)) @presence
 (#eq? @_pyperf "pyperf")
 (#eq? @_runner "Runner"))
((function_definition name: (identifier) @_asv) @presence
 (#match? @_asv "^(time|mem|peakmem|track)_"))

; +result-consumed: benchmark(fn) returns the result and it is used
((assignment right: (call function: [(identifier) @_benchmark (attribute object: (identifier) @_benchmark)])) @signal.result-consumed
 (#eq? @_benchmark "benchmark"))

; +measurement-config, +warmup
((call function: (attribute object: (identifier) @_benchmark attribute: (identifier) @_pedantic)) @signal.measurement-config
 (#eq? @_benchmark "benchmark")
 (#eq? @_pedantic "pedantic"))
((keyword_argument name: (identifier) @_config) @signal.measurement-config
 (#any-of? @_config "rounds" "iterations" "min_rounds" "processes" "loops"))
((keyword_argument name: (identifier) @_warmup) @signal.warmup
 (#any-of? @_warmup "warmup_rounds" "warmup" "warmups"))

; +percentiles
((call function: (attribute attribute: (identifier) @_percentile)) @signal.percentiles
 (#any-of? @_percentile "percentile" "quantile" "quantiles" "get_response_time_percentile"))
((subscript value: (attribute attribute: (identifier) @_stats)) @signal.percentiles
 (#any-of? @_stats "percentiles" "quantiles"))

; +latency-assertion / +throughput-assertion: assert on the stats
((assert_statement) @_assert @signal.latency-assertion
 (#match? @_assert "stats|latency|elapsed|duration|response_time|\\.mean|\\.max|p9[59]"))
((assert_statement) @_assert @signal.throughput-assertion
 (#match? @_assert "rps|throughput|per_second|ops"))

; +load-profile: Locust wait_time, tasks, LoadTestShape
((assignment left: (identifier) @_wait) @signal.load-profile
 (#any-of? @_wait "wait_time" "spawn_rate" "tasks"))
((decorator [(identifier) @_task (call function: [(identifier) @_task (attribute attribute: (identifier) @_task)])]) @signal.load-profile
 (#eq? @_task "task"))

; -hand-timed: time.time()/perf_counter() in a test function (within test)
((call function: (attribute object: (identifier) @_time attribute: (identifier) @_clock)) @signal.hand-timed
 (#eq? @_time "time")
 (#any-of? @_clock "time" "perf_counter" "monotonic"))
((function_definition name: (identifier) @_test) @context.test
 (#match? @_test "^test_"))
