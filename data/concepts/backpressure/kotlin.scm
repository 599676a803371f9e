; Kotlin back-pressure: coroutine Channel capacities (UNLIMITED is unbounded; the default
; rendezvous channel is bounded), Flow.buffer, onBufferOverflow, Semaphore/withPermit,
; flatMapMerge(concurrency), limitedParallelism, java.util.concurrent queues and pools,
; Guava/resilience4j rate limiters, coroutines launched per item of a loop.

(call_expression (simple_identifier) @_c (call_suffix (value_arguments (value_argument (integer_literal))))
  (#eq? @_c "Channel")) @presence @signal.bounded-capacity
(call_expression (simple_identifier) @_c (call_suffix (value_arguments (value_argument (navigation_expression (simple_identifier) (navigation_suffix (simple_identifier) @_cap)))))
  (#eq? @_c "Channel") (#any-of? @_cap "BUFFERED" "RENDEZVOUS" "CONFLATED")) @presence @signal.bounded-capacity
(call_expression (simple_identifier) @_c (call_suffix (value_arguments (value_argument (navigation_expression (simple_identifier) (navigation_suffix (simple_identifier) @_cap)))))
  (#any-of? @_c "Channel" "buffer") (#eq? @_cap "UNLIMITED")) @signal.unbounded-queue
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_b)) (call_suffix (value_arguments (value_argument (navigation_expression (simple_identifier) (navigation_suffix (simple_identifier) @_cap)))))
  (#eq? @_b "buffer") (#eq? @_cap "UNLIMITED")) @signal.unbounded-queue
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_b)) (call_suffix (value_arguments (value_argument (integer_literal))))
  (#eq? @_b "buffer")) @presence @signal.bounded-capacity
(call_expression (simple_identifier) @_q (call_suffix (value_arguments (value_argument)))
  (#any-of? @_q "ArrayBlockingQueue" "LinkedBlockingQueue" "LinkedBlockingDeque")) @presence @signal.bounded-capacity
(call_expression (simple_identifier) @_q (call_suffix (type_arguments)? (value_arguments) @_args)
  (#any-of? @_q "LinkedBlockingQueue" "LinkedBlockingDeque" "ConcurrentLinkedQueue") (#match? @_args "^\\(\\s*\\)$")) @signal.unbounded-queue

(value_argument (simple_identifier) @_k (#eq? @_k "onBufferOverflow")) @signal.overflow-strategy
(navigation_expression (simple_identifier) @_o (navigation_suffix (simple_identifier)) (#eq? @_o "BufferOverflow")) @signal.overflow-strategy
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "conflate" "onBackpressureBuffer" "onBackpressureDrop" "onBackpressureLatest")) @presence @signal.overflow-strategy

(call_expression (simple_identifier) @_s (call_suffix (value_arguments (value_argument)))
  (#any-of? @_s "Semaphore")) @presence @signal.parallelism-bound
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "withPermit" "limitedParallelism" "newFixedThreadPool" "flatMapMerge")) @presence @signal.parallelism-bound
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#eq? @_m "newCachedThreadPool")) @signal.unbounded-pool

(call_expression (navigation_expression (simple_identifier) @_r (navigation_suffix (simple_identifier) @_m))
  (#eq? @_r "RateLimiter") (#any-of? @_m "create" "of")) @presence @signal.rate-limited
(call_expression (navigation_expression (simple_identifier) @_r (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_r "Flowable" "Flux") (#any-of? @_m "create" "fromIterable" "just" "from")) @presence @signal.reactive-stream

; a coroutine or thread started per item ("within": "loop")
(call_expression (simple_identifier) @_l (call_suffix (annotated_lambda)) (#any-of? @_l "launch" "async" "thread")) @signal.spawn-per-item
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_l)) (call_suffix (annotated_lambda)) (#any-of? @_l "launch" "async")) @signal.spawn-per-item

(for_statement) @context.loop
(while_statement) @context.loop
(do_while_statement) @context.loop
(call_expression
  (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (call_suffix (annotated_lambda))
  (#any-of? @_m "forEach" "forEachIndexed" "onEach")) @context.loop
