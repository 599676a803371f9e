; C# asynchronous design: async/await on *Async APIs, Task.WhenAll, ContinueWith, System.Reactive
; operators; blocking .Result/.Wait()/GetResult(), Thread.Sleep and synchronous I/O inside
; async methods, tasks discarded with `_ =` or started and dropped.

(await_expression) @presence
(invocation_expression function: (member_access_expression expression: (identifier) @_t name: (identifier) @_m)
  (#eq? @_t "Task") (#any-of? @_m "WhenAll" "WhenAny")) @presence
(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "ContinueWith" "SelectMany" "Subscribe")) @presence

(await_expression (invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#match? @_m "Async$"))) @signal.non-blocking-io
(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "ContinueWith" "SelectMany" "Then")) @signal.composition
(invocation_expression function: (member_access_expression expression: (identifier) @_t name: (identifier) @_m)
  (#eq? @_t "Task") (#eq? @_m "WhenAll")) @signal.concurrent-await
(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "Catch" "OnErrorResumeNext" "Retry")
  (#match? @_m "^(Catch|OnErrorResumeNext)$")) @signal.error-recovery

; blocking on a task
(member_access_expression expression: [(invocation_expression) (identifier)] @_t name: (identifier) @_r
  (#eq? @_r "Result") (#match? @_t "([tT]ask|Async\\(.*\\))$")) @signal.blocking-get
(invocation_expression function: (member_access_expression expression: (invocation_expression function: (member_access_expression name: (identifier) @_aw)) name: (identifier) @_r)
  (#eq? @_aw "GetAwaiter") (#eq? @_r "GetResult")) @signal.blocking-get
(invocation_expression function: (member_access_expression expression: (_) @_t name: (identifier) @_w)
  (#match? @_t "([tT]ask|Async\\(.*\\))$") (#eq? @_w "Wait")) @signal.blocking-get
(invocation_expression function: (member_access_expression expression: (identifier) @_t name: (identifier) @_w)
  (#eq? @_t "Task") (#eq? @_w "WaitAll")) @signal.blocking-get

; Thread.Sleep / synchronous file I/O in an async method (its statements, one level of nesting)
(method_declaration (modifier) @_async
  body: (block [(expression_statement (invocation_expression function: (member_access_expression expression: (identifier) @_t name: (identifier) @_s)) @signal.sleep-in-async)
                (_ body: (block (expression_statement (invocation_expression function: (member_access_expression expression: (identifier) @_t name: (identifier) @_s)) @signal.sleep-in-async)))])
  (#eq? @_async "async") (#eq? @_t "Thread") (#eq? @_s "Sleep"))
(method_declaration (modifier) @_async
  body: (block [(expression_statement (invocation_expression function: (member_access_expression expression: (identifier) @_t name: (identifier) @_s)) @signal.sync-io-in-async)
                (local_declaration_statement (variable_declaration (variable_declarator (invocation_expression function: (member_access_expression expression: (identifier) @_t name: (identifier) @_s)) @signal.sync-io-in-async)))])
  (#eq? @_async "async") (#eq? @_t "File") (#match? @_s "^(Read|Write|Append)All(Text|Bytes|Lines)$"))

; a task discarded or dropped
(assignment_expression left: (identifier) @_d right: (invocation_expression function: (_) @_f)
  (#eq? @_d "_") (#match? @_f "Async$")) @signal.dangling-task
(expression_statement (invocation_expression function: (member_access_expression expression: (identifier) @_t name: (identifier) @_r)
  (#eq? @_t "Task") (#eq? @_r "Run")) @signal.dangling-task)

; async code: async methods, lambdas and local functions
((method_declaration (modifier) @_async) @context.async (#eq? @_async "async"))
((local_function_statement (modifier) @_async) @context.async (#eq? @_async "async"))
((lambda_expression (modifier) @_async) @context.async (#eq? @_async "async"))
