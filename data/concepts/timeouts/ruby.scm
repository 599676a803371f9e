; Ruby timeouts and retries: Net::HTTP open/read timeouts, Faraday/HTTParty/RestClient timeout
; options, Timeout.timeout, Retriable and ActiveJob retry_on; `retry` in a rescue with a constant
; sleep and no attempt limit, Net::HTTP.get / URI.open with no timeout.

(assignment left: (call method: (identifier) @_p)
  (#match? @_p "^(open_timeout|read_timeout|write_timeout|ssl_timeout|timeout|keep_alive_timeout)$")) @presence @signal.timeout-set
(pair key: [(hash_key_symbol) (simple_symbol) (string)] @_k value: (_) @_v
  (#match? @_k "^[:\"']?(open_timeout|read_timeout|write_timeout|timeout|connect_timeout)") (#not-match? @_v "^(nil|0)$")) @presence @signal.timeout-set
(pair key: [(hash_key_symbol) (simple_symbol) (string)] @_k value: (_) @_v
  (#match? @_k "^[:\"']?(open_timeout|read_timeout|write_timeout|timeout|connect_timeout)") (#match? @_v "^(nil|0)$")) @presence @signal.infinite-timeout
(call receiver: (constant) @_t method: (identifier) @_m (#eq? @_t "Timeout") (#eq? @_m "timeout")) @presence @signal.timeout-set

(call receiver: (scope_resolution) @_h method: (identifier) @_m arguments: (argument_list . (_) .)
  (#eq? @_h "Net::HTTP") (#any-of? @_m "get" "get_response" "post_form")) @signal.missing-timeout
(call receiver: (constant) @_u method: (identifier) @_m arguments: (argument_list . (_) .)
  (#any-of? @_u "URI" "HTTParty" "RestClient" "Faraday") (#any-of? @_m "open" "get" "post")) @signal.missing-timeout

(call receiver: (constant) @_r method: (identifier) @_m (#eq? @_r "Retriable") (#eq? @_m "retriable")) @presence @signal.retry-policy
(call method: (identifier) @_m (#eq? @_m "retry_on")) @presence @signal.retry-policy
(pair key: (hash_key_symbol) @_k (#any-of? @_k "tries" "attempts" "max_retries" "max_attempts")) @signal.bounded-attempts
(pair key: (hash_key_symbol) @_k value: (simple_symbol) @_v (#eq? @_k "wait") (#match? @_v "expon|polynomial")) @signal.exponential-backoff
(call method: (identifier) @_s arguments: (argument_list (binary operator: "**")) (#eq? @_s "sleep")) @signal.exponential-backoff
(call method: (identifier) @_r (#eq? @_r "rand")) @signal.jitter
(pair key: (hash_key_symbol) @_k (#any-of? @_k "rand_factor" "jitter" "randomization_factor")) @signal.jitter
(rescue body: (then (if_modifier body: (retry)) @signal.bounded-attempts))
(rescue body: (then (unless_modifier body: (retry)) @signal.bounded-attempts))
(call receiver: (constant) @_c (#any-of? @_c "Circuitbox" "Stoplight" "Semian")) @presence @signal.circuit-breaker

; rescue ... sleep N ... retry: a fixed pause, and forever unless guarded
(rescue body: (then (call method: (identifier) @_s arguments: (argument_list (integer))) @signal.fixed-delay-retry (retry)) (#eq? @_s "sleep"))
(rescue body: (then (retry) @signal.unbounded-retry))

; retry loops: a rescue that retries
(rescue body: (then (retry))) @context.retry-loop
