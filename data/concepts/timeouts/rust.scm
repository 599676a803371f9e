; Rust timeouts and retries: reqwest/hyper/tonic client timeouts, tokio::time::timeout,
; backoff/tokio-retry strategies; reqwest::get and Client::new() (no timeout by default),
; loop { match ... sleep } retries.

(call_expression function: (field_expression field: (field_identifier) @_m)
  (#any-of? @_m "timeout" "connect_timeout" "read_timeout" "pool_idle_timeout" "set_timeout" "http2_keep_alive_timeout")) @presence @signal.timeout-set
(call_expression function: [(identifier) @_f (scoped_identifier name: (identifier) @_f)]
  (#any-of? @_f "timeout" "timeout_at")) @presence @signal.timeout-set
(call_expression function: (scoped_identifier path: (_) @_p name: (identifier) @_f)
  (#match? @_p "(^|::)(reqwest|ureq|surf)$") (#any-of? @_f "get" "post")) @signal.missing-timeout
(call_expression function: (scoped_identifier path: (_) @_p name: (identifier) @_f)
  (#match? @_p "(^|::)reqwest::Client$|^Client$") (#eq? @_f "new")) @signal.missing-timeout
(call_expression function: (field_expression field: (field_identifier) @_m) arguments: (arguments (scoped_identifier) @_d)
  (#match? @_m "timeout") (#eq? @_d "Duration::MAX")) @signal.infinite-timeout

(call_expression function: (scoped_identifier path: (_) @_p name: (identifier) @_f)
  (#match? @_p "(ExponentialBackoff|ExponentialBuilder|Retry|RetryIf|FibonacciBackoff|backoff)$")) @presence @signal.retry-policy
(scoped_identifier path: (_) @_p (#match? @_p "(^|::)ExponentialBackoff(Builder)?$")) @signal.exponential-backoff
(scoped_identifier name: (identifier) @_n (#match? @_n "^(ExponentialBackoff|ExponentialBuilder)")) @signal.exponential-backoff
(call_expression function: (field_expression field: (field_identifier) @_m) (#any-of? @_m "with_jitter" "jitter")) @signal.jitter
((identifier) @signal.jitter (#eq? @signal.jitter "jitter"))
(call_expression function: (field_expression field: (field_identifier) @_m) arguments: (arguments (integer_literal))
  (#any-of? @_m "take" "with_max_times" "max_retries" "with_max_retries")) @signal.bounded-attempts
(call_expression function: (field_expression field: (field_identifier) @_m) (#any-of? @_m "with_max_elapsed_time" "max_elapsed_time")) @signal.bounded-attempts
(call_expression function: (field_expression field: (field_identifier) @_m) (#match? @_m "circuit|breaker")) @signal.circuit-breaker

; a loop that matches on a result and sleeps a constant: retries forever, at a fixed pace
(loop_expression body: (block
  (expression_statement [(match_expression) (if_expression)])
  (expression_statement [(call_expression function: (scoped_identifier name: (identifier) @_s) arguments: (arguments (call_expression arguments: (arguments (integer_literal)))))
                         (await_expression (call_expression function: (scoped_identifier name: (identifier) @_s) arguments: (arguments (call_expression arguments: (arguments (integer_literal))))))] @signal.fixed-delay-retry))
  (#eq? @_s "sleep")) @signal.unbounded-retry

; retry loops: a loop that matches on a result and goes round again
(loop_expression body: (block (expression_statement [(match_expression) (if_expression)]))) @context.retry-loop
