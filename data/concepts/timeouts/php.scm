; PHP timeouts and retries: Guzzle/Symfony HttpClient 'timeout'/'connect_timeout' options,
; curl CURLOPT_*TIMEOUT*, stream contexts; 'timeout' => 0 and set_time_limit(0); Guzzle retry
; middleware; file_get_contents of a URL (no timeout), while (true) retries with sleep.

(array_element_initializer (string (string_content) @_k) (_) @_v
  (#match? @_k "^(timeout|connect_timeout|read_timeout|max_duration|idle_timeout)$") (#not-match? @_v "^(0|0\\.0|null)$")) @presence @signal.timeout-set
(array_element_initializer (string (string_content) @_k) (_) @_v
  (#match? @_k "^(timeout|connect_timeout|read_timeout)$") (#match? @_v "^(0|0\\.0)$")) @presence @signal.infinite-timeout
(function_call_expression function: (name) @_f arguments: (arguments (argument) (argument (name) @_o) (argument) @_v)
  (#eq? @_f "curl_setopt") (#match? @_o "^CURLOPT_(TIMEOUT|TIMEOUT_MS|CONNECTTIMEOUT|CONNECTTIMEOUT_MS)$") (#not-match? @_v "^0$")) @presence @signal.timeout-set
(function_call_expression function: (name) @_f arguments: (arguments (argument) (argument (name) @_o) (argument) @_v)
  (#eq? @_f "curl_setopt") (#match? @_o "^CURLOPT_(TIMEOUT|TIMEOUT_MS|CONNECTTIMEOUT|CONNECTTIMEOUT_MS)$") (#match? @_v "^0$")) @presence @signal.infinite-timeout
(function_call_expression function: (name) @_f arguments: (arguments (argument (integer) @_z)) (#eq? @_f "set_time_limit") (#eq? @_z "0")) @presence @signal.infinite-timeout
(function_call_expression function: (name) @_f (#any-of? @_f "stream_set_timeout" "socket_set_timeout")) @presence @signal.timeout-set

(function_call_expression function: (name) @_f arguments: (arguments . (argument [(string) (encapsed_string)] @_u) .)
  (#any-of? @_f "file_get_contents" "fopen" "file") (#match? @_u "^[\"']https?://")) @signal.missing-timeout
(member_call_expression object: (variable_name) @_c name: (name) @_m arguments: (arguments . (argument) .)
  (#match? @_c "([cC]lient|[hH]ttp)$") (#any-of? @_m "get" "post" "request" "put" "delete")) @signal.missing-timeout

(scoped_call_expression scope: (name) @_mw name: (name) @_m (#eq? @_mw "Middleware") (#eq? @_m "retry")) @presence @signal.retry-policy
(function_call_expression function: (name) @_f (#eq? @_f "retry")) @presence @signal.retry-policy
(binary_expression left: (variable_name) @_a operator: ["<" "<=" ">=" ">"] right: [(integer) (name)]
  (#match? @_a "(retries|attempts?|tries)")) @signal.bounded-attempts
(function_call_expression function: (name) @_f arguments: (arguments (argument (binary_expression operator: "**"))) (#any-of? @_f "sleep" "usleep")) @signal.exponential-backoff
(function_call_expression function: (name) @_f arguments: (arguments (argument (function_call_expression function: (name) @_p))) (#any-of? @_f "sleep" "usleep") (#eq? @_p "pow")) @signal.exponential-backoff
(function_call_expression function: (name) @_r (#any-of? @_r "random_int" "mt_rand" "rand")) @signal.jitter

(catch_clause body: (compound_statement (expression_statement (function_call_expression function: (name) @_s arguments: (arguments . (argument (integer)) .)) @signal.fixed-delay-retry))
  (#any-of? @_s "sleep" "usleep"))
(while_statement condition: (parenthesized_expression (boolean) @_t) body: (compound_statement (try_statement)) (#match? @_t "^(true|TRUE)$")) @signal.unbounded-retry

; retry loops: a loop whose body catches and goes round again
[(while_statement body: (compound_statement (try_statement)))
 (do_statement body: (compound_statement (try_statement)))
 (for_statement body: (compound_statement (try_statement)))] @context.retry-loop
