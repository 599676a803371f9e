; C# back-pressure: System.Threading.Channels (CreateBounded vs CreateUnbounded),
; BlockingCollection with a bounded capacity, SemaphoreSlim and MaxDegreeOfParallelism as
; concurrency bounds, System.Threading.RateLimiting, TPL Dataflow BoundedCapacity.

(invocation_expression
  function: (member_access_expression expression: (identifier) @_c name: (generic_name (identifier) @_m))
  (#eq? @_c "Channel") (#eq? @_m "CreateBounded")) @presence @signal.bounded-capacity
(object_creation_expression
  type: [(identifier) (generic_name (identifier))] @_t
  arguments: (argument_list (argument))
  (#match? @_t "^(BlockingCollection|BoundedChannelOptions|SemaphoreSlim)")) @presence
(object_creation_expression
  type: [(identifier) (generic_name (identifier))] @_t
  arguments: (argument_list (argument))
  (#match? @_t "^BlockingCollection")) @signal.bounded-capacity
(assignment_expression left: (identifier) @_p (#any-of? @_p "BoundedCapacity" "Capacity" "QueueLimit")) @presence @signal.bounded-capacity

(assignment_expression
  left: (identifier) @_p
  right: (member_access_expression expression: (identifier) @_mode)
  (#eq? @_p "FullMode") (#eq? @_mode "BoundedChannelFullMode")) @signal.overflow-strategy
(assignment_expression left: (identifier) @_p (#eq? @_p "QueueProcessingOrder")) @signal.overflow-strategy

(object_creation_expression
  type: (identifier) @_t arguments: (argument_list (argument))
  (#eq? @_t "SemaphoreSlim")) @signal.parallelism-bound
(assignment_expression left: (identifier) @_p (#eq? @_p "MaxDegreeOfParallelism")) @presence @signal.parallelism-bound

(object_creation_expression
  type: (identifier) @_t
  (#match? @_t "^(TokenBucket|FixedWindow|SlidingWindow|Concurrency)RateLimiter$")) @presence @signal.rate-limited
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "AddRateLimiter" "RequireRateLimiting" "AddFixedWindowLimiter" "AddTokenBucketLimiter" "AddConcurrencyLimiter")) @presence @signal.rate-limited

; unbounded buffers: Channel.CreateUnbounded, new BlockingCollection<T>() with no bound
(invocation_expression
  function: (member_access_expression expression: (identifier) @_c name: [(identifier) (generic_name (identifier))] @_m)
  (#eq? @_c "Channel") (#match? @_m "^CreateUnbounded")) @signal.unbounded-queue
(object_creation_expression
  type: (generic_name (identifier) @_t)
  arguments: (argument_list) @_args
  (#eq? @_t "BlockingCollection") (#match? @_args "^\\(\\s*\\)$")) @signal.unbounded-queue

; a task or thread started per item of a loop ("within": "loop")
(invocation_expression
  function: (member_access_expression expression: (identifier) @_t name: (identifier) @_m)
  (#any-of? @_t "Task" "ThreadPool")
  (#any-of? @_m "Run" "Factory" "QueueUserWorkItem")) @signal.spawn-per-item
(object_creation_expression type: (identifier) @_t (#eq? @_t "Thread")) @signal.spawn-per-item

(for_statement) @context.loop
(foreach_statement) @context.loop
(while_statement) @context.loop
(do_statement) @context.loop
