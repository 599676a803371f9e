; timeouts × Python: requests/httpx timeouts, tenacity/backoff retries, hand-written loops.

; presence + -missing-timeout: HTTP calls without timeout=
((call
   function: (attribute object: (identifier) @_client attribute: (identifier) @_verb)
   arguments: (argument_list) @_args) @presence @signal.missing-timeout
 (#any-of? @_client "requests" "httpx" "session" "client")
 (#any-of? @_verb "get" "post" "put" "delete" "patch" "head" "request")
 (#not-match? @_args "timeout\\s*="))
; +timeout-set (and presence)
((keyword_argument name: (identifier) @_timeout) @presence @signal.timeout-set
 (#any-of? @_timeout "timeout" "connect_timeout" "read_timeout" "socket_timeout" "deadline"))
((call function: (attribute attribute: (identifier) @_wait)) @presence @signal.timeout-set
 (#any-of? @_wait "wait_for" "timeout" "settimeout"))
; -infinite-timeout: timeout=None
((keyword_argument name: (identifier) @_timeout value: (none)) @signal.infinite-timeout
 (#eq? @_timeout "timeout"))

; tenacity / backoff / urllib3 Retry
((decorator [(call function: [(identifier) @_retry (attribute attribute: (identifier) @_retry)]) (identifier) @_retry]) @presence @signal.retry-policy
 (#any-of? @_retry "retry" "on_exception" "on_predicate"))
((call function: [(identifier) @_retry (attribute attribute: (identifier) @_retry)]) @presence @signal.retry-policy
 (#any-of? @_retry "Retry" "Retrying" "AsyncRetrying"))
((call function: [(identifier) @_wait (attribute attribute: (identifier) @_wait)]) @signal.exponential-backoff
 (#any-of? @_wait "wait_exponential" "wait_random_exponential" "expo" "wait_exponential_jitter"))
((keyword_argument name: (identifier) @_factor) @signal.exponential-backoff
 (#eq? @_factor "backoff_factor"))
((call function: [(identifier) @_jitter (attribute attribute: (identifier) @_jitter)]) @signal.jitter
 (#any-of? @_jitter "wait_random" "wait_random_exponential" "wait_exponential_jitter" "full_jitter" "uniform"))
((call function: [(identifier) @_stop (attribute attribute: (identifier) @_stop)]) @signal.bounded-attempts
 (#any-of? @_stop "stop_after_attempt" "stop_after_delay"))
((keyword_argument name: (identifier) @_max) @signal.bounded-attempts
 (#any-of? @_max "max_tries" "max_time" "total" "max_retries" "retries"))
((call function: [(identifier) @_breaker (attribute attribute: (identifier) @_breaker)]) @presence @signal.circuit-breaker
 (#any-of? @_breaker "CircuitBreaker" "circuit"))
((decorator (identifier) @_breaker) @presence @signal.circuit-breaker
 (#eq? @_breaker "circuit"))

; retry loops: a loop whose body is or starts with a try
[(while_statement body: (block (try_statement)))
 (for_statement body: (block (try_statement)))] @context.retry-loop
((while_statement condition: (true) body: (block (try_statement))) @signal.unbounded-retry)
; -fixed-delay-retry: time.sleep(...) in a retry loop (within retry-loop)
((call function: (attribute object: (identifier) @_time attribute: (identifier) @_sleep)) @signal.fixed-delay-retry
 (#any-of? @_time "time" "asyncio")
 (#eq? @_sleep "sleep"))
