; tracing × Python: OpenTelemetry, ddtrace, prometheus_client, statsd.

((call function: (attribute attribute: (identifier) @_start)) @presence
 (#any-of? @_start "start_as_current_span" "start_span" "trace" "start_active_span"))
((call function: [(identifier) @_metric (attribute attribute: (identifier) @_metric)]) @presence
 (#any-of? @_metric "Counter" "Histogram" "Summary" "Gauge" "create_counter" "create_histogram" "timing" "incr"))

; +span-ended-in-finally: with tracer.start_as_current_span(...) / span.end() in finally
((with_statement
   (with_clause
     (with_item value: [(call function: (attribute attribute: (identifier) @_start))
                        (as_pattern (call function: (attribute attribute: (identifier) @_start)))]))) @signal.span-ended-in-finally @mark.span-ended
 (#any-of? @_start "start_as_current_span" "start_span" "trace" "start_active_span"))
(finally_clause
  (block (expression_statement ((call function: (attribute attribute: (identifier) @_end)) @signal.span-ended-in-finally
                                (#any-of? @_end "end" "finish")))))
((call function: (attribute attribute: (identifier) @_end)) @mark.span-ended
 (#any-of? @_end "end" "finish"))

; -span-not-ended: start_span(...) outside a with, never ended (unless span-ended)
((assignment right: (call function: (attribute attribute: (identifier) @_start)) @signal.span-not-ended)
 (#eq? @_start "start_span"))

; +context-propagated
((call function: [(identifier) @_propagate (attribute attribute: (identifier) @_propagate)]) @signal.context-propagated
 (#any-of? @_propagate "inject" "extract" "attach"))

; +error-recorded, +span-attributes
((call function: (attribute object: (identifier) @_span attribute: (identifier) @_record)) @signal.error-recorded
 (#match? @_span "span$")
 (#any-of? @_record "record_exception" "set_status" "set_exc_info"))
((call function: (attribute object: (identifier) @_span attribute: (identifier) @_set)) @signal.span-attributes
 (#match? @_span "span$")
 (#any-of? @_set "set_attribute" "set_attributes" "set_tag" "add_event"))

; +latency-histogram, +metric-recorded
((call function: [(identifier) @_metric (attribute attribute: (identifier) @_metric)]) @signal.latency-histogram
 (#any-of? @_metric "Histogram" "Summary" "create_histogram" "timing" "time" "observe"))
((call function: (attribute attribute: (identifier) @_inc)) @signal.metric-recorded
 (#any-of? @_inc "inc" "add" "incr" "increment"))

; -unbounded-label: .labels(user_id=...) or labels(request.path)
((call
   function: (attribute attribute: (identifier) @_labels)
   arguments: (argument_list [(keyword_argument name: (identifier) @_key) (identifier) @_key (attribute attribute: (identifier) @_key)])) @signal.unbounded-label
 (#eq? @_labels "labels")
 (#match? @_key "_id$|^(id|email|url|path|query|user|ip)$"))
