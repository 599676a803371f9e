; backpressure: TSX (TypeScript with JSX) (p-limit, p-queue, Bottleneck, async, streams).
; Good: pLimit(n), new PQueue({ concurrency }), async.mapLimit/eachLimit/queue(worker, n),
; Bottleneck / rate limiters, a stream highWaterMark, waiting for 'drain', stream.pipeline.
; Bad: Promise.all over items.map(...) (every item at once), stream.write() in a loop whose
; return value (false = buffer full) is ignored.
; The patterns below are the JavaScript ones: tree-sitter-typescript keeps the same node types
; and fields for these constructs (checked by compiling this file against its own grammar).

; presence + parallelism-bound
((call_expression
   function: (identifier) @_fn
   arguments: (arguments . (_))) @presence @signal.parallelism-bound
 (#match? @_fn "^(pLimit|plimit|limit|pMap|throat|Semaphore|semaphore)$"))

((new_expression
   constructor: (_) @_cls
   arguments: (arguments (object (pair key: (property_identifier) @_key)))) @presence @signal.parallelism-bound
 (#match? @_cls "^(PQueue|Queue|Semaphore|Sema|Piscina|Pool)$")
 (#match? @_key "^(concurrency|maxThreads|max|capacity)$"))

((new_expression
   constructor: (_) @_cls) @presence @signal.parallelism-bound
 (#match? @_cls "^(Semaphore|Sema|Mutex)$"))

((call_expression
   function: (member_expression
     object: (identifier) @_async
     property: (property_identifier) @_fn)) @presence @signal.parallelism-bound
 (#match? @_async "^(async|asyncLib)$")
 (#match? @_fn "Limit$|^(queue|cargo|priorityQueue)$"))

((pair
   key: (property_identifier) @_key
   value: (number)) @signal.parallelism-bound
 (#eq? @_key "concurrency"))

; presence + rate-limited
((new_expression
   constructor: (_) @_cls) @presence @signal.rate-limited
 (#match? @_cls "^(Bottleneck|RateLimiter|TokenBucket)$"))

((call_expression
   function: (identifier) @_fn) @presence @signal.rate-limited
 (#match? @_fn "^(rateLimit|pThrottle|throttle|slowDown)$"))

; presence + bounded-capacity: highWaterMark, maxSize
((pair
   key: (property_identifier) @_key) @presence @signal.bounded-capacity
 (#match? @_key "^(highWaterMark|readableHighWaterMark|writableHighWaterMark|maxQueueSize|maxSize|queueLimit)$"))

; presence + overflow-strategy: respect write()'s false and wait for 'drain'
((call_expression
   function: (member_expression
     property: (property_identifier) @_on)
   arguments: (arguments . (string) @_event)) @presence @signal.overflow-strategy
 (#match? @_on "^(on|once)$")
 (#match? @_event "^.drain.$"))

((call_expression
   function: (identifier) @_once
   arguments: (arguments (_) . (string) @_event)) @presence @signal.overflow-strategy
 (#eq? @_once "once")
 (#match? @_event "^.drain.$"))

; +reactive-stream: pipeline handles backpressure end to end
((call_expression
   function: [(identifier) (member_expression)] @_fn) @presence @signal.reactive-stream
 (#match? @_fn "^(pipeline|stream\\.pipeline|pipelinePromise)$"))

; -spawn-per-item: Promise.all(items.map(...)) starts every item at once (the callback is
; captured: it lies within the .map call, a loop context)
((call_expression
   function: (member_expression
     object: (identifier) @_promise
     property: (property_identifier) @_all)
   arguments: (arguments
     (call_expression
       function: (member_expression
         property: (property_identifier) @_map)
       arguments: (arguments
         [(arrow_function) (function_expression) (identifier)] @_fn @signal.spawn-per-item))))
 (#eq? @_promise "Promise")
 (#match? @_all "^(all|allSettled)$")
 (#eq? @_map "map")
 (#not-match? @_fn "^limit$|[Ll]imit\\("))

;; contexts shared by all JavaScript packs: loops, including callbacks run once per item
([(for_statement) (for_in_statement) (while_statement) (do_statement)] @context.loop)

((call_expression
   function: (member_expression
     property: (property_identifier) @_each)
   arguments: (arguments . [(arrow_function) (function_expression) (identifier)])) @context.loop
 (#match? @_each "^(map|forEach|flatMap)$"))

; -unbounded-queue: write() in a loop ignoring its return value (the buffer grows unbounded)
([(for_statement
    body: (statement_block
      (expression_statement
        (call_expression
          function: (member_expression
            object: (_) @_stream
            property: (property_identifier) @_write)) @signal.unbounded-queue)))
  (for_in_statement
    body: (statement_block
      (expression_statement
        (call_expression
          function: (member_expression
            object: (_) @_stream
            property: (property_identifier) @_write)) @signal.unbounded-queue)))
  (while_statement
    body: (statement_block
      (expression_statement
        (call_expression
          function: (member_expression
            object: (_) @_stream
            property: (property_identifier) @_write)) @signal.unbounded-queue)))]
 (#match? @_stream "[Ss]tream$|^(out|output|res|socket|writer|file|ws|dest)$")
 (#eq? @_write "write"))
