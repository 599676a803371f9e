; reactive × Java: CompletableFuture, Reactor, RxJava, @Async.

; presence: async building blocks
((method_invocation object: (identifier) @_type name: (identifier) @_make) @presence
 (#any-of? @_type "CompletableFuture" "Mono" "Flux" "Single" "Observable" "Flowable" "Uni" "Multi")
 (#not-eq? @_make "class"))
((marker_annotation name: (identifier) @_async) @presence
 (#eq? @_async "Async"))

; +composition
((method_invocation name: (identifier) @_then) @signal.composition
 (#any-of? @_then "thenApply" "thenApplyAsync" "thenCompose" "thenComposeAsync" "thenCombine" "thenAccept"
  "flatMap" "zipWith" "switchMap" "concatMap" "flatMapMany" "transform"))

; +concurrent-await
((method_invocation object: (identifier) @_type name: (identifier) @_all) @signal.concurrent-await
 (#any-of? @_type "CompletableFuture" "Mono" "Flux" "Futures" "Single" "Observable")
 (#any-of? @_all "allOf" "anyOf" "zip" "merge" "when" "allAsList" "successfulAsList" "combineLatest"))

; +error-recovery
((method_invocation name: (identifier) @_recover) @signal.error-recovery
 (#any-of? @_recover "exceptionally" "exceptionallyCompose" "handle" "onErrorResume" "onErrorReturn"
  "onErrorMap" "recover" "recoverWith" "onErrorResumeNext" "retryWhen"))

; +non-blocking-io
((method_invocation name: (identifier) @_async) @signal.non-blocking-io
 (#any-of? @_async "sendAsync" "bodyToMono" "bodyToFlux" "retrieve"))
((method_invocation object: (identifier) @_client) @signal.non-blocking-io
 (#any-of? @_client "WebClient" "AsynchronousSocketChannel" "AsynchronousFileChannel"))

; -blocking-get: future.get()/join(), mono.block()
((method_invocation object: (identifier) @_future name: (identifier) @_get) @signal.blocking-get
 (#match? @_future "([Ff]uture|[Pp]romise|[Mm]ono|[Ss]ingle)s?$")
 (#any-of? @_get "get" "join"))
((method_invocation object: (method_invocation name: (identifier) @_async) name: (identifier) @_get) @signal.blocking-get
 (#any-of? @_async "supplyAsync" "runAsync" "sendAsync" "submit" "thenApply" "thenCompose")
 (#any-of? @_get "get" "join"))
((method_invocation name: (identifier) @_block) @signal.blocking-get
 (#any-of? @_block "block" "blockFirst" "blockLast" "blockingGet" "blockingFirst" "blockingSubscribe"))

; async contexts: lambdas handed to async operators, @Async methods
((method_invocation name: (identifier) @_op arguments: (argument_list (lambda_expression) @context.async))
 (#any-of? @_op "supplyAsync" "runAsync" "thenApply" "thenApplyAsync" "thenCompose" "thenAccept" "map" "flatMap"
  "subscribe" "doOnNext" "fromCallable"))
((method_declaration (modifiers (marker_annotation name: (identifier) @_async))) @context.async
 (#eq? @_async "Async"))

; -sleep-in-async (within async)
((method_invocation object: [(identifier) @_sleeper (field_access object: (identifier) @_sleeper)] name: (identifier) @_sleep) @signal.sleep-in-async
 (#any-of? @_sleeper "Thread" "TimeUnit")
 (#eq? @_sleep "sleep"))

; -sync-io-in-async (within async): blocking HTTP, file and JDBC calls
((method_invocation name: (identifier) @_io) @signal.sync-io-in-async
 (#any-of? @_io "getForObject" "getForEntity" "postForObject" "exchange" "executeQuery" "readAllBytes" "readAllLines"
  "readString"))

; -dangling-task: CompletableFuture.runAsync(...); with the future dropped
((expression_statement
   (method_invocation object: (identifier) @_cf name: (identifier) @_async) @signal.dangling-task)
 (#eq? @_cf "CompletableFuture")
 (#any-of? @_async "runAsync" "supplyAsync"))
