; reactive: Go (goroutines, channels, select, errgroup).
; Presence: a `go` statement, a select, an errgroup. Good: work awaited together (wg.Wait,
; g.Wait), cancellation and errors handled (errgroup.WithContext, `case <-ctx.Done()`),
; pipeline stages (range over a channel, send downstream), non-blocking channel operations
; (select with default). Bad: time.Sleep inside a goroutine or an HTTP handler.

; presence
((go_statement) @presence)

((select_statement) @presence)

((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence
 (#eq? @_pkg "errgroup")
 (#any-of? @_fn "WithContext"))

; +concurrent-await: wg.Wait(), g.Wait()
((call_expression
   function: (selector_expression
     operand: (identifier) @_group
     field: (field_identifier) @_wait)) @signal.concurrent-await
 (#match? @_group "^(wg|g|eg|group|[a-z]*Group|[a-z]*WG)$")
 (#eq? @_wait "Wait"))

; +error-recovery: errgroup with a context; select on ctx.Done()
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @signal.error-recovery
 (#eq? @_pkg "errgroup")
 (#eq? @_fn "WithContext"))

((communication_case
   communication: (receive_statement
     right: (unary_expression
       operand: (call_expression
         function: (selector_expression
           operand: (_) @_ctx
           field: (field_identifier) @_done))))) @signal.error-recovery
 (#match? @_ctx "^(ctx|[a-z]*Ctx|.*\\.Context\\(\\))$")
 (#eq? @_done "Done"))

; +composition: a pipeline stage (range over a channel, send downstream)
((for_statement
   (range_clause)
   body: (block
     (send_statement
       value: (_) @_value) @signal.composition))
 (#not-match? @_value "^struct\\{\\}\\{\\}$"))

; +non-blocking-io: a channel operation that never blocks (select with default)
((select_statement
   (default_case)) @signal.non-blocking-io)

; -sleep-in-async: time.Sleep in a goroutine
((go_statement
   (call_expression
     function: (func_literal
       body: (block
         [(expression_statement
            (call_expression
              function: (selector_expression
                operand: (identifier) @_time
                field: (field_identifier) @_sleep)) @signal.sleep-in-async)
          (_ (block
               (expression_statement
                 (call_expression
                   function: (selector_expression
                     operand: (identifier) @_time
                     field: (field_identifier) @_sleep)) @signal.sleep-in-async)))]))))
 (#eq? @_time "time")
 (#eq? @_sleep "Sleep"))

; -sleep-in-async: time.Sleep in an HTTP handler
((_
   parameters: (parameter_list
     (parameter_declaration
       type: (qualified_type) @_w))
   body: (block
     [(expression_statement
        (call_expression
          function: (selector_expression
            operand: (identifier) @_time
            field: (field_identifier) @_sleep)) @signal.sleep-in-async)
      (_ (block
           (expression_statement
             (call_expression
               function: (selector_expression
                 operand: (identifier) @_time
                 field: (field_identifier) @_sleep)) @signal.sleep-in-async)))]))
 (#eq? @_w "http.ResponseWriter")
 (#eq? @_time "time")
 (#eq? @_sleep "Sleep"))
