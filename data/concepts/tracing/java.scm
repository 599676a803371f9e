; tracing × Java: OpenTelemetry / OpenTracing / Brave spans, Micrometer / Prometheus metrics.

; presence: spans started, traced annotations, metrics created
((method_invocation name: (identifier) @_start) @presence
 (#any-of? @_start "spanBuilder" "startSpan" "buildSpan" "nextSpan" "startScopedSpan" "newTrace"))
((marker_annotation name: (identifier) @_traced) @presence
 (#any-of? @_traced "WithSpan" "NewSpan" "Traced" "Timed" "Counted"))
((method_invocation object: (identifier) @_registry name: (identifier) @_metric) @presence
 (#any-of? @_metric "counter" "timer" "summary" "gauge" "histogram")
 (#match? @_registry "([Rr]egistry|[Mm]eter|[Mm]etrics)$"))
((method_invocation object: (identifier) @_type name: (identifier) @_builder) @presence
 (#any-of? @_type "Counter" "Timer" "DistributionSummary" "Gauge" "Histogram" "Summary" "LongTaskTimer")
 (#any-of? @_builder "builder" "build"))

; a span is ended somewhere in the region (cancels -span-not-ended)
((method_invocation name: (identifier) @_end) @mark.span-ended
 (#any-of? @_end "end" "finish"))

; +span-ended-in-finally
(finally_clause
  (block
    (expression_statement
      ((method_invocation name: (identifier) @_end) @signal.span-ended-in-finally
       (#any-of? @_end "end" "finish")))))

; -span-not-ended (unless span-ended)
((method_invocation name: (identifier) @_start) @signal.span-not-ended
 (#eq? @_start "startSpan"))

; +context-propagated: propagator inject/extract
((method_invocation name: (identifier) @_propagate) @signal.context-propagated
 (#any-of? @_propagate "inject" "extract" "getTextMapPropagator"))

; +error-recorded, +span-attributes
((method_invocation object: (identifier) @_span name: (identifier) @_record) @signal.error-recorded
 (#any-of? @_record "recordException" "setStatus" "error")
 (#match? @_span "[Ss]pan$"))
((method_invocation object: (identifier) @_span name: (identifier) @_set) @signal.span-attributes
 (#any-of? @_set "setAttribute" "setAllAttributes" "setTag" "tag" "addEvent")
 (#match? @_span "[Ss]pan$"))

; +latency-histogram: timers, histograms, percentiles
((method_invocation name: (identifier) @_timer) @signal.latency-histogram
 (#any-of? @_timer "timer" "publishPercentileHistogram" "publishPercentiles" "serviceLevelObjectives" "recordCallable" "startTimer"))
((method_invocation object: (identifier) @_type name: (identifier) @_builder) @signal.latency-histogram
 (#any-of? @_type "Timer" "Histogram" "LongTaskTimer")
 (#any-of? @_builder "builder" "build" "start"))

; +metric-recorded
((method_invocation name: (identifier) @_inc) @signal.metric-recorded
 (#any-of? @_inc "increment" "inc" "counter"))

; -unbounded-label: a metric tag whose value is an id or raw user input
((method_invocation
   name: (identifier) @_tag
   arguments: (argument_list . (string_literal) @_key . (_))) @signal.unbounded-label
 (#any-of? @_tag "tag" "tags" "of" "labels")
 (#match? @_key "[Ii]d\"$|_id\"$|\"(email|url|path|query|user|ip)\""))
