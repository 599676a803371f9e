; backpressure: Go (buffered channels, semaphores, errgroup limits, rate limiters).
; Bounded: make(chan T, n), semaphore.NewWeighted(n), g.SetLimit(n), a `sem <- struct{}{}`
; token before spawning, rate.NewLimiter. Overflow strategy: a select that sends or drops
; (`default:`). Unbounded: a goroutine started per loop item with nothing acquired before it
; (the `go` statement is the first statement of the loop body, or follows only plain
; statements such as wg.Add(1)).

; +bounded-capacity / presence: make(chan T, n)
((call_expression
   function: (identifier) @_make
   arguments: (argument_list (channel_type) . (_))) @presence @signal.bounded-capacity
 (#eq? @_make "make"))

; +parallelism-bound / presence: weighted semaphores, errgroup limits, semaphore channels
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence @signal.parallelism-bound
 (#eq? @_pkg "semaphore")
 (#eq? @_fn "NewWeighted"))

((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)
   arguments: (argument_list (_))) @presence @signal.parallelism-bound
 (#eq? @_fn "SetLimit"))

((call_expression
   function: (selector_expression
     operand: (_) @_sem
     field: (field_identifier) @_fn)) @presence @signal.parallelism-bound
 (#match? @_sem "[Ss]em(aphore)?$|[Ll]imiter$")
 (#any-of? @_fn "Acquire" "TryAcquire"))

((send_statement
   channel: (_) @_sem
   value: (composite_literal
     type: (struct_type))) @presence @signal.parallelism-bound
 (#match? @_sem "[Ss]em(aphore)?s?$|[Tt]okens$|[Ss]lots$|[Ll]imit$"))

; +rate-limited / presence: golang.org/x/time/rate
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence @signal.rate-limited
 (#eq? @_pkg "rate")
 (#any-of? @_fn "NewLimiter" "Every"))

((call_expression
   function: (selector_expression
     operand: (_) @_lim
     field: (field_identifier) @_fn)) @signal.rate-limited
 (#match? @_lim "[Ll]imiter$")
 (#any-of? @_fn "Wait" "Allow" "Reserve" "WaitN" "AllowN"))

; +overflow-strategy: a non-blocking send that drops or rejects when the buffer is full
((select_statement
   (communication_case
     communication: (send_statement))
   (default_case)) @presence @signal.overflow-strategy)

;; contexts shared by all Go packs: loops
((for_statement) @context.loop)

; -spawn-per-item: a goroutine per loop item with no token acquired first
((for_statement
   body: (block
     .
     (go_statement) @signal.spawn-per-item)))

((for_statement
   body: (block
     .
     [(expression_statement) (short_var_declaration) (assignment_statement) (inc_statement)] @_a
     .
     (go_statement) @signal.spawn-per-item))
 (#not-match? @_a "Acquire|[Ss]em|<-|Wait\\(|[Ll]imit"))

((for_statement
   body: (block
     .
     [(expression_statement) (short_var_declaration) (assignment_statement) (inc_statement)] @_a
     .
     [(expression_statement) (short_var_declaration) (assignment_statement) (inc_statement)] @_b
     .
     (go_statement) @signal.spawn-per-item))
 (#not-match? @_a "Acquire|[Ss]em|<-|Wait\\(|[Ll]imit")
 (#not-match? @_b "Acquire|[Ss]em|<-|Wait\\(|[Ll]imit"))
