; Scala tracing and metrics: OpenTelemetry spans, Kamon spans and metrics, Micrometer/
; Prometheus timers and counters. Spans must be finished in finally (or Kamon's span {}).

(call_expression function: (field_expression field: (identifier) @_m)
  (#any-of? @_m "startSpan" "spanBuilder" "spanBuilder" "start")
  (#any-of? @_m "startSpan" "spanBuilder")) @presence
(call_expression function: (field_expression value: (identifier) @_k field: (identifier) @_m)
  (#eq? @_k "Kamon") (#any-of? @_m "spanBuilder" "serverSpanBuilder" "clientSpanBuilder" "runWithSpan" "span")) @presence
(call_expression function: (field_expression field: (identifier) @_m) (#eq? @_m "startSpan")) @signal.span-not-ended
(finally_clause (block (call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "end" "finish")) @signal.span-ended-in-finally))
(finally_clause (call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "end" "finish")) @signal.span-ended-in-finally)
(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "end" "finish")) @mark.span-ended
(call_expression function: (field_expression value: (identifier) @_k field: (identifier) @_m) (#eq? @_k "Kamon") (#any-of? @_m "runWithSpan" "span")) @signal.span-ended-in-finally @mark.span-ended

(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "recordException" "setStatus" "fail")) @signal.error-recorded
(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "setAttribute" "tag" "tagMetrics")) @signal.span-attributes
(call_expression function: (field_expression value: (_) @_p field: (identifier) @_m)
  (#match? @_p "([pP]ropagator|[pP]ropagation)") (#any-of? @_m "inject" "extract" "write" "read")) @signal.context-propagated

(call_expression function: (field_expression value: (_) @_r field: (identifier) @_m)
  (#match? @_r "^(Kamon|Timer|Histogram|DistributionSummary|[a-zA-Z]*[rR]egistry)$") (#any-of? @_m "timer" "histogram" "builder" "rangeSampler" "summary")) @presence @signal.latency-histogram
(call_expression function: (field_expression value: (_) @_r field: (identifier) @_m)
  (#match? @_r "^(Kamon|Counter|Gauge|[a-zA-Z]*[rR]egistry)$") (#any-of? @_m "counter" "gauge")) @presence @signal.metric-recorded
(call_expression function: (field_expression value: (_) @_r field: (identifier) @_m)
  (#match? @_r "([cC]ounter|[gG]auge)$") (#any-of? @_m "increment" "inc" "update")) @presence @signal.metric-recorded

(call_expression function: (field_expression field: (identifier) @_m)
  arguments: (arguments . (string) @_k)
  (#any-of? @_m "withTag" "tag" "labels" "of")
  (#match? @_k "([uU]ser|[cC]ustomer|[oO]rder|[rR]equest|[sS]ession|[aA]ccount)[._]?[iI][dD]|[eE]mail|[pP]ath|[uU]rl")) @signal.unbounded-label
