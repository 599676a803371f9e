; Kotlin timeouts, retries and deadlines: withTimeout/withTimeoutOrNull, OkHttp and Ktor
; timeouts, resilience4j Retry/CircuitBreaker with exponential (random) backoff, gRPC
; deadlines; hand-written while(true) retries with a constant delay, URL.readText() with no
; timeout, GlobalScope launches that drop the caller's cancellation.

(call_expression (simple_identifier) @_f (#any-of? @_f "withTimeout" "withTimeoutOrNull")) @presence @signal.timeout-set
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (call_suffix (value_arguments . (value_argument) @_v))
  (#match? @_m "^(connectTimeout|readTimeout|writeTimeout|callTimeout|timeout|setConnectTimeout|setReadTimeout|connectTimeoutMillis|requestTimeout)$")
  (#not-match? @_v "^(0|0L|Duration\\.ZERO|INFINITE[A-Z_]*)$")) @presence @signal.timeout-set
(assignment (directly_assignable_expression (simple_identifier) @_p) (_) @_v
  (#match? @_p "^(requestTimeoutMillis|connectTimeoutMillis|socketTimeoutMillis|connectTimeout|readTimeout)$")
  (#not-match? @_v "^(0|0L|INFINITE[A-Z_]*)$")) @presence @signal.timeout-set

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (call_suffix (value_arguments . (value_argument) @_v))
  (#match? @_m "^(connectTimeout|readTimeout|writeTimeout|callTimeout|setConnectTimeout|setReadTimeout)$")
  (#match? @_v "^(0|0L|Duration\\.ZERO)$")) @presence @signal.infinite-timeout
(assignment (directly_assignable_expression (simple_identifier) @_p) (_) @_v
  (#match? @_p "TimeoutMillis$") (#match? @_v "INFINITE")) @presence @signal.infinite-timeout

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "withDeadlineAfter" "withDeadline" "ensureActive")) @presence @signal.deadline-propagated
(call_expression (simple_identifier) @_f (#any-of? @_f "ensureActive" "currentCoroutineContext")) @presence @signal.deadline-propagated

(call_expression (navigation_expression (simple_identifier) @_r (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_r "Retry" "RetryConfig" "RetryRegistry") (#any-of? @_m "of" "custom" "ofDefaults" "decorateSupplier" "decorateSuspendFunction")) @presence @signal.retry-policy
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (call_suffix (value_arguments (value_argument (integer_literal))))
  (#any-of? @_m "maxAttempts" "retry" "maxRetries")) @presence @signal.bounded-attempts @signal.retry-policy
(call_expression (navigation_expression (simple_identifier) @_r (navigation_suffix (simple_identifier) @_m))
  (#eq? @_r "IntervalFunction") (#match? @_m "^ofExponential")) @signal.exponential-backoff
(call_expression (navigation_expression (simple_identifier) @_r (navigation_suffix (simple_identifier) @_m))
  (#eq? @_r "IntervalFunction") (#eq? @_m "ofExponentialRandomBackoff")) @signal.jitter
(call_expression (navigation_expression (simple_identifier) @_r (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_r "CircuitBreaker" "CircuitBreakerConfig" "CircuitBreakerRegistry") (#any-of? @_m "of" "ofDefaults" "custom" "decorateSupplier" "decorateSuspendFunction")) @presence @signal.circuit-breaker

; constant delay in a catch block; while(true) around a try
(catch_block (statements (call_expression [(simple_identifier) @_f (navigation_expression (simple_identifier) (navigation_suffix (simple_identifier) @_f))]
  (call_suffix (value_arguments . (value_argument (integer_literal)) .))) @signal.fixed-delay-retry)
  (#any-of? @_f "delay" "sleep"))
(while_statement (boolean_literal) @_t (control_structure_body (statements (try_expression))) (#eq? @_t "true")) @signal.unbounded-retry

; calls with no timeout at all
(call_expression (navigation_expression (call_expression (simple_identifier) @_u) (navigation_suffix (simple_identifier) @_m))
  (#eq? @_u "URL") (#any-of? @_m "readText" "readBytes" "openStream")) @signal.missing-timeout
(call_expression (navigation_expression (simple_identifier) @_h (navigation_suffix (simple_identifier) @_m))
  (#eq? @_h "HttpClient") (#eq? @_m "newHttpClient")) @signal.missing-timeout

(call_expression (navigation_expression (simple_identifier) @_g (navigation_suffix (simple_identifier) @_m))
  (#eq? @_g "GlobalScope") (#any-of? @_m "launch" "async")) @signal.background-context

; retry loops: a loop whose body catches and goes round again
[(while_statement (control_structure_body (statements (try_expression))))
 (do_while_statement (control_structure_body (statements (try_expression))))
 (for_statement (control_structure_body (statements (try_expression))))] @context.retry-loop
((call_expression (simple_identifier) @_r (call_suffix (annotated_lambda (lambda_literal (statements (try_expression)))))) @context.retry-loop
 (#eq? @_r "repeat"))
