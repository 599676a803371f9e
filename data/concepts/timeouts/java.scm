; timeouts × Java: client timeouts, gRPC deadlines, resilience4j / Spring Retry / Failsafe,
; hand-written retry loops.

; +timeout-set (and presence)
((method_invocation name: (identifier) @_timeout) @presence @signal.timeout-set
 (#any-of? @_timeout "timeout" "setTimeout" "connectTimeout" "readTimeout" "writeTimeout" "callTimeout"
  "setConnectTimeout" "setReadTimeout" "setSoTimeout" "setConnectionRequestTimeout" "setQueryTimeout"
  "responseTimeout" "requestTimeout" "orTimeout" "completeOnTimeout" "withTimeout" "timeoutDuration"
  "setResponseTimeout" "setConnectionTimeout"))

; -infinite-timeout: a timeout of 0 (means "never" for most clients)
((method_invocation
   name: (identifier) @_timeout
   arguments: (argument_list . (decimal_integer_literal) @_zero .)) @signal.infinite-timeout
 (#any-of? @_timeout "setTimeout" "setConnectTimeout" "setReadTimeout" "setSoTimeout" "setConnectionRequestTimeout" "setQueryTimeout")
 (#eq? @_zero "0"))

; +deadline-propagated: gRPC deadlines, Context deadlines
((method_invocation name: (identifier) @_deadline) @presence @signal.deadline-propagated
 (#any-of? @_deadline "withDeadline" "withDeadlineAfter"))

; +retry-policy, +circuit-breaker (annotations and builders)
((marker_annotation name: (identifier) @_retry) @presence @signal.retry-policy
 (#any-of? @_retry "Retryable" "Retry"))
((annotation name: (identifier) @_retry) @presence @signal.retry-policy
 (#any-of? @_retry "Retryable" "Retry"))
((method_invocation object: (identifier) @_retry name: (identifier) @_of) @presence @signal.retry-policy
 (#any-of? @_retry "Retry" "RetryConfig" "RetryPolicy" "RetryTemplate" "Failsafe" "RetryRegistry")
 (#any-of? @_of "of" "custom" "ofDefaults" "builder" "with" "decorateSupplier" "decorateCallable"))
((annotation name: (identifier) @_cb) @presence @signal.circuit-breaker
 (#eq? @_cb "CircuitBreaker"))
((method_invocation object: (identifier) @_cb) @presence @signal.circuit-breaker
 (#any-of? @_cb "CircuitBreaker" "CircuitBreakerConfig" "circuitBreaker" "CircuitBreakerRegistry"))

; +exponential-backoff, +jitter, +bounded-attempts
((method_invocation name: (identifier) @_backoff) @signal.exponential-backoff
 (#any-of? @_backoff "ofExponentialBackoff" "ofExponentialRandomBackoff" "exponentialBackoff" "withBackoff"
  "withExponentialBackoff" "backoff" "setMultiplier" "exponentialBackoffWithRandom"))
((object_creation_expression type: (type_identifier) @_backoff) @signal.exponential-backoff
 (#any-of? @_backoff "ExponentialBackOff" "ExponentialBackOffPolicy" "ExponentialRandomBackOffPolicy"))
((annotation
   name: (identifier) @_retry
   arguments: (annotation_argument_list
     (element_value_pair value: (annotation name: (identifier) @_backoff)))) @signal.exponential-backoff
 (#eq? @_backoff "Backoff"))
((method_invocation name: (identifier) @_jitter) @signal.jitter
 (#any-of? @_jitter "ofExponentialRandomBackoff" "ofRandomized" "withJitter" "jitter" "randomizationFactor"
  "setRandomizationFactor" "exponentialBackoffWithRandom"))
((method_invocation name: (identifier) @_max) @signal.bounded-attempts
 (#any-of? @_max "maxAttempts" "setMaxAttempts" "withMaxRetries" "maxRetries" "withMaxAttempts"))
((element_value_pair key: (identifier) @_max) @signal.bounded-attempts
 (#any-of? @_max "maxAttempts" "maxRetries"))

; retry loops: a loop whose body catches and goes round again
[(while_statement body: (block (try_statement)))
 (do_statement body: (block (try_statement)))
 (for_statement body: (block (try_statement)))] @context.retry-loop

; -unbounded-retry: while (true) / for (;;) around a try
((while_statement condition: (parenthesized_expression (true)) body: (block (try_statement))) @signal.unbounded-retry)
((for_statement !condition body: (block (try_statement))) @signal.unbounded-retry)

; -fixed-delay-retry: Thread.sleep / TimeUnit.sleep inside a retry loop (within retry-loop)
((method_invocation object: [(identifier) @_sleeper (field_access object: (identifier) @_sleeper)] name: (identifier) @_sleep) @signal.fixed-delay-retry
 (#any-of? @_sleeper "Thread" "TimeUnit")
 (#eq? @_sleep "sleep"))

; -missing-timeout: default clients that never time out
((method_invocation object: (identifier) @_type name: (identifier) @_make) @signal.missing-timeout
 (#any-of? @_type "HttpClient" "HttpClients")
 (#any-of? @_make "newHttpClient" "createDefault" "createSystem"))
((object_creation_expression type: (type_identifier) @_type arguments: (argument_list) @_args) @signal.missing-timeout
 (#any-of? @_type "RestTemplate" "OkHttpClient" "DefaultHttpClient")
 (#eq? @_args "()"))
