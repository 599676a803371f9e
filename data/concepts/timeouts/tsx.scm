; timeouts: TSX (TypeScript with JSX) (fetch + AbortSignal, axios, got, node http, p-retry, opossum).
; Good: AbortSignal.timeout(ms), a `timeout` option, a signal passed down, exponential backoff
; (2 ** attempt, Math.pow(2, n), delay *= 2) with Math.random jitter, a bounded attempt loop,
; a retry library or a circuit breaker. Bad: fetch(url) or fetch with options but no signal,
; axios/got calls or clients with no timeout, `timeout: 0`, `while (true)` retrying, a fixed
; sleep in a catch.
; The patterns below are the JavaScript ones: tree-sitter-typescript keeps the same node types
; and fields for these constructs (checked by compiling this file against its own grammar).

; presence + timeout-set
((call_expression
   function: (member_expression
     object: (identifier) @_abort
     property: (property_identifier) @_timeout)) @presence @signal.timeout-set
 (#eq? @_abort "AbortSignal")
 (#eq? @_timeout "timeout"))

((pair
   key: (property_identifier) @_key
   value: (_) @_value) @presence @signal.timeout-set
 (#match? @_key "^(timeout|timeoutMs|requestTimeout|connectTimeout|socketTimeout|connectionTimeoutMillis|idleTimeoutMillis|statement_timeout|query_timeout)$")
 (#not-match? @_value "^(0|Infinity|null|undefined|false)$"))

((call_expression
   function: (member_expression
     object: (_) @_req
     property: (property_identifier) @_fn)
   arguments: (arguments . (_))) @presence @signal.timeout-set
 (#match? @_req "^(req|request|socket|client|server|conn)$")
 (#eq? @_fn "setTimeout"))

; -infinite-timeout
((pair
   key: (property_identifier) @_key
   value: (_) @_value) @signal.infinite-timeout
 (#match? @_key "^(timeout|timeoutMs|requestTimeout|connectTimeout|socketTimeout)$")
 (#match? @_value "^(0|Infinity)$"))

; +deadline-propagated: the caller's signal passed on
((pair
   key: (property_identifier) @_key
   value: (_) @_value) @signal.deadline-propagated
 (#eq? @_key "signal")
 (#not-match? @_value "^(undefined|null)$"))

((object
   (shorthand_property_identifier) @signal.deadline-propagated)
 (#eq? @signal.deadline-propagated "signal"))

((call_expression
   function: (member_expression
     object: (identifier) @_abort
     property: (property_identifier) @_any)) @signal.deadline-propagated
 (#eq? @_abort "AbortSignal")
 (#eq? @_any "any"))

; presence + missing-timeout: fetch without a signal
((call_expression
   function: (identifier) @_fetch
   arguments: (arguments . (_) .)) @presence @signal.missing-timeout
 (#eq? @_fetch "fetch"))

((call_expression
   function: (identifier) @_fetch
   arguments: (arguments . (_) . (object) @_options .)) @presence @signal.missing-timeout
 (#eq? @_fetch "fetch")
 (#not-match? @_options "signal|timeout"))

((call_expression
   function: (identifier) @_fetch) @presence
 (#eq? @_fetch "fetch"))

; presence + missing-timeout: axios / got / superagent calls and clients with no timeout
((call_expression
   function: (member_expression
     object: (identifier) @_client
     property: (property_identifier) @_verb)
   arguments: (arguments) @_args) @presence @signal.missing-timeout
 (#match? @_client "^(axios|got|superagent|needle|request)$")
 (#match? @_verb "^(get|post|put|patch|delete|head|request|create)$")
 (#not-match? @_args "timeout|signal"))

((call_expression
   function: (member_expression
     object: (identifier) @_client
     property: (property_identifier) @_verb)) @presence
 (#match? @_client "^(axios|got|superagent|needle|request|http|https|client|api|httpClient)$")
 (#match? @_verb "^(get|post|put|patch|delete|head|request|create)$"))

; +circuit-breaker
((new_expression
   constructor: (_) @_cls) @presence @signal.circuit-breaker
 (#match? @_cls "^(CircuitBreaker|Brakes|Breaker)$"))

((call_expression
   function: (identifier) @_fn) @presence @signal.circuit-breaker
 (#match? @_fn "^(circuitBreaker|createCircuitBreaker)$"))

; +retry-policy
((call_expression
   function: (identifier) @_fn) @presence @signal.retry-policy
 (#match? @_fn "^(pRetry|retry|asyncRetry|axiosRetry|backoff|withRetry|retryable)$"))

; +bounded-attempts: retries/attempts options, attempt < max loops
((pair
   key: (property_identifier) @_key
   value: (number)) @signal.bounded-attempts
 (#match? @_key "^(retries|maxRetries|maxAttempts|attempts|retry|numOfAttempts)$"))

((for_statement
   condition: (_) @_cond
   body: (statement_block) @_body) @presence @signal.bounded-attempts
 (#match? @_cond "^(attempt|attempts|retry|retries|tries|i|n) *<=? *")
 (#match? @_body "try|catch|await"))

; +exponential-backoff
((binary_expression
   left: (number) @_two
   operator: "**") @signal.exponential-backoff
 (#eq? @_two "2"))

((call_expression
   function: (member_expression
     object: (identifier) @_math
     property: (property_identifier) @_pow)
   arguments: (arguments . (number) @_two)) @signal.exponential-backoff
 (#eq? @_math "Math")
 (#eq? @_pow "pow")
 (#eq? @_two "2"))

((augmented_assignment_expression
   operator: "*="
   right: (number) @_two) @signal.exponential-backoff
 (#eq? @_two "2"))

((binary_expression
   left: (number) @_one
   operator: "<<") @signal.exponential-backoff
 (#eq? @_one "1"))

((pair
   key: (property_identifier) @_key) @signal.exponential-backoff
 (#match? @_key "^(factor|exponential|backoffMultiplier|multiplier)$"))

; +jitter
((call_expression
   function: (member_expression
     object: (identifier) @_math
     property: (property_identifier) @_random)) @signal.jitter
 (#eq? @_math "Math")
 (#eq? @_random "random"))

((pair
   key: (property_identifier) @_key) @signal.jitter
 (#match? @_key "^(randomize|jitter)$"))

; -unbounded-retry: while (true) / for (;;) around a try
((while_statement
   condition: (parenthesized_expression (true))
   body: (statement_block (try_statement))) @presence @signal.unbounded-retry)

((for_statement
   body: (statement_block (try_statement))) @_loop @presence @signal.unbounded-retry
 (#match? @_loop "^for *\\( *; *; *\\)"))

;; context shared by all JavaScript packs: a retry loop (a loop around a try)
([(for_statement body: (statement_block (try_statement)))
  (for_in_statement body: (statement_block (try_statement)))
  (while_statement body: (statement_block (try_statement)))
  (do_statement body: (statement_block (try_statement)))] @context.retry-loop)

; -fixed-delay-retry: a constant sleep in a catch
((catch_clause
   body: (statement_block
     (expression_statement
       (await_expression
         [(call_expression arguments: (arguments . (number) .))
          (new_expression
            arguments: (arguments
              (arrow_function
                body: (call_expression
                  function: (identifier) @_st
                  arguments: (arguments (_) . (number) .)))))]) @signal.fixed-delay-retry)))
 (#eq? @_st "setTimeout"))
