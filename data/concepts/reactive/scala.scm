; Scala asynchronous design: Future/IO composition (map, flatMap, for over futures,
; Future.sequence/traverse, zip, recover), actors, Akka Streams; Await.result/ready, Thread.sleep
; inside Future bodies or actors, blocking I/O in a Future.

(call_expression function: (field_expression value: (identifier) @_f field: (identifier) @_m)
  (#eq? @_f "Future") (#any-of? @_m "apply" "sequence" "traverse" "successful" "failed" "firstCompletedOf")) @presence
(call_expression function: (identifier) @_f (#eq? @_f "Future")) @presence
(call_expression function: (field_expression value: (identifier) @_a field: (identifier) @_m)
  (#eq? @_a "Await") (#any-of? @_m "result" "ready")) @presence @signal.blocking-get
(call_expression function: (field_expression field: (identifier) @_m)
  (#any-of? @_m "flatMap" "zip" "zipWith" "recover" "recoverWith" "onComplete" "pipeTo" "mapAsync" "transformWith")) @presence

(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "flatMap" "transformWith" "andThen" "pipeTo")) @signal.composition
(call_expression function: (field_expression value: (identifier) @_f field: (identifier) @_m)
  (#eq? @_f "Future") (#any-of? @_m "sequence" "traverse" "firstCompletedOf")) @signal.concurrent-await
(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "zip" "zipWith" "parMapN" "parTraverse")) @signal.concurrent-await
(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "recover" "recoverWith" "handleErrorWith" "fallbackTo")) @signal.error-recovery
(call_expression function: (field_expression value: (identifier) @_h field: (identifier) @_m)
  (#any-of? @_h "Http" "http") (#any-of? @_m "singleRequest" "apply")) @signal.non-blocking-io
(call_expression function: (field_expression field: (identifier) @_m) (#eq? @_m "singleRequest")) @signal.non-blocking-io

; Thread.sleep / blocking reads inside a Future body or an actor's receive
(call_expression function: (identifier) @_f arguments: (block [(call_expression function: (field_expression value: (identifier) @_t field: (identifier) @_s)) @signal.sleep-in-async
                                                             (_ (call_expression function: (field_expression value: (identifier) @_t field: (identifier) @_s)) @signal.sleep-in-async)])
  (#eq? @_f "Future") (#eq? @_t "Thread") (#eq? @_s "sleep"))
(function_definition name: (identifier) @_r body: (_ (case_clause body: [(call_expression function: (field_expression value: (identifier) @_t field: (identifier) @_s)) @signal.sleep-in-async
                                                                        (block (call_expression function: (field_expression value: (identifier) @_t field: (identifier) @_s)) @signal.sleep-in-async)]))
  (#eq? @_r "receive") (#eq? @_t "Thread") (#eq? @_s "sleep"))
(call_expression function: (identifier) @_f arguments: (block [(call_expression function: (field_expression value: (_) @_src field: (identifier) @_from)) @signal.sync-io-in-async
                                                             (_ (call_expression function: (field_expression value: (_) @_src field: (identifier) @_from)) @signal.sync-io-in-async)])
  (#eq? @_f "Future") (#match? @_src "(^|\\.)(Source|Files)$") (#match? @_from "^(from(File|URL)|readAllBytes|readString|readAllLines)$"))


; async code: Future bodies and actors' receive
((call_expression function: (identifier) @_f arguments: (block) @context.async) (#eq? @_f "Future"))
((function_definition name: (identifier) @_r) @context.async (#eq? @_r "receive"))
