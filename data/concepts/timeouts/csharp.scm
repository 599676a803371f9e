; C# timeouts, retries and deadlines: HttpClient.Timeout, CancellationToken passed down,
; CancelAfter, Polly policies (WaitAndRetry, CircuitBreaker, Timeout) and
; Microsoft.Extensions.Resilience; hand-written retry loops with a fixed Task.Delay.

; timeouts set on a client, command or token source
(assignment_expression
  left: [(identifier) @_p (member_access_expression name: (identifier) @_p)]
  right: (_) @_v
  (#match? @_p "^(Timeout|CommandTimeout|ConnectTimeout|ReadTimeout|WriteTimeout|ReceiveTimeout|SendTimeout|PooledConnectionLifetime|ConnectTimeoutMs|AttemptTimeout|TotalRequestTimeout)$")
  (#not-match? @_v "Infinite")) @presence @signal.timeout-set
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "CancelAfter" "TimeoutAsync" "AddTimeout" "WaitAsync")) @presence @signal.timeout-set
(object_creation_expression
  type: (identifier) @_t arguments: (argument_list (argument))
  (#eq? @_t "CancellationTokenSource")) @presence @signal.timeout-set

; the caller's cancellation token passed down the call chain
(invocation_expression
  arguments: (argument_list (argument [(identifier) @_tok (member_access_expression name: (identifier) @_tok)]))
  (#match? @_tok "^(ct|cancellationToken|token|cancelToken|RequestAborted|stoppingToken)$")) @presence @signal.deadline-propagated
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  (#eq? @_m "CreateLinkedTokenSource")) @presence @signal.deadline-propagated

; Polly and Microsoft.Extensions.Http.Resilience
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  (#match? @_m "^(WaitAndRetry|Retry|WaitAndRetryForever|RetryForever)(Async)?$|^(AddRetry|AddPolicyHandler|AddTransientHttpErrorPolicy|AddStandardResilienceHandler|AddResilienceHandler)$")) @presence @signal.retry-policy
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  arguments: (argument_list . (argument (integer_literal)))
  (#match? @_m "^(WaitAndRetry|Retry)(Async)?$")) @signal.bounded-attempts
(assignment_expression left: (identifier) @_p (#any-of? @_p "MaxRetryAttempts" "MaxAttempts" "RetryCount")) @presence @signal.bounded-attempts
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  (#match? @_m "^(CircuitBreaker|AdvancedCircuitBreaker)(Async)?$|^AddCircuitBreaker$")) @presence @signal.circuit-breaker
(invocation_expression
  function: (member_access_expression expression: (identifier) @_c name: (identifier) @_m)
  (#eq? @_c "Math") (#eq? @_m "Pow")) @signal.exponential-backoff
(member_access_expression expression: (identifier) @_c name: (identifier) @_m
  (#eq? @_c "DelayBackoffType") (#eq? @_m "Exponential")) @signal.exponential-backoff
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  (#match? @_m "^(DecorrelatedJitterBackoffV2|ExponentialBackoff)$")) @presence @signal.exponential-backoff @signal.retry-policy
(assignment_expression left: (identifier) @_p (#eq? @_p "UseJitter")) @signal.jitter
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  (#match? @_m "Jitter")) @signal.jitter
(invocation_expression
  function: (member_access_expression expression: (_) @_r name: (identifier) @_m)
  (#match? @_r "([rR]andom|[jJ]itter)") (#match? @_m "^Next")) @signal.jitter

; retry with a fixed pause: a constant Thread.Sleep/Task.Delay in a catch block or loop body
(catch_clause body: (block (expression_statement
  [(invocation_expression function: (member_access_expression expression: (identifier) @_c name: (identifier) @_m)
                          arguments: (argument_list . (argument [(integer_literal) (invocation_expression function: (member_access_expression expression: (identifier) @_ts) arguments: (argument_list . (argument (integer_literal)) .))]) .))
   (await_expression (invocation_expression function: (member_access_expression expression: (identifier) @_c name: (identifier) @_m)
                          arguments: (argument_list . (argument [(integer_literal) (invocation_expression function: (member_access_expression expression: (identifier) @_ts) arguments: (argument_list . (argument (integer_literal)) .))]) .)))]) @signal.fixed-delay-retry)
  (#match? @_c "^(Thread|Task)$") (#match? @_m "^(Sleep|Delay)$"))

; while (true) / for (;;) around a try: retries forever
(while_statement condition: (boolean_literal) @_t body: (block (try_statement)) (#eq? @_t "true")) @signal.unbounded-retry
((for_statement body: (block (try_statement))) @signal.unbounded-retry
  (#match? @signal.unbounded-retry "^for\\s*\\(\\s*;\\s*;\\s*\\)"))

; an HTTP call with neither a timeout nor a cancellation token
(invocation_expression
  function: (member_access_expression expression: (_) @_client name: (identifier) @_m)
  arguments: (argument_list . (argument) .)
  (#match? @_client "([hH]ttp|[cC]lient)$")
  (#match? @_m "^(Get|GetString|GetByteArray|GetStream|Delete|GetFromJson)Async$")) @signal.missing-timeout
(invocation_expression
  function: (member_access_expression expression: (_) @_client name: (identifier) @_m)
  arguments: (argument_list . (argument) . (argument) .)
  (#match? @_client "([hH]ttp|[cC]lient)$")
  (#match? @_m "^(Post|Put|Patch|Send|PostAsJson|PutAsJson)Async$")) @signal.missing-timeout

; timeouts disabled
(member_access_expression expression: (identifier) @_c name: (identifier) @_m
  (#eq? @_c "Timeout") (#match? @_m "^Infinite")) @signal.infinite-timeout

; CancellationToken.None drops the caller's deadline
(argument (member_access_expression expression: (identifier) @_c name: (identifier) @_m
  (#eq? @_c "CancellationToken") (#eq? @_m "None"))) @signal.background-context

; retry loops: a loop whose body catches and goes round again
[(while_statement body: (block (try_statement)))
 (do_statement body: (block (try_statement)))
 (for_statement body: (block (try_statement)))
 (foreach_statement body: (block (try_statement)))] @context.retry-loop
