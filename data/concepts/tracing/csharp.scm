; C# tracing and metrics: System.Diagnostics Activity/ActivitySource (the OpenTelemetry .NET
; API), OpenTelemetry TracerProvider spans, System.Diagnostics.Metrics instruments.
; An activity is ended on every path by `using` (Dispose) or by Stop/Dispose in finally.

(invocation_expression
  function: [(member_access_expression name: (identifier) @_m)
             (conditional_access_expression (member_binding_expression name: (identifier) @_m))]
  (#any-of? @_m "StartActivity" "StartActiveSpan" "StartSpan" "StartRootSpan")) @presence
(object_creation_expression type: (identifier) @_t (#eq? @_t "Activity")) @presence

; metrics instruments and their recordings
(invocation_expression
  function: (member_access_expression name: [(identifier) @_m (generic_name (identifier) @_m)])
  (#match? @_m "^Create(Counter|UpDownCounter|Histogram|ObservableGauge|ObservableCounter|Gauge)$")) @presence
(invocation_expression
  function: (member_access_expression name: (generic_name (identifier) @_m))
  (#eq? @_m "CreateHistogram")) @signal.latency-histogram
(invocation_expression
  function: (member_access_expression expression: (_) @_h name: (identifier) @_m)
  (#match? @_h "([hH]istogram|[dD]uration|[lL]atency)$")
  (#eq? @_m "Record")) @presence @signal.latency-histogram
(invocation_expression
  function: (member_access_expression expression: (_) @_c name: (identifier) @_m)
  (#match? @_c "([cC]ounter|[gG]auge|[rR]equests|[eE]rrors|[tT]otal)$")
  (#eq? @_m "Add")) @presence @signal.metric-recorded

; a metric tag taken from unbounded data: ids, e-mail addresses, paths, user input
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  arguments: (argument_list (argument [(object_creation_expression arguments: (argument_list . (argument (string_literal) @_k)))
                                       (tuple_expression . (argument (string_literal) @_k))])
                            )
  (#any-of? @_m "Add" "Record")
  (#match? @_k "([uU]ser|[cC]ustomer|[oO]rder|[rR]equest|[sS]ession|[aA]ccount)[._]?[iI][dD]|[eE]mail|[pP]ath|[uU]rl")) @signal.unbounded-label

; ended on every path
(local_declaration_statement "using"
  (variable_declaration (variable_declarator
    (invocation_expression function: (member_access_expression name: (identifier) @_m)
      (#any-of? @_m "StartActivity" "StartActiveSpan" "StartSpan"))))) @signal.span-ended-in-finally @mark.span-ended
(using_statement
  (variable_declaration (variable_declarator
    (invocation_expression function: (member_access_expression name: (identifier) @_m)
      (#any-of? @_m "StartActivity" "StartActiveSpan" "StartSpan"))))) @signal.span-ended-in-finally @mark.span-ended
(finally_clause (block (expression_statement
  (invocation_expression
    function: [(member_access_expression name: (identifier) @_m)
               (conditional_access_expression (member_binding_expression name: (identifier) @_m))]
    (#any-of? @_m "Stop" "Dispose" "End")) @signal.span-ended-in-finally)))
(invocation_expression
  function: [(member_access_expression name: (identifier) @_m)
             (conditional_access_expression (member_binding_expression name: (identifier) @_m))]
  (#any-of? @_m "Stop" "Dispose" "End")) @mark.span-ended

; a span started: -span-not-ended unless it is ended in the region
(invocation_expression
  function: [(member_access_expression name: (identifier) @_m)
             (conditional_access_expression (member_binding_expression name: (identifier) @_m))]
  (#any-of? @_m "StartActivity" "StartActiveSpan" "StartSpan" "StartRootSpan")) @signal.span-not-ended

; status and exceptions recorded on the span
(invocation_expression
  function: [(member_access_expression name: (identifier) @_m)
             (conditional_access_expression (member_binding_expression name: (identifier) @_m))]
  (#any-of? @_m "SetStatus" "RecordException" "AddException")) @signal.error-recorded

(invocation_expression
  function: [(member_access_expression name: (identifier) @_m)
             (conditional_access_expression (member_binding_expression name: (identifier) @_m))]
  (#any-of? @_m "SetTag" "AddTag" "SetAttribute" "SetBaggage")) @signal.span-attributes

; W3C trace context carried across processes
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "Inject" "Extract")
  (#match? @_m "^(Inject|Extract)$")) @signal.context-propagated
