; C# performance tests: BenchmarkDotNet ([Benchmark], jobs, diagnosers, percentiles) and
; NBomber load scenarios (simulations, latency/RPS assertions). A Stopwatch in a test is
; hand-timing.

(attribute name: (identifier) @_a
  (#any-of? @_a "Benchmark" "SimpleJob" "ShortRunJob" "MediumRunJob" "LongRunJob" "MemoryDiagnoser" "Config")) @presence
(invocation_expression function: (member_access_expression expression: (identifier) @_r name: (_) @_m)
  (#any-of? @_r "BenchmarkRunner" "BenchmarkSwitcher" "NBomberRunner" "Scenario")
  (#match? @_m "^(Run|RegisterScenarios|Create|FromAssembly)")) @presence

(attribute name: (identifier) @_a (#any-of? @_a "WarmupCount" "MinWarmupCount")) @signal.warmup
(attribute_argument (assignment_expression left: (identifier) @_k) (#match? @_k "^[wW]armupCount$")) @signal.warmup
(attribute_argument . (identifier) @_k (#match? @_k "^[wW]armupCount$")) @signal.warmup
(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "WithWarmupCount" "WithWarmUpDuration" "WithWarmupDuration")) @signal.warmup

(attribute name: (identifier) @_a
  (#any-of? @_a "IterationCount" "InvocationCount" "IterationTime" "MaxIterationCount")) @signal.measurement-config
(attribute_argument . (identifier) @_k (#match? @_k "^(iterationCount|invocationCount|launchCount|IterationCount|InvocationCount|LaunchCount)$")) @signal.measurement-config
(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "WithIterationCount" "WithInvocationCount" "WithLaunchCount" "WithDuration")) @signal.measurement-config

(member_access_expression expression: (identifier) @_c name: (identifier) @_m
  (#eq? @_c "StatisticColumn") (#match? @_m "^P[0-9]+$")) @signal.percentiles
(attribute name: (identifier) @_a (#match? @_a "^(Percentiles|P95|P99)")) @signal.percentiles
(member_access_expression name: (identifier) @_m (#match? @_m "^(Percent(50|75|95|99)|P95|P99)$")) @signal.percentiles

(invocation_expression function: (member_access_expression expression: (identifier) @_c name: (identifier) @_m)
  (#eq? @_c "Simulation") (#match? @_m "^(Inject|KeepConstant|RampingInject|RampingConstant|InjectRandom)$")) @signal.load-profile
(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#eq? @_m "WithLoadSimulations")) @signal.load-profile

; assertions on latency or throughput in the test
(invocation_expression
  function: (member_access_expression expression: (identifier) @_a name: (identifier) @_m)
  arguments: (argument_list (argument) @_c)
  (#eq? @_a "Assert") (#match? @_m "^(True|That|InRange|Less|LessOrEqual)$")
  (#match? @_c "([lL]atency|Percent[0-9]+|[mM]ean|[dD]uration|Elapsed|Ms\\b|P9[59])")) @signal.latency-assertion
(invocation_expression
  function: (member_access_expression expression: (identifier) @_a name: (identifier) @_m)
  arguments: (argument_list (argument) @_c)
  (#eq? @_a "Assert") (#match? @_m "^(True|That|InRange|Greater|GreaterOrEqual)$")
  (#match? @_c "([rR]ps|RPS|[tT]hroughput|[rR]equestsPerSecond|OkCount)")) @signal.throughput-assertion

; a benchmark that returns its result lets the harness consume it
(method_declaration (attribute_list (attribute name: (identifier) @_a)) returns: (_) @_r
  (#eq? @_a "Benchmark") (#not-eq? @_r "void")) @signal.result-consumed
(invocation_expression function: (member_access_expression name: (identifier) @_m) (#eq? @_m "Consume")) @signal.result-consumed

(invocation_expression function: (member_access_expression expression: (identifier) @_s name: (identifier) @_m)
  (#eq? @_s "Stopwatch") (#eq? @_m "StartNew")) @signal.hand-timed
(member_access_expression expression: (identifier) @_s name: (identifier) @_m
  (#eq? @_s "DateTime") (#match? @_m "^(Now|UtcNow)$")) @signal.hand-timed

; benchmarks and tests: hand timing inside them is flagged
((method_declaration (attribute_list (attribute name: (identifier) @_a))) @context.test
 (#any-of? @_a "Benchmark" "Fact" "Theory" "Test" "TestMethod" "TestCase"))
