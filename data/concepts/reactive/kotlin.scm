; Kotlin asynchronous design: coroutines (async/awaitAll, flows and their operators,
; .catch), CompletableFuture composition; runBlocking or Thread.sleep inside suspend
; functions, future.get(), blocking file reads in suspend code, GlobalScope launches.

(call_expression (simple_identifier) @_f
  (#any-of? @_f "launch" "async" "coroutineScope" "supervisorScope" "withContext" "flow" "awaitAll" "runBlocking" "channelFlow")) @presence
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "async" "launch" "await" "thenApply" "thenCompose" "thenCombine" "supplyAsync" "collect" "flatMapMerge" "flatMapConcat")) @presence

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "thenApply" "thenCompose" "thenCombine" "flatMapConcat" "flatMapMerge" "flatMapLatest" "mapLatest" "transform")) @signal.composition
(call_expression (simple_identifier) @_f (#eq? @_f "awaitAll")) @signal.concurrent-await
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (#any-of? @_m "awaitAll" "zip" "combine" "allOf")) @signal.concurrent-await
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (call_suffix (annotated_lambda))
  (#any-of? @_m "catch" "exceptionally" "handle" "retryWhen" "onErrorResume")) @signal.error-recovery
(call_expression (simple_identifier) @_f (call_suffix (value_arguments (value_argument (navigation_expression (simple_identifier) @_d (navigation_suffix (simple_identifier) @_io)))))
  (#eq? @_f "withContext") (#eq? @_d "Dispatchers") (#eq? @_io "IO")) @signal.non-blocking-io

; inside a suspend function: runBlocking, Thread.sleep, blocking reads (its statements,
; or one block down)
(function_declaration (modifiers (function_modifier) @_s)
  (function_body (statements [(call_expression (simple_identifier) @_rb) @signal.blocking-get
                              (property_declaration (call_expression (simple_identifier) @_rb) @signal.blocking-get)]))
  (#eq? @_s "suspend") (#eq? @_rb "runBlocking"))
(function_declaration (modifiers (function_modifier) @_s)
  (function_body (statements (call_expression (navigation_expression (simple_identifier) @_t (navigation_suffix (simple_identifier) @_sl))) @signal.sleep-in-async))
  (#eq? @_s "suspend") (#eq? @_t "Thread") (#eq? @_sl "sleep"))
(function_declaration (modifiers (function_modifier) @_s)
  (function_body (statements [(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_r))) @signal.sync-io-in-async
                              (property_declaration (call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_r))) @signal.sync-io-in-async)]))
  (#eq? @_s "suspend") (#any-of? @_r "readText" "readBytes" "readLines" "writeText" "execute"))
(call_expression (navigation_expression (_) @_f (navigation_suffix (simple_identifier) @_g)) (call_suffix (value_arguments) @_args)
  (#match? @_f "([fF]uture)$") (#eq? @_g "get") (#match? @_args "^\\(\\s*\\)$")) @signal.blocking-get

(call_expression (navigation_expression (simple_identifier) @_g (navigation_suffix (simple_identifier) @_m))
  (#eq? @_g "GlobalScope") (#any-of? @_m "launch" "async")) @signal.dangling-task

; async code: suspend functions and the lambdas of coroutine builders
((function_declaration (modifiers (function_modifier) @_s)) @context.async (#eq? @_s "suspend"))
((call_expression [(simple_identifier) @_b (navigation_expression (_) (navigation_suffix (simple_identifier) @_b))] (call_suffix (annotated_lambda) @context.async))
 (#any-of? @_b "launch" "async" "flow" "withContext" "coroutineScope" "supervisorScope"))
