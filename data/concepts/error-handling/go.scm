; error-handling: Go.
; Presence is an `if err != nil` check (or errors.Is/As). Good: the error returned wrapped with
; %w (or errors.Wrap), propagated, matched by errors.Is/As, logged; cleanup deferred. Bad:
; `_ = err`, an empty `if err != nil {}`, `return nil` on error, fmt.Errorf without %w or
; errors.New in an error branch (the cause is lost), a bare recover(), and panic/os.Exit/
; log.Fatal outside func main and func init.

; presence: if err != nil
((if_statement
   condition: (binary_expression
     left: (identifier) @_err
     operator: "!="
     right: (nil))) @presence
 (#match? @_err "^err$|Err$|^err[A-Z]"))

; +specific-exception: errors.Is / errors.As, sentinel comparisons
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence @signal.specific-exception
 (#eq? @_pkg "errors")
 (#any-of? @_fn "Is" "As"))

((binary_expression
   left: (identifier) @_err
   operator: ["==" "!="]
   right: (selector_expression) @_sentinel) @signal.specific-exception
 (#eq? @_err "err")
 (#match? @_sentinel "\\.(Err[A-Za-z]*|EOF)$"))

; +error-wrapped: fmt.Errorf("...: %w", err), errors.Wrap(f)
((call_expression
   function: (selector_expression
     operand: (identifier) @_fmt
     field: (field_identifier) @_errorf)
   arguments: (argument_list . (interpreted_string_literal) @_format)) @signal.error-wrapped
 (#eq? @_fmt "fmt")
 (#eq? @_errorf "Errorf")
 (#match? @_format "%w"))

((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @signal.error-wrapped
 (#eq? @_pkg "errors")
 (#any-of? @_fn "Wrap" "Wrapf" "WithMessage" "WithStack" "Join"))

; +error-propagated: return ..., err inside the error branch
((if_statement
   condition: (binary_expression
     left: (identifier) @_err
     operator: "!="
     right: (nil))
   consequence: (block
     (return_statement
       (expression_list (identifier) @_ret) @signal.error-propagated)))
 (#eq? @_err @_ret))

; +error-logged: a logger call that carries the error, inside the error branch
((if_statement
   condition: (binary_expression
     left: (identifier) @_err
     operator: "!="
     right: (nil))
   consequence: (block
     (expression_statement
       (call_expression
         function: (selector_expression
           operand: (_) @_recv
           field: (field_identifier) @_method)
         arguments: (argument_list) @_args) @signal.error-logged)))
 (#match? @_recv "^(log|slog|logrus|logger|l|zap\\.[LS]\\(\\))$|[Ll]ogger$|\\.log$|\\.(With[A-Za-z]*)\\(")
 (#match? @_method "^(Debug|Info|Warn|Warning|Error|Print)(f|w|ln|Context)?$")
 (#match? @_args "\\berr\\b"))

; +cleanup-in-finally: defer x.Close(), defer mu.Unlock(), defer cancel()
((defer_statement
   (call_expression
     function: [(selector_expression field: (field_identifier) @_fn) (identifier) @_fn])) @signal.cleanup-in-finally
 (#match? @_fn "^(Close|Unlock|RUnlock|Rollback|Done|Stop|Release|cancel|Cancel|Flush|Sync|Remove|RemoveAll)$"))

; -swallowed-error: _ = err; if err != nil {}; if err != nil { return nil }
((assignment_statement
   left: (expression_list (identifier) @_blank .)
   right: (expression_list (identifier) @_err .)) @signal.swallowed-error
 (#eq? @_blank "_")
 (#match? @_err "^err$|Err$"))

((if_statement
   condition: (binary_expression
     left: (identifier) @_err
     operator: "!="
     right: (nil))
   consequence: (block) @_body) @signal.swallowed-error
 (#match? @_err "^err$|Err$")
 (#match? @_body "^\\{\\s*(//[^\\n]*\\s*)*\\}$"))

((if_statement
   condition: (binary_expression
     left: (identifier) @_err
     operator: "!="
     right: (nil))
   consequence: (block
     .
     (return_statement (expression_list . (nil) .)) @signal.swallowed-error
     .))
 (#match? @_err "^err$"))

; -catch-all: a recovered panic thrown away: defer func() { recover() }()
((expression_statement
   (call_expression
     function: (identifier) @_recover
     arguments: (argument_list) @_none)) @signal.catch-all
 (#eq? @_recover "recover")
 (#eq? @_none "()"))

; -cause-lost: errors.New / fmt.Errorf without %w returned from an error branch
((if_statement
   condition: (binary_expression
     left: (identifier) @_err
     operator: "!="
     right: (nil))
   consequence: (block
     (return_statement
       (expression_list
         (call_expression
           function: (selector_expression
             operand: (identifier) @_pkg
             field: (field_identifier) @_fn)
           arguments: (argument_list . (_) @_format)) @signal.cause-lost))))
 (#match? @_err "^err$")
 (#match? @_pkg "^(errors|fmt)$")
 (#match? @_fn "^(New|Errorf)$")
 (#not-match? @_format "%w"))

;; context shared by all Go packs: a command-line program's entry point
((function_declaration
   name: (identifier) @_main) @context.cli
 (#eq? @_main "main"))

; -exit-in-library: panic / os.Exit / log.Fatal (the manifest drops it within func main)
((call_expression
   function: [(identifier) (selector_expression)] @_exit) @signal.exit-in-library
 (#match? @_exit "^(panic|os\\.Exit|log\\.Fatal(f|ln)?|log\\.Panic(f|ln)?)$"))
