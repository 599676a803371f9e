; C++ timeouts and retries: libcurl options (as in C), cpr::Timeout/ConnectTimeout, Boost.Asio
; deadlines (expires_after), gRPC ClientContext deadlines, std::future::wait_for; constant-pace
; infinite retry loops.

(call_expression function: (qualified_identifier) @_q (#match? @_q "^cpr::(Timeout|ConnectTimeout|LowSpeed)$")) @presence @signal.timeout-set
(compound_literal_expression type: (qualified_identifier) @_q (#match? @_q "^cpr::(Timeout|ConnectTimeout|LowSpeed)$")) @presence @signal.timeout-set
(call_expression function: (field_expression field: (field_identifier) @_m)
  (#any-of? @_m "expires_after" "expires_at" "wait_for" "wait_until" "set_timeout" "async_wait")) @presence @signal.timeout-set
(call_expression function: (field_expression field: (field_identifier) @_m) (#eq? @_m "set_deadline")) @presence @signal.deadline-propagated
(call_expression function: (qualified_identifier) @_q (#match? @_q "^cpr::(Get|Post|Put|Delete)$")) @presence
(call_expression function: (identifier) @_s arguments: (argument_list (binary_expression operator: "<<")) (#eq? @_s "sleep_for")) @signal.exponential-backoff
(call_expression function: (qualified_identifier) @_s arguments: (argument_list (call_expression arguments: (argument_list (binary_expression operator: "<<")))) (#match? @_s "sleep_for$")) @signal.exponential-backoff
(while_statement condition: (condition_clause value: [(true) (number_literal)] @_one)
  body: (compound_statement (expression_statement (call_expression function: (qualified_identifier) @_s arguments: (argument_list (call_expression arguments: (argument_list (number_literal))))) @signal.fixed-delay-retry))
  (#match? @_one "^(1|true)$") (#match? @_s "sleep_for$")) @signal.unbounded-retry


(call_expression function: (identifier) @_f (#any-of? @_f "curl_easy_perform" "curl_multi_perform" "connect" "recv" "poll" "select" "epoll_wait")) @presence
(call_expression function: (identifier) @_f arguments: (argument_list (_) (identifier) @_o (_) @_v)
  (#eq? @_f "curl_easy_setopt") (#match? @_o "^CURLOPT_(TIMEOUT|TIMEOUT_MS|CONNECTTIMEOUT|CONNECTTIMEOUT_MS|LOW_SPEED_TIME|SERVER_RESPONSE_TIMEOUT)$")
  (#not-match? @_v "^0L?$")) @presence @signal.timeout-set
(call_expression function: (identifier) @_f arguments: (argument_list (_) (identifier) @_o (_) @_v)
  (#eq? @_f "curl_easy_setopt") (#match? @_o "^CURLOPT_(TIMEOUT|TIMEOUT_MS|CONNECTTIMEOUT|CONNECTTIMEOUT_MS)$")
  (#match? @_v "^0L?$")) @presence @signal.infinite-timeout
(call_expression function: (identifier) @_f arguments: (argument_list (_) (_) (identifier) @_o)
  (#eq? @_f "setsockopt") (#any-of? @_o "SO_RCVTIMEO" "SO_SNDTIMEO" "TCP_USER_TIMEOUT")) @presence @signal.timeout-set
(call_expression function: (identifier) @_f arguments: (argument_list (_) (_) (_) @_t .)
  (#eq? @_f "poll") (#not-match? @_t "^-")) @signal.timeout-set
(call_expression function: (identifier) @_f arguments: (argument_list (_) (_) (_) @_t .)
  (#any-of? @_f "poll" "epoll_wait") (#match? @_t "^-1$")) @signal.infinite-timeout
(call_expression function: (identifier) @_f arguments: (argument_list (_) (_) (_) (_) (null) .)
  (#eq? @_f "select")) @signal.infinite-timeout
(call_expression function: (identifier) @_f arguments: (argument_list (_) (_) (_) (_) (identifier) @_n .)
  (#eq? @_f "select") (#eq? @_n "NULL")) @signal.infinite-timeout

; for (;;) / while (1) with a constant sleep: a fixed-pace retry with no attempt limit
(while_statement condition: (condition_clause value: [(number_literal) (true)] @_one)
  body: (compound_statement (expression_statement (call_expression function: (identifier) @_s arguments: (argument_list (number_literal))) @signal.fixed-delay-retry))
  (#match? @_one "^(1|true)$") (#any-of? @_s "sleep" "usleep" "Sleep")) @signal.unbounded-retry
((for_statement body: (compound_statement (expression_statement (call_expression function: (identifier) @_s arguments: (argument_list (number_literal))) @signal.fixed-delay-retry))) @signal.unbounded-retry
  (#match? @signal.unbounded-retry "^for\\s*\\(\\s*;\\s*;\\s*\\)") (#any-of? @_s "sleep" "usleep" "Sleep"))
(for_statement condition: (binary_expression right: [(number_literal) (identifier)] @_n)
  body: (compound_statement (_ (call_expression function: (identifier) @_f)))
  (#match? @_n "^([0-9]+|MAX_[A-Z_]*|[A-Z_]*RETRIES|[A-Z_]*ATTEMPTS)$") (#any-of? @_f "curl_easy_perform" "connect" "send" "recv")) @presence @signal.bounded-attempts
(call_expression function: (identifier) @_s arguments: (argument_list (binary_expression operator: "<<")) (#any-of? @_s "sleep" "usleep" "nanosleep")) @signal.exponential-backoff
(call_expression function: (identifier) @_r (#any-of? @_r "rand" "random" "arc4random" "arc4random_uniform")) @signal.jitter

; retry loops: an endless loop
((while_statement condition: (condition_clause value: [(number_literal) (true)] @_one)) @context.retry-loop (#match? @_one "^(1|true)$"))
((for_statement) @context.retry-loop (#match? @context.retry-loop "^for\\s*\\(\\s*;\\s*;\\s*\\)"))
