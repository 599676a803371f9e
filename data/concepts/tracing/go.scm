; tracing: Go (OpenTelemetry spans, Prometheus client metrics).
; A span starts at tracer.Start(ctx, "name") (otel.Tracer(..).Start too) or is taken from the
; context; a metric is a prometheus/promauto constructor or a recording on a vector. A plain
; variable named `span` is not tracing: only calls on a tracer or the trace package count.

; presence: span started
((call_expression
   function: (selector_expression
     operand: (_) @_tracer
     field: (field_identifier) @_start)
   arguments: (argument_list . (_) . (_))) @presence
 (#match? @_tracer "[Tt]racer(\\(.*\\))?$")
 (#eq? @_start "Start"))

((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence
 (#eq? @_pkg "trace")
 (#any-of? @_fn "SpanFromContext" "ContextWithSpan"))

; presence: Prometheus metrics
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence
 (#any-of? @_pkg "prometheus" "promauto")
 (#match? @_fn "^New(Counter|Gauge|Histogram|Summary)(Vec)?$|^NewTimer$"))

; +span-ended-in-finally: defer span.End()
(defer_statement
  (call_expression
    function: (selector_expression
      field: (field_identifier) @_end)) @signal.span-ended-in-finally
  (#eq? @_end "End"))

; -span-not-ended: a span started in this region (dropped unless span-ended fired here)
((short_var_declaration
   right: (expression_list
     (call_expression
       function: (selector_expression
         operand: (_) @_tracer
         field: (field_identifier) @_start)
       arguments: (argument_list . (_) . (_))) @signal.span-not-ended))
 (#match? @_tracer "[Tt]racer(\\(.*\\))?$")
 (#eq? @_start "Start"))

; span-ended (mark): span.End() anywhere in the region
((call_expression
   function: (selector_expression
     operand: (identifier) @_span
     field: (field_identifier) @_end)) @mark.span-ended
 (#match? @_span "[Ss]pan$")
 (#eq? @_end "End"))

; -span-not-ended: the span returned by Start is thrown away, so nothing can end it
((short_var_declaration
   left: (expression_list (_) (identifier) @_blank .)
   right: (expression_list
     (call_expression
       function: (selector_expression
         operand: (_) @_tracer
         field: (field_identifier) @_start)) @signal.span-not-ended))
 (#eq? @_blank "_")
 (#match? @_tracer "[Tt]racer(\\(.*\\))?$")
 (#eq? @_start "Start"))

((assignment_statement
   left: (expression_list (_) (identifier) @_blank .)
   right: (expression_list
     (call_expression
       function: (selector_expression
         operand: (_) @_tracer
         field: (field_identifier) @_start)) @signal.span-not-ended))
 (#eq? @_blank "_")
 (#match? @_tracer "[Tt]racer(\\(.*\\))?$")
 (#eq? @_start "Start"))

; +context-propagated: propagator Inject/Extract, header carriers, otelhttp wrappers
((call_expression
   function: (selector_expression
     operand: (_) @_prop
     field: (field_identifier) @_fn)) @signal.context-propagated
 (#match? @_prop "[Pp]ropagator")
 (#any-of? @_fn "Inject" "Extract"))

((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @signal.context-propagated
 (#any-of? @_pkg "otelhttp" "otelgrpc" "propagation")
 (#match? @_fn "^(NewHandler|NewTransport|WithRouteTag|HeaderCarrier|MapCarrier|UnaryClientInterceptor|UnaryServerInterceptor|NewClientHandler|NewServerHandler)$"))

; +error-recorded: span.RecordError(err), span.SetStatus(codes.Error, ...)
((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)) @signal.error-recorded
 (#eq? @_fn "RecordError"))

((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)
   arguments: (argument_list . (selector_expression) @_code)) @signal.error-recorded
 (#eq? @_fn "SetStatus")
 (#eq? @_code "codes.Error"))

; +span-attributes
((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)) @signal.span-attributes
 (#eq? @_fn "SetAttributes"))

((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @signal.span-attributes
 (#eq? @_pkg "trace")
 (#eq? @_fn "WithAttributes"))

; +latency-histogram: histograms, summaries, timers, Observe(time.Since(..))
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @signal.latency-histogram
 (#any-of? @_pkg "prometheus" "promauto")
 (#match? @_fn "^New(Histogram|Summary)(Vec)?$|^NewTimer$"))

((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)
   arguments: (argument_list (_) @_arg)) @signal.latency-histogram
 (#eq? @_fn "Observe")
 (#match? @_arg "time\\.Since|Seconds\\(\\)|[Ee]lapsed|[Dd]uration|[Ll]atency"))

; +metric-recorded: counters and gauges
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @signal.metric-recorded
 (#any-of? @_pkg "prometheus" "promauto")
 (#match? @_fn "^New(Counter|Gauge)(Vec)?$"))

((call_expression
   function: (selector_expression
     operand: (_) @_metric
     field: (field_identifier) @_fn)) @signal.metric-recorded
 (#any-of? @_fn "Inc" "Add" "Set")
 (#match? @_metric "WithLabelValues|With\\(|[Cc]ounter|[Gg]auge|[Tt]otal$"))

; -unbounded-label: label values from ids, paths, emails or user input
((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)
   arguments: (argument_list
     [(identifier) (selector_expression) (call_expression)] @signal.unbounded-label))
 (#any-of? @_fn "WithLabelValues" "GetMetricWithLabelValues")
 (#match? @signal.unbounded-label "(ID|Id|[Uu]ser|[Ee]mail|Path|URL|URI|[Qq]uery|[Ss]ession|[Tt]oken)(\\(\\))?$|\\.URL\\.|RequestURI|Header\\.Get"))
