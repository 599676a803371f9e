; tracing: JavaScript (@opentelemetry/api, prom-client).
; A span starts at tracer.startSpan / startActiveSpan; a metric is a prom-client constructor.
; Good: span.end() in a finally block, propagation.inject/extract, recordException and an
; ERROR status, attributes, histograms/summaries and timers. Bad: a span started and dropped
; (the call's result is not kept), label values from ids, paths or user input. A plain
; variable named `span` is not tracing: only calls on a tracer or a metric count.

; presence: spans
((call_expression
   function: (member_expression
     object: (_) @_tracer
     property: (property_identifier) @_start)) @presence
 (#match? @_tracer "[Tt]racer(\\(.*\\))?$")
 (#any-of? @_start "startSpan" "startActiveSpan"))

((call_expression
   function: (member_expression
     object: (identifier) @_trace
     property: (property_identifier) @_fn)) @presence
 (#eq? @_trace "trace")
 (#any-of? @_fn "getActiveSpan" "getSpan" "getTracer"))

; presence: prom-client metrics
((new_expression
   constructor: [(identifier) (member_expression)] @_metric) @presence
 (#match? @_metric "^((client|prom|promClient|Prometheus)\\.)?(Counter|Gauge|Histogram|Summary)$"))

; +span-ended-in-finally
((finally_clause
   body: (statement_block
     (expression_statement
       (call_expression
         function: (member_expression
           object: (_) @_span
           property: (property_identifier) @_end)) @signal.span-ended-in-finally)))
 (#match? @_span "[Ss]pan$")
 (#eq? @_end "end"))

; -span-not-ended: a span started here (dropped unless span-ended fired in the region)
((call_expression
   function: (member_expression
     object: (_) @_tracer
     property: (property_identifier) @_start)) @signal.span-not-ended
 (#match? @_tracer "[Tt]racer(\\(.*\\))?$")
 (#eq? @_start "startSpan"))

; span-ended (mark): span.end() anywhere in the region
((call_expression
   function: (member_expression
     object: (_) @_span
     property: (property_identifier) @_end)) @mark.span-ended
 (#match? @_span "[Ss]pan$")
 (#eq? @_end "end"))

; +context-propagated
((call_expression
   function: (member_expression
     object: (identifier) @_prop
     property: (property_identifier) @_fn)) @signal.context-propagated
 (#match? @_prop "^(propagation|propagator|api\\.propagation)$")
 (#any-of? @_fn "inject" "extract"))

; +error-recorded
((call_expression
   function: (member_expression
     property: (property_identifier) @_fn)) @signal.error-recorded
 (#eq? @_fn "recordException"))

((call_expression
   function: (member_expression
     property: (property_identifier) @_fn)
   arguments: (arguments (object) @_status)) @signal.error-recorded
 (#eq? @_fn "setStatus")
 (#match? @_status "SpanStatusCode\\.ERROR|code: *2"))

; +span-attributes
((call_expression
   function: (member_expression
     object: (_) @_span
     property: (property_identifier) @_fn)) @signal.span-attributes
 (#match? @_span "[Ss]pan$")
 (#any-of? @_fn "setAttribute" "setAttributes" "addEvent"))

; +latency-histogram
((new_expression
   constructor: [(identifier) (member_expression)] @_metric) @signal.latency-histogram
 (#match? @_metric "^((client|prom|promClient|Prometheus)\\.)?(Histogram|Summary)$"))

((call_expression
   function: (member_expression
     property: (property_identifier) @_fn)) @signal.latency-histogram
 (#eq? @_fn "startTimer"))

((call_expression
   function: (member_expression
     object: (_) @_metric
     property: (property_identifier) @_fn)) @signal.latency-histogram
 (#match? @_metric "[Hh]istogram|[Ss]ummary|[Dd]uration|[Ll]atency")
 (#eq? @_fn "observe"))

; +metric-recorded
((new_expression
   constructor: [(identifier) (member_expression)] @_metric) @signal.metric-recorded
 (#match? @_metric "^((client|prom|promClient|Prometheus)\\.)?(Counter|Gauge)$"))

((call_expression
   function: (member_expression
     object: (_) @_metric
     property: (property_identifier) @_fn)) @signal.metric-recorded
 (#match? @_metric "[Cc]ounter|[Gg]auge|[Tt]otal$|\\.labels\\(")
 (#any-of? @_fn "inc" "dec" "set"))

; -unbounded-label: label values from request data or ids
((call_expression
   function: (member_expression
     property: (property_identifier) @_fn)
   arguments: (arguments
     [(identifier) (member_expression) (call_expression)] @signal.unbounded-label))
 (#eq? @_fn "labels")
 (#match? @signal.unbounded-label "([Ii]d|ID|[Uu]ser|[Ee]mail|[Uu]rl|URL|[Pp]ath|originalUrl|[Qq]uery|[Ss]ession|[Tt]oken)$|^req\\.(params|query|body|headers)"))

((call_expression
   function: (member_expression
     object: (_) @_metric
     property: (property_identifier) @_fn)
   arguments: (arguments
     (object
       (pair
         value: [(identifier) (member_expression)] @signal.unbounded-label))))
 (#match? @_metric "[Cc]ounter|[Gg]auge|[Hh]istogram|[Ss]ummary|[Tt]otal$|[Dd]uration|[Ll]atency")
 (#any-of? @_fn "inc" "dec" "set" "observe" "labels" "startTimer")
 (#match? @signal.unbounded-label "([Ii]d|ID|[Uu]ser|[Ee]mail|[Uu]rl|URL|[Pp]ath|originalUrl|[Qq]uery|[Ss]ession|[Tt]oken)$|^req\\.(params|query|body|headers)"))
