; logging: Go (log, log/slog, zap, logrus, zerolog).
; A logger call is a method call whose receiver looks like a logger (log, slog, logrus,
; zap.L(), s.logger, a logger.With(...) chain) and whose method is a level or Print*.
; math.Log(x) does not match: its method is "Log" but its receiver is "math".
; fmt.Print* counts as logging only when it reports an error (an err argument, or a message
; that says error/failed/warning): a CLI printing its results is user output, not logging.

; presence: the logger call
((call_expression
   function: (selector_expression
     operand: (_) @_recv
     field: (field_identifier) @_method)) @presence
 (#match? @_recv "^(log|slog|logrus|logger|l|lg|zlog|sugar|zap\\.[LS]\\(\\))$|[Ll]ogger$|\\.log$|^[A-Za-z_.]*([Ll]og|[Ll]ogger|zap\\.[LS]\\(\\))\\.(With[A-Za-z]*|Named)\\(")
 (#match? @_method "^((Debug|Info|Warn|Warning|Error|Fatal|Panic|DPanic|Trace)(f|w|ln|Context)?|Print|Printf|Println|Log|LogAttrs)$"))

; presence: zerolog's event chain log.Info().Str("k", v).Msg("...")
((call_expression
   function: (selector_expression
     operand: (call_expression) @_chain
     field: (field_identifier) @_msg)) @presence
 (#any-of? @_msg "Msg" "Msgf" "Send")
 (#match? @_chain "^(log|logger|[a-z.]*[Ll]ogger|zerolog)\\.(Debug|Info|Warn|Error|Fatal|Trace)\\(\\)"))

; +level-used
((call_expression
   function: (selector_expression
     operand: (_) @_recv
     field: (field_identifier) @signal.level-used))
 (#match? @_recv "^(slog|logrus|logger|l|lg|zlog|sugar|zap\\.[LS]\\(\\))$|[Ll]ogger$|\\.log$|^[A-Za-z_.]*([Ll]og|[Ll]ogger|zap\\.[LS]\\(\\))\\.(With[A-Za-z]*|Named)\\(")
 (#match? @signal.level-used "^(Debug|Info|Warn|Warning|Error|Trace)(f|w|Context)?$"))

; +structured-fields: zap/slog field constructors passed to a logger call
((call_expression
   function: (selector_expression
     operand: (_) @_recv
     field: (field_identifier) @_method)
   arguments: (argument_list
     (call_expression
       function: (selector_expression
         operand: (identifier) @_pkg)) @signal.structured-fields))
 (#match? @_recv "^(log|slog|logger|l|lg|zlog|zap\\.[LS]\\(\\))$|[Ll]ogger$|\\.log$")
 (#match? @_method "^(Debug|Info|Warn|Warning|Error|Fatal|Panic|DPanic)(Context)?$|^LogAttrs$")
 (#any-of? @_pkg "zap" "slog"))

; +structured-fields: slog / sugared key-value pairs: Info("msg", "key", value)
((call_expression
   function: (selector_expression
     operand: (_) @_recv
     field: (field_identifier) @_method)
   arguments: (argument_list
     (_)
     (interpreted_string_literal) @signal.structured-fields
     .
     (_)))
 (#match? @_recv "^(slog|logger|l|lg|sugar)$|[Ll]ogger$|\\.log$")
 (#match? @_method "^(Debug|Info|Warn|Error)(w|Context)?$")
 (#match? @signal.structured-fields "^\"[a-z_][A-Za-z0-9_.]*\"$"))

; +structured-fields: logrus WithField(s), zap/slog With(...) chains
((call_expression
   function: (selector_expression
     operand: (call_expression
       function: (selector_expression
         field: (field_identifier) @_with)) @signal.structured-fields
     field: (field_identifier) @_method))
 (#match? @_with "^(WithFields?|WithError|With)$")
 (#match? @_method "^((Debug|Info|Warn|Warning|Error|Fatal|Panic|Trace)(f|w|ln)?|Print|Printf|Println)$"))

; +structured-fields: zerolog typed fields
((call_expression
   function: (selector_expression
     operand: (call_expression
       function: (selector_expression
         field: (field_identifier) @_field)) @signal.structured-fields
     field: (field_identifier) @_msg))
 (#any-of? @_msg "Msg" "Msgf" "Send")
 (#any-of? @_field "Str" "Int" "Int64" "Err" "Bool" "Dur" "Interface" "Any" "Float64" "Stringer"))

; +parameterised-message: Printf-style format with separate arguments
((call_expression
   function: (selector_expression
     operand: (_) @_recv
     field: (field_identifier) @_method)
   arguments: (argument_list
     .
     (interpreted_string_literal) @signal.parameterised-message
     .
     (_)))
 (#match? @_recv "^(log|logrus|logger|l|lg|sugar|zap\\.S\\(\\))$|[Ll]ogger$|\\.log$|\\.(With[A-Za-z]*)\\(")
 (#match? @_method "f$")
 (#match? @signal.parameterised-message "%[-+# 0-9.]*[a-zA-Z]"))

; +exception-attached: zap.Error(err), slog.Any("err", err), WithError(err), "err", err
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_f)
   arguments: (argument_list
     (identifier) @_err)) @signal.exception-attached
 (#any-of? @_pkg "zap" "slog")
 (#match? @_f "^(Error|NamedError|Any)$")
 (#match? @_err "^err$|Err$|^err[A-Z]"))

((call_expression
   function: (selector_expression
     field: (field_identifier) @_f)
   arguments: (argument_list (identifier))) @signal.exception-attached
 (#any-of? @_f "WithError" "Err"))

((call_expression
   function: (selector_expression
     operand: (_) @_recv
     field: (field_identifier) @_method)
   arguments: (argument_list
     (identifier) @signal.exception-attached))
 (#match? @_recv "^(log|slog|logrus|logger|l|lg|zlog|sugar|zap\\.[LS]\\(\\))$|[Ll]ogger$|\\.log$")
 (#match? @_method "^((Debug|Info|Warn|Warning|Error|Fatal|Panic)(f|w|ln|Context)?|Print|Printf|Println)$")
 (#eq? @signal.exception-attached "err"))

; -string-concat-message: Info("failed for " + id)
((call_expression
   function: (selector_expression
     operand: (_) @_recv
     field: (field_identifier) @_method)
   arguments: (argument_list
     .
     (binary_expression
       operator: "+") @signal.string-concat-message))
 (#match? @_recv "^(log|slog|logrus|logger|l|lg|zlog|sugar|zap\\.[LS]\\(\\))$|[Ll]ogger$|\\.log$|^[A-Za-z_.]*([Ll]og|[Ll]ogger)\\.(With[A-Za-z]*)\\(")
 (#match? @_method "^((Debug|Info|Warn|Warning|Error|Fatal|Panic|DPanic|Trace)(f|w|ln|Context)?|Print|Printf|Println)$")
 (#match? @signal.string-concat-message "\""))

; -string-interpolation-message: Info(fmt.Sprintf(...))
((call_expression
   function: (selector_expression
     operand: (_) @_recv
     field: (field_identifier) @_method)
   arguments: (argument_list
     .
     (call_expression
       function: (selector_expression
         operand: (identifier) @_fmt
         field: (field_identifier) @_sprintf)) @signal.string-interpolation-message))
 (#match? @_recv "^(log|slog|logrus|logger|l|lg|zlog|sugar|zap\\.[LS]\\(\\))$|[Ll]ogger$|\\.log$|^[A-Za-z_.]*([Ll]og|[Ll]ogger)\\.(With[A-Za-z]*)\\(")
 (#match? @_method "^((Debug|Info|Warn|Warning|Error|Fatal|Panic|DPanic|Trace)(w|Context)?|Print|Println)$")
 (#eq? @_fmt "fmt")
 (#match? @_sprintf "^Sprint"))

; -exception-message-only: err.Error() passed instead of the error
((call_expression
   function: (selector_expression
     operand: (_) @_recv
     field: (field_identifier) @_method)
   arguments: (argument_list
     (call_expression
       function: (selector_expression
         operand: (identifier) @_err
         field: (field_identifier) @_error)) @signal.exception-message-only))
 (#match? @_recv "^(log|slog|logrus|logger|l|lg|zlog|sugar|zap\\.[LS]\\(\\))$|[Ll]ogger$|\\.log$")
 (#match? @_method "^((Debug|Info|Warn|Warning|Error|Fatal|Panic)(f|w|ln|Context)?|Print|Printf|Println)$")
 (#match? @_err "^err$|Err$")
 (#eq? @_error "Error"))

;; contexts shared by all Go packs: loops
((for_statement) @context.loop)

; -log-in-loop: a logger call inside a loop (the engine keeps it only within @context.loop)
((call_expression
   function: (selector_expression
     operand: (_) @_recv
     field: (field_identifier) @_method)) @signal.log-in-loop
 (#match? @_recv "^(log|slog|logrus|logger|l|lg|zlog|sugar|zap\\.[LS]\\(\\))$|[Ll]ogger$|\\.log$")
 (#match? @_method "^((Debug|Info|Warn|Warning|Error|Trace)(f|w|ln|Context)?|Print|Printf|Println)$"))

; -sensitive-data-logged: a password/token/secret passed to a logger or a log field
((call_expression
   function: (selector_expression
     operand: (_) @_recv
     field: (field_identifier) @_method)
   arguments: (argument_list
     [(identifier) (selector_expression)] @signal.sensitive-data-logged))
 (#match? @_recv "^(log|slog|logrus|logger|l|lg|zlog|sugar|zap\\.[LS]\\(\\))$|[Ll]ogger$|\\.log$")
 (#match? @_method "^((Debug|Info|Warn|Warning|Error|Fatal|Panic)(f|w|ln|Context)?|Print|Printf|Println)$")
 (#match? @signal.sensitive-data-logged "([Pp]assword|[Pp]asswd|[Ss]ecret|[Tt]oken|[Aa]pi[Kk]ey|APIKey)$"))

((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg)
   arguments: (argument_list
     (interpreted_string_literal)
     [(identifier) (selector_expression)] @signal.sensitive-data-logged))
 (#any-of? @_pkg "zap" "slog")
 (#match? @signal.sensitive-data-logged "([Pp]assword|[Pp]asswd|[Ss]ecret|[Tt]oken|[Aa]pi[Kk]ey|APIKey)$"))

; -print-as-logging: fmt.Print*/println reporting an error
((call_expression
   function: (selector_expression
     operand: (identifier) @_fmt
     field: (field_identifier) @_print)
   arguments: (argument_list (identifier) @_err)) @signal.print-as-logging
 (#eq? @_fmt "fmt")
 (#match? @_print "^(Print|Printf|Println)$")
 (#match? @_err "^err$|Err$"))

((call_expression
   function: (selector_expression
     operand: (identifier) @_fmt
     field: (field_identifier) @_print)
   arguments: (argument_list
     .
     (interpreted_string_literal) @_msg)) @signal.print-as-logging
 (#eq? @_fmt "fmt")
 (#match? @_print "^(Print|Printf|Println)$")
 (#match? @_msg "[Ee]rror|[Ff]ailed|[Ww]arn|WARN|ERROR|DEBUG|INFO"))

((call_expression
   function: (identifier) @_print
   arguments: (argument_list)) @signal.print-as-logging
 (#any-of? @_print "println" "print"))
