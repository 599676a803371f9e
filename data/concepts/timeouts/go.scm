; timeouts: Go (context deadlines, http.Client timeouts, retry loops, circuit breakers).
; Good: context.WithTimeout/WithDeadline derived from the caller's ctx, http.Client{Timeout},
; NewRequestWithContext, *Context(ctx, ...) calls, exponential backoff with jitter, a bounded
; attempt counter, gobreaker. Bad: http.Get/Post/Head (the default client never times out),
; an http.Client{} literal without Timeout, Timeout: 0, a `for {}` retry loop, a fixed
; time.Sleep between attempts, context.Background()/TODO() as the parent inside a function
; that was handed a ctx or an *http.Request.

; presence + timeout-set: context.WithTimeout / WithDeadline
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence @signal.timeout-set
 (#eq? @_pkg "context")
 (#any-of? @_fn "WithTimeout" "WithDeadline" "WithTimeoutCause" "WithDeadlineCause"))

; +deadline-propagated: the derived context's parent is the caller's context
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)
   arguments: (argument_list . (_) @_parent)) @signal.deadline-propagated
 (#eq? @_pkg "context")
 (#any-of? @_fn "WithTimeout" "WithDeadline" "WithCancel" "WithTimeoutCause" "WithDeadlineCause")
 (#match? @_parent "^(ctx|[a-z]*Ctx|.*\\.Context\\(\\))$"))

; +deadline-propagated / presence: requests and queries that carry the caller's context
((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)
   arguments: (argument_list . (_) @_ctx)) @presence @signal.deadline-propagated
 (#match? @_fn "^NewRequestWithContext$|^(Query|QueryRow|Exec|Prepare|Begin|Ping)(Tx)?Context$|^DialContext$")
 (#match? @_ctx "^(ctx|[a-z]*Ctx|.*\\.Context\\(\\))$"))

((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)
   arguments: (argument_list . (_) @_ctx)) @presence @signal.deadline-propagated
 (#eq? @_fn "WithContext")
 (#match? @_ctx "^(ctx|[a-z]*Ctx|.*\\.Context\\(\\))$"))

; presence + timeout-set: http.Client{Timeout: d}, net.DialTimeout, conn deadlines
((composite_literal
   type: (qualified_type) @_type
   body: (literal_value
     (keyed_element
       key: (literal_element (identifier) @_key)
       value: (literal_element) @_value) @signal.timeout-set)) @presence
 (#match? @_type "^http\\.(Client|Server|Transport)$|^net\\.Dialer$")
 (#match? @_key "Timeout$")
 (#not-match? @_value "^0$"))

((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)) @presence @signal.timeout-set
 (#match? @_fn "^(DialTimeout|SetDeadline|SetReadDeadline|SetWriteDeadline|TimeoutHandler)$"))

; -infinite-timeout: Timeout: 0
((composite_literal
   type: (qualified_type) @_type
   body: (literal_value
     (keyed_element
       key: (literal_element (identifier) @_key)
       value: (literal_element) @_value) @signal.infinite-timeout))
 (#match? @_type "^http\\.(Client|Server|Transport)$|^net\\.Dialer$")
 (#match? @_key "Timeout$")
 (#eq? @_value "0"))

; -missing-timeout: the default client, or a client literal without a Timeout
((call_expression
   function: (selector_expression
     operand: (_) @_pkg
     field: (field_identifier) @_fn)) @signal.missing-timeout
 (#match? @_pkg "^http(\\.DefaultClient)?$")
 (#any-of? @_fn "Get" "Post" "Head" "PostForm" "Do"))

((composite_literal
   type: (qualified_type) @_type
   body: (literal_value) @_body) @signal.missing-timeout
 (#eq? @_type "http.Client")
 (#not-match? @_body "Timeout"))

; -background-context: a fresh root context inside a function that received ctx or a request
((_
   parameters: (parameter_list
     (parameter_declaration
       type: (_) @_ptype))
   body: (block
     [(_ (_ (_ (call_expression
                  function: (selector_expression
                    operand: (identifier) @_pkg
                    field: (field_identifier) @_fn)) @signal.background-context)))
      (_ (_ (_ (_ (call_expression
                     function: (selector_expression
                       operand: (identifier) @_pkg
                       field: (field_identifier) @_fn)) @signal.background-context))))
      (_ (_ (_ (_ (_ (call_expression
                        function: (selector_expression
                          operand: (identifier) @_pkg
                          field: (field_identifier) @_fn)) @signal.background-context)))))]))
 (#match? @_ptype "^(context\\.Context|\\*http\\.Request)$")
 (#eq? @_pkg "context")
 (#any-of? @_fn "Background" "TODO"))

; +circuit-breaker
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence @signal.circuit-breaker
 (#any-of? @_pkg "gobreaker" "hystrix" "breaker" "circuit")
 (#match? @_fn "^(New|Do|Go)"))

; +retry-policy: a retry library instead of a hand-written loop
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence @signal.retry-policy
 (#any-of? @_pkg "backoff" "retry" "retryablehttp" "retrier")
 (#match? @_fn "^(Retry|RetryNotify|Do|NewClient|New)"))

; +exponential-backoff
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @signal.exponential-backoff
 (#eq? @_pkg "backoff")
 (#eq? @_fn "NewExponentialBackOff"))

((assignment_statement
   operator: "*="
   right: (expression_list (_) @_two)) @signal.exponential-backoff
 (#eq? @_two "2"))

((binary_expression
   left: (int_literal) @_one
   operator: "<<"
   right: (_) @_n) @signal.exponential-backoff
 (#eq? @_one "1")
 (#match? @_n "[Aa]ttempt|[Rr]etr|[Tt]r(y|ies)|^i$|^n$"))

((call_expression
   function: (selector_expression
     operand: (identifier) @_math
     field: (field_identifier) @_pow)
   arguments: (argument_list . (_) @_base)) @signal.exponential-backoff
 (#eq? @_math "math")
 (#eq? @_pow "Pow")
 (#eq? @_base "2"))

; +jitter: randomised delays
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @signal.jitter
 (#match? @_pkg "^(rand|wait)$")
 (#match? @_fn "^(Int63n|Int63|Intn|Int31n|Float64|Float32|N|Jitter)$"))

; presence + bounded-attempts: for attempt := 0; attempt < max; attempt++ { ...; time.Sleep(..) }
((for_statement
   (for_clause
     condition: (binary_expression
       left: (identifier) @_i
       operator: ["<" "<="])) @signal.bounded-attempts
   body: (block
     (expression_statement
       (call_expression
         function: (selector_expression
           operand: (identifier) @_time
           field: (field_identifier) @_sleep))))) @presence
 (#match? @_i "^(attempt|attempts|retry|retries|try|tries|i|n)$")
 (#eq? @_time "time")
 (#eq? @_sleep "Sleep"))

; -unbounded-retry: for { err = call(); if err == nil {...}; time.Sleep(..) }
((for_statement
   .
   body: (block
     (if_statement
       condition: (binary_expression
         left: (identifier) @_err))
     (expression_statement
       (call_expression
         function: (selector_expression
           operand: (identifier) @_time
           field: (field_identifier) @_sleep))))) @signal.unbounded-retry
 (#match? @_err "^err$")
 (#eq? @_time "time")
 (#eq? @_sleep "Sleep"))

;; context shared by all Go packs: a retry loop (a loop that checks an error each time round)
((for_statement
   body: (block
     (if_statement
       condition: (binary_expression
         left: (identifier) @_err)))) @context.retry-loop
 (#match? @_err "^err$"))

; -fixed-delay-retry: a constant sleep inside a loop that checks an error
((for_statement
   body: (block
     (if_statement
       condition: (binary_expression
         left: (identifier) @_err))
     (expression_statement
       (call_expression
         function: (selector_expression
           operand: (identifier) @_time
           field: (field_identifier) @_sleep)
         arguments: (argument_list . (_) @_delay .)) @signal.fixed-delay-retry)))
 (#match? @_err "^err$")
 (#eq? @_time "time")
 (#eq? @_sleep "Sleep")
 (#match? @_delay "^([0-9_]+ ?\\* ?)?time\\.(Nanosecond|Microsecond|Millisecond|Second|Minute)$|^[0-9_]+$|^[A-Za-z]*(Delay|Interval|Wait)$"))
