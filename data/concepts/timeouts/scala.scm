; Scala timeouts, retries and deadlines: Akka ask timeouts (implicit Timeout), akka-http and
; sttp client timeouts, Future timeouts (after/withTimeout), RestartSource/RestartFlow with
; backoff, pekko `retry` with attempts, resilience4j/akka CircuitBreaker; while(true) retries
; with Thread.sleep, Duration.Inf.

(call_expression function: (identifier) @_t arguments: (arguments (_) @_v)
  (#eq? @_t "Timeout") (#not-match? @_v "Inf")) @presence @signal.timeout-set
(call_expression function: (field_expression field: (identifier) @_m) arguments: (arguments . (_) @_v)
  (#match? @_m "^(withConnectingTimeout|withIdleTimeout|withRequestTimeout|withResponseEntitySubscriptionTimeout|readTimeout|connectionTimeout|withReadTimeout|withConnectTimeout|connectTimeout|completionTimeout|idleTimeout|initialTimeout|withTimeout|timeout)$")
  (#not-match? @_v "Inf")) @presence @signal.timeout-set
(call_expression function: (field_expression value: (identifier) @_p field: (identifier) @_m)
  (#eq? @_p "Patterns") (#eq? @_m "after")) @presence @signal.timeout-set

(field_expression value: (identifier) @_d field: (identifier) @_inf (#eq? @_d "Duration") (#eq? @_inf "Inf")) @presence @signal.infinite-timeout
(call_expression function: (field_expression field: (identifier) @_m) arguments: (arguments . (field_expression value: (integer_literal) @_z))
  (#match? @_m "[tT]imeout$") (#eq? @_z "0")) @presence @signal.infinite-timeout

(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "withDeadlineAfter" "withDeadline")) @presence @signal.deadline-propagated
(call_expression function: (field_expression value: (identifier) @_r field: (identifier) @_m)
  (#any-of? @_r "RestartSource" "RestartFlow" "RestartSink") (#any-of? @_m "withBackoff" "onFailuresWithBackoff")) @presence @signal.exponential-backoff @signal.retry-policy
(assignment_expression left: (identifier) @_k right: (_) @_v (#eq? @_k "randomFactor") (#not-match? @_v "^0(\\.0+)?$")) @signal.jitter
(assignment_expression left: (identifier) @_k (#any-of? @_k "maxRestarts" "maxRetries" "attempts" "maxAttempts")) @signal.bounded-attempts
(call_expression function: (field_expression field: (identifier) @_m) (#eq? @_m "withMaxRestarts")) @signal.bounded-attempts
(call_expression function: [(identifier) @_f (field_expression field: (identifier) @_f)] arguments: (arguments (_) (integer_literal))
  (#eq? @_f "retry")) @presence @signal.retry-policy @signal.bounded-attempts
(call_expression function: (field_expression value: (identifier) @_r field: (identifier) @_m)
  (#any-of? @_r "Retry" "RetryConfig") (#any-of? @_m "of" "custom" "ofDefaults")) @presence @signal.retry-policy
(call_expression function: (field_expression field: (identifier) @_m) arguments: (arguments (integer_literal))
  (#eq? @_m "maxAttempts")) @signal.bounded-attempts
(instance_expression (type_identifier) @_c (#eq? @_c "CircuitBreaker")) @presence @signal.circuit-breaker
(call_expression function: (field_expression value: (identifier) @_c field: (identifier) @_m) (#eq? @_c "CircuitBreaker") (#any-of? @_m "apply" "of" "ofDefaults" "create")) @presence @signal.circuit-breaker
(call_expression function: (identifier) @_c (#eq? @_c "CircuitBreaker")) @presence @signal.circuit-breaker

; a constant pause in a catch case; while(true) around a try
(case_clause body: [(call_expression function: (field_expression value: (identifier) @_t field: (identifier) @_s) arguments: (arguments . (integer_literal) .)) @signal.fixed-delay-retry
                    (block (call_expression function: (field_expression value: (identifier) @_t field: (identifier) @_s) arguments: (arguments . (integer_literal) .)) @signal.fixed-delay-retry)]
  (#eq? @_t "Thread") (#eq? @_s "sleep"))
(while_expression condition: (parenthesized_expression (boolean_literal) @_t) body: (block (try_expression)) (#eq? @_t "true")) @signal.unbounded-retry

; blocking the caller forever, or an HTTP call with nothing to bound it
(call_expression function: (field_expression value: (identifier) @_src field: (identifier) @_m)
  (#eq? @_src "Source") (#eq? @_m "fromURL")) @signal.missing-timeout
(call_expression function: (field_expression value: (identifier) @_h field: (identifier) @_m)
  (#eq? @_h "HttpClient") (#eq? @_m "newHttpClient")) @signal.missing-timeout

; retry loops: a loop whose body catches and goes round again
[(while_expression body: (block (try_expression)))
 (do_while_expression body: (block (try_expression)))] @context.retry-loop
