; backpressure × Java: bounded queues and pools, semaphores, rate limiters, reactive streams.

; presence: queues, pools, semaphores, limiters, reactive streams
((object_creation_expression type: [(type_identifier) @_type (generic_type (type_identifier) @_type)]) @presence
 (#any-of? @_type "ArrayBlockingQueue" "LinkedBlockingQueue" "LinkedBlockingDeque" "ConcurrentLinkedQueue"
  "LinkedTransferQueue" "ThreadPoolExecutor" "Semaphore" "ScheduledThreadPoolExecutor"))
((method_invocation object: (identifier) @_type name: (identifier) @_make) @presence
 (#any-of? @_type "Executors" "RateLimiter" "Bulkhead" "Flowable" "Flux" "Source")
 (#not-any-of? @_make "callable"))

; +bounded-capacity: new ArrayBlockingQueue<>(100), new LinkedBlockingQueue<>(1000)
((object_creation_expression
   type: [(type_identifier) @_type (generic_type (type_identifier) @_type)]
   arguments: (argument_list . (_))) @signal.bounded-capacity
 (#any-of? @_type "ArrayBlockingQueue" "LinkedBlockingQueue" "LinkedBlockingDeque"))

; -unbounded-queue: new LinkedBlockingQueue<>()
((object_creation_expression
   type: [(type_identifier) @_type (generic_type (type_identifier) @_type)]
   arguments: (argument_list) @_args) @signal.unbounded-queue
 (#any-of? @_type "LinkedBlockingQueue" "LinkedBlockingDeque" "ConcurrentLinkedQueue" "LinkedTransferQueue" "PriorityBlockingQueue")
 (#eq? @_args "()"))

; -unbounded-pool
((method_invocation object: (identifier) @_executors name: (identifier) @_pool) @signal.unbounded-pool
 (#eq? @_executors "Executors")
 (#any-of? @_pool "newCachedThreadPool" "newVirtualThreadPerTaskExecutor" "newThreadPerTaskExecutor"))

; +parallelism-bound: fixed pools, semaphores, flatMap concurrency, limitRate
((method_invocation object: (identifier) @_executors name: (identifier) @_pool) @signal.parallelism-bound
 (#eq? @_executors "Executors")
 (#any-of? @_pool "newFixedThreadPool" "newWorkStealingPool" "newScheduledThreadPool"))
((object_creation_expression type: (type_identifier) @_type arguments: (argument_list . (_))) @signal.parallelism-bound
 (#eq? @_type "Semaphore"))
((method_invocation name: (identifier) @_op arguments: (argument_list (_) . (_))) @signal.parallelism-bound
 (#any-of? @_op "flatMap" "flatMapSequential" "mapAsync" "mapAsyncUnordered" "parallel"))
((method_invocation name: (identifier) @_op) @signal.parallelism-bound
 (#any-of? @_op "limitRate" "maxConcurrentCalls" "setMaximumPoolSize"))

; +overflow-strategy
((method_invocation name: (identifier) @_op) @signal.overflow-strategy
 (#any-of? @_op "onBackpressureBuffer" "onBackpressureDrop" "onBackpressureLatest" "onBackpressureError"))
((field_access object: (identifier) @_type) @signal.overflow-strategy
 (#any-of? @_type "BackpressureStrategy" "OverflowStrategy"))
((object_creation_expression type: (scoped_type_identifier) @_policy) @signal.overflow-strategy
 (#match? @_policy "(CallerRunsPolicy|AbortPolicy|DiscardPolicy|DiscardOldestPolicy)$"))

; +rate-limited
((method_invocation object: (identifier) @_limiter name: (identifier) @_op) @signal.rate-limited
 (#any-of? @_limiter "RateLimiter" "rateLimiter" "limiter")
 (#any-of? @_op "create" "acquire" "tryAcquire" "of" "ofDefaults" "executeSupplier"))
((method_invocation name: (identifier) @_op) @signal.rate-limited
 (#any-of? @_op "throttle" "throttleFirst" "throttleLast" "sample"))

; +reactive-stream
((method_invocation object: (identifier) @_type) @signal.reactive-stream
 (#any-of? @_type "Flowable" "Flux" "Source"))

; -spawn-per-item: a thread or async task per loop iteration
((method_invocation
   object: (object_creation_expression type: (type_identifier) @_thread)
   name: (identifier) @_start) @signal.spawn-per-item
 (#eq? @_thread "Thread")
 (#eq? @_start "start"))
((method_invocation object: (identifier) @_cf name: (identifier) @_async arguments: (argument_list . (_) .)) @signal.spawn-per-item
 (#eq? @_cf "CompletableFuture")
 (#any-of? @_async "runAsync" "supplyAsync"))
[(for_statement) (enhanced_for_statement) (while_statement) (do_statement)] @context.loop
