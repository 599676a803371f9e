; Scala back-pressure: Akka/Pekko Streams (Source.queue with a buffer and OverflowStrategy,
; mapAsync(n), buffer, throttle), bounded java.util.concurrent queues and pools; unbounded
; queues, cached thread pools, Futures started per item of a loop.

(call_expression function: [(field_expression field: (identifier) @_m) (generic_function function: (field_expression field: (identifier) @_m))]
  arguments: (arguments . (integer_literal))
  (#any-of? @_m "queue" "buffer" "actorRef")) @presence @signal.bounded-capacity
(call_expression function: [(field_expression field: (identifier) @_m) (generic_function function: (field_expression field: (identifier) @_m))]
  (#any-of? @_m "queue" "buffer" "actorRef" "mapAsync" "mapAsyncUnordered" "throttle" "via" "runWith")
  (#any-of? @_m "queue" "buffer" "actorRef" "mapAsync" "mapAsyncUnordered" "throttle")) @presence @signal.reactive-stream
(field_expression value: (identifier) @_o field: (identifier) @_s (#eq? @_o "OverflowStrategy")) @signal.overflow-strategy
(call_expression function: [(field_expression field: (identifier) @_m) (generic_function function: (field_expression field: (identifier) @_m))]
  arguments: (arguments . (integer_literal))
  (#any-of? @_m "mapAsync" "mapAsyncUnordered" "flatMapMerge")) @signal.parallelism-bound
(call_expression function: (field_expression value: (identifier) @_e field: (identifier) @_m)
  (#eq? @_e "Executors") (#any-of? @_m "newFixedThreadPool" "newWorkStealingPool")) @presence @signal.parallelism-bound
(call_expression function: (field_expression field: (identifier) @_m) (#eq? @_m "throttle")) @signal.rate-limited
(instance_expression [(type_identifier) (generic_type)] @_q arguments: (arguments (integer_literal))
  (#match? @_q "^(ArrayBlockingQueue|LinkedBlockingQueue|Semaphore)")) @presence @signal.bounded-capacity

(instance_expression [(type_identifier) (generic_type)] @_q arguments: (arguments) @_a
  (#match? @_q "^(LinkedBlockingQueue|ConcurrentLinkedQueue|LinkedBlockingDeque)") (#match? @_a "^\\(\\s*\\)$")) @signal.unbounded-queue
(call_expression function: (field_expression value: (identifier) @_e field: (identifier) @_m)
  (#eq? @_e "Executors") (#eq? @_m "newCachedThreadPool")) @signal.unbounded-pool

; a Future started per item ("within": "loop")
(call_expression function: (identifier) @_f (#eq? @_f "Future")) @signal.spawn-per-item
(call_expression function: (field_expression value: (identifier) @_f field: (identifier) @_m) (#eq? @_f "Future") (#eq? @_m "apply")) @signal.spawn-per-item

(while_expression) @context.loop
(for_expression) @context.loop
(call_expression function: (field_expression field: (identifier) @_m) (#eq? @_m "foreach")) @context.loop
