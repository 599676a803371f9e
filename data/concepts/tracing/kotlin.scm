; Kotlin tracing and metrics: OpenTelemetry spans (spanBuilder/startSpan/end, makeCurrent().use),
; Micrometer timers, counters and tags. A span must end in finally or `use`.

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "startSpan" "spanBuilder")) @presence
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#eq? @_m "startSpan")) @signal.span-not-ended
(finally_block (statements (call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#eq? @_m "end")) @signal.span-ended-in-finally))
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (#eq? @_m "end")) @mark.span-ended
(call_expression (navigation_expression (call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_mc))) (navigation_suffix (simple_identifier) @_use))
  (#eq? @_mc "makeCurrent") (#eq? @_use "use")) @signal.span-ended-in-finally

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "recordException" "setStatus")) @signal.error-recorded
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "setAttribute" "setAllAttributes" "addEvent")) @signal.span-attributes
(call_expression (navigation_expression (_) @_p (navigation_suffix (simple_identifier) @_m))
  (#match? @_p "([pP]ropagator|textMapPropagator)") (#any-of? @_m "inject" "extract")) @signal.context-propagated

; Micrometer
(call_expression (navigation_expression (simple_identifier) @_t (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_t "Timer" "DistributionSummary" "LongTaskTimer") (#any-of? @_m "builder" "start")) @presence @signal.latency-histogram
(call_expression (navigation_expression (_) @_r (navigation_suffix (simple_identifier) @_m))
  (#match? @_r "([rR]egistry|[tT]imer)$") (#any-of? @_m "timer" "recordCallable" "record" "summary")) @presence @signal.latency-histogram
(call_expression (navigation_expression (simple_identifier) @_t (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_t "Counter" "Gauge") (#eq? @_m "builder")) @presence @signal.metric-recorded
(call_expression (navigation_expression (_) @_r (navigation_suffix (simple_identifier) @_m))
  (#match? @_r "([rR]egistry|[cC]ounter)$") (#any-of? @_m "counter" "increment" "gauge")) @presence @signal.metric-recorded

; a tag value from unbounded data
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (call_suffix (value_arguments . (value_argument (string_literal) @_k)))
  (#any-of? @_m "tag" "tags" "of")
  (#match? @_k "([uU]ser|[cC]ustomer|[oO]rder|[rR]equest|[sS]ession|[aA]ccount)[._]?[iI][dD]|[eE]mail|[pP]ath|[uU]rl")) @signal.unbounded-label
