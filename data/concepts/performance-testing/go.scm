; performance-testing: Go (testing.B benchmarks, vegeta load tests, latency assertions in tests).
; A benchmark is `func BenchmarkX(b *testing.B)`. Good: b.ReportAllocs/SetBytes/ReportMetric,
; b.ResetTimer after set-up, results kept in a sink, percentiles, latency asserted with
; t.Error/t.Fatal, a vegeta rate. Bad: timing by hand with time.Now/time.Since.

; presence: a Go benchmark
((function_declaration
   name: (identifier) @_name
   parameters: (parameter_list
     (parameter_declaration
       type: (pointer_type (qualified_type) @_type)))) @presence
 (#match? @_name "^Benchmark")
 (#eq? @_type "testing.B"))

; presence: vegeta / testing.Benchmark
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence
 (#match? @_pkg "^(vegeta|testing)$")
 (#match? @_fn "^(NewAttacker|NewStaticTargeter|Benchmark)$"))

;; context shared by all Go packs: a test, benchmark or fuzz function
((function_declaration
   name: (identifier) @_name
   parameters: (parameter_list
     (parameter_declaration
       type: (pointer_type (qualified_type) @_type)))) @context.test
 (#match? @_name "^(Test|Benchmark|Fuzz|Example)")
 (#match? @_type "^testing\\.(T|B|F)$"))

; +measurement-config
((call_expression
   function: (selector_expression
     operand: (identifier) @_b
     field: (field_identifier) @_fn)) @signal.measurement-config
 (#eq? @_b "b")
 (#any-of? @_fn "ReportAllocs" "SetBytes" "ReportMetric" "SetParallelism"))

; +warmup: set-up excluded from the measurement
((call_expression
   function: (selector_expression
     operand: (identifier) @_b
     field: (field_identifier) @_fn)) @signal.warmup
 (#eq? @_b "b")
 (#any-of? @_fn "ResetTimer" "StopTimer" "StartTimer"))

; +result-consumed: results kept in a sink so the compiler cannot drop the work
((assignment_statement
   left: (expression_list (identifier) @_sink)) @signal.result-consumed
 (#match? @_sink "^_?[a-z]*[Ss]ink$|^(result|Result|benchResult|gResult)$"))

((call_expression
   function: (selector_expression
     operand: (identifier) @_rt
     field: (field_identifier) @_fn)) @signal.result-consumed
 (#eq? @_rt "runtime")
 (#eq? @_fn "KeepAlive"))

; +percentiles
((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)
   arguments: (argument_list (_) @_unit)) @signal.percentiles
 (#eq? @_fn "ReportMetric")
 (#match? @_unit "p(50|90|95|99|999)"))

((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)) @signal.percentiles
 (#match? @_fn "^(Percentile|Quantile|ValueAtQuantile|ValueAtPercentile)$"))

((selector_expression
   field: (field_identifier) @signal.percentiles)
 (#match? @signal.percentiles "^P(50|90|95|99|999)$"))

; presence + latency-assertion: if elapsed > limit { t.Errorf(...) }
((if_statement
   condition: (binary_expression
     left: (_) @_measured
     operator: [">" ">="])
   consequence: (block
     (expression_statement
       (call_expression
         function: (selector_expression
           operand: (identifier) @_t
           field: (field_identifier) @_fail))))) @presence @signal.latency-assertion
 (#match? @_measured "[Ee]lapsed|[Ll]atency|[Dd]uration|[Tt]ook|time\\.Since|P(50|95|99)")
 (#match? @_t "^(t|b)$")
 (#match? @_fail "^(Error|Errorf|Fatal|Fatalf|Fail|FailNow)$"))

; presence + throughput-assertion: if rate < floor { t.Errorf(...) }
((if_statement
   condition: (binary_expression
     left: (_) @_measured
     operator: ["<" "<="])
   consequence: (block
     (expression_statement
       (call_expression
         function: (selector_expression
           operand: (identifier) @_t
           field: (field_identifier) @_fail))))) @presence @signal.throughput-assertion
 (#match? @_measured "[Tt]hroughput|[Rr]ps|[Qq]ps|[Oo]ps[Pp]er|[Rr]ate|PerSecond")
 (#match? @_t "^(t|b)$")
 (#match? @_fail "^(Error|Errorf|Fatal|Fatalf|Fail|FailNow)$"))

; +load-profile: vegeta.Rate{Freq: n, Per: d}, ConstantPacer, LinearPacer
((composite_literal
   type: (qualified_type) @_type) @signal.load-profile
 (#match? @_type "^vegeta\\.(Rate|ConstantPacer|LinearPacer|SinePacer)$"))

; -hand-timed: wall-clock timing instead of the harness
((call_expression
   function: (selector_expression
     operand: (identifier) @_time
     field: (field_identifier) @_fn)) @signal.hand-timed
 (#eq? @_time "time")
 (#eq? @_fn "Since"))
