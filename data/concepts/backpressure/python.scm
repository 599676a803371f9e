; backpressure × Python: queues, semaphores, executors, asyncio tasks.

((call function: [(identifier) @_type (attribute attribute: (identifier) @_type)]) @presence
 (#any-of? @_type "Queue" "LifoQueue" "PriorityQueue" "SimpleQueue" "Semaphore" "BoundedSemaphore"
  "ThreadPoolExecutor" "ProcessPoolExecutor" "Pool" "RateLimiter" "AsyncLimiter" "CapacityLimiter"))

; +bounded-capacity: Queue(maxsize=100) / Queue(100)
((call
   function: [(identifier) @_type (attribute attribute: (identifier) @_type)]
   arguments: (argument_list . [(keyword_argument name: (identifier) @_max) (integer) (identifier)])) @signal.bounded-capacity
 (#any-of? @_type "Queue" "LifoQueue" "PriorityQueue"))

; -unbounded-queue: Queue() without maxsize, SimpleQueue()
((call
   function: [(identifier) @_type (attribute attribute: (identifier) @_type)]
   arguments: (argument_list) @_args) @signal.unbounded-queue
 (#any-of? @_type "Queue" "LifoQueue" "PriorityQueue" "SimpleQueue")
 (#eq? @_args "()"))
((call
   function: [(identifier) @_type (attribute attribute: (identifier) @_type)]
   arguments: (argument_list (keyword_argument name: (identifier) @_max value: (integer) @_zero))) @signal.unbounded-queue
 (#any-of? @_type "Queue" "LifoQueue" "PriorityQueue")
 (#eq? @_max "maxsize")
 (#eq? @_zero "0"))

; +parallelism-bound: semaphores, executors with max_workers
((call function: [(identifier) @_type (attribute attribute: (identifier) @_type)]) @signal.parallelism-bound
 (#any-of? @_type "Semaphore" "BoundedSemaphore" "CapacityLimiter"))
((call
   function: [(identifier) @_type (attribute attribute: (identifier) @_type)]
   arguments: (argument_list (keyword_argument name: (identifier) @_max))) @signal.parallelism-bound
 (#any-of? @_type "ThreadPoolExecutor" "ProcessPoolExecutor" "Pool")
 (#any-of? @_max "max_workers" "processes"))

; +rate-limited
((call function: [(identifier) @_limit (attribute attribute: (identifier) @_limit)]) @signal.rate-limited
 (#any-of? @_limit "RateLimiter" "AsyncLimiter" "limits" "sleep_and_retry" "throttle"))

; -spawn-per-item: a task or thread started per loop iteration (within loop)
((call function: (attribute object: (identifier) @_asyncio attribute: (identifier) @_spawn)) @signal.spawn-per-item
 (#any-of? @_asyncio "asyncio" "loop")
 (#any-of? @_spawn "create_task" "ensure_future"))
((call function: (attribute object: (call function: [(identifier) @_thread (attribute attribute: (identifier) @_thread)]) attribute: (identifier) @_start)) @signal.spawn-per-item
 (#any-of? @_thread "Thread" "Process")
 (#eq? @_start "start"))
[(for_statement) (while_statement)] @context.loop
