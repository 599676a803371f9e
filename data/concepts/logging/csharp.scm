; C# logging: Microsoft.Extensions.Logging (ILogger.LogX), Serilog (Log.X / logger.X),
; NLog. A log call is a method whose name is a level on a receiver named like a logger, so
; Math.Log(x) and a variable named `log` holding a number do not match.

(invocation_expression
  function: [(member_access_expression expression: (_) @_recv name: (identifier) @_level)
             (conditional_access_expression condition: (_) @_recv (member_binding_expression name: (identifier) @_level))]
  (#match? @_recv "(^|\\.)_?([lL]og|[lL]ogger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(Log(Trace|Debug|Information|Warning|Error|Critical)?|Verbose|Trace|Debug|Information|Info|Warning|Warn|Error|Fatal|Critical)$")) @presence

; an explicit level
(invocation_expression
  function: (member_access_expression expression: (_) @_recv name: (identifier) @_level)
  (#match? @_recv "(^|\\.)_?([lL]og|[lL]ogger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(Log(Trace|Debug|Information|Warning|Error|Critical)|Verbose|Debug|Information|Info|Warning|Warn|Error|Fatal)$")) @signal.level-used

; message template with named holes and separate arguments: LogInformation("Order {OrderId}", id)
(invocation_expression
  function: (member_access_expression expression: (_) @_recv name: (identifier) @_level)
  arguments: (argument_list (argument (string_literal) @_msg) . (argument))
  (#match? @_recv "(^|\\.)_?([lL]og|[lL]ogger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(Log[A-Za-z]*|Verbose|Trace|Debug|Information|Info|Warning|Warn|Error|Fatal|Critical)$")
  (#match? @_msg "\\{[@$]?[A-Za-z_][A-Za-z0-9_]*(:[^}]*)?\\}")) @signal.parameterised-message

; bound context: scopes, enrichers, destructured properties
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "BeginScope" "PushProperty" "ForContext")) @signal.structured-fields
(invocation_expression
  arguments: (argument_list (argument (string_literal) @_msg))
  (#match? @_msg "\\{@[A-Za-z_]+\\}")) @signal.structured-fields

; the exception object passed to the logger: LogError(ex, "...") / Log.Error(ex, "...")
(invocation_expression
  function: (member_access_expression expression: (_) @_recv name: (identifier) @_level)
  arguments: (argument_list . (argument (identifier) @_ex) . (argument))
  (#match? @_recv "(^|\\.)_?([lL]og|[lL]ogger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(Log[A-Za-z]*|Verbose|Trace|Debug|Information|Info|Warning|Warn|Error|Fatal|Critical)$")
  (#match? @_ex "^(e|ex|exc|exception|err|error)$")) @signal.exception-attached

; message built by concatenation or interpolation before the call
(invocation_expression
  function: (member_access_expression expression: (_) @_recv name: (identifier) @_level)
  arguments: (argument_list (argument (binary_expression [left: (string_literal) right: (string_literal) left: (interpolated_string_expression) right: (interpolated_string_expression)])))
  (#match? @_recv "(^|\\.)_?([lL]og|[lL]ogger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(Log[A-Za-z]*|Verbose|Trace|Debug|Information|Info|Warning|Warn|Error|Fatal|Critical)$")) @signal.string-concat-message
(invocation_expression
  function: (member_access_expression expression: (_) @_recv name: (identifier) @_level)
  arguments: (argument_list (argument [(interpolated_string_expression)
                                       (invocation_expression function: (member_access_expression expression: (predefined_type) name: (identifier) @_fmt))]))
  (#match? @_recv "(^|\\.)_?([lL]og|[lL]ogger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(Log[A-Za-z]*|Verbose|Trace|Debug|Information|Info|Warning|Warn|Error|Fatal|Critical)$")) @signal.string-interpolation-message

; only ex.Message logged: the stack trace is lost
(invocation_expression
  function: (member_access_expression expression: (_) @_recv name: (identifier) @_level)
  arguments: (argument_list (argument [(member_access_expression name: (identifier) @_prop)
                                       (interpolated_string_expression (interpolation (member_access_expression name: (identifier) @_prop)))]))
  (#match? @_recv "(^|\\.)_?([lL]og|[lL]ogger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(Log[A-Za-z]*|Verbose|Trace|Debug|Information|Info|Warning|Warn|Error|Fatal|Critical)$")
  (#eq? @_prop "Message")) @signal.exception-message-only

; secrets handed to the logger
(invocation_expression
  function: (member_access_expression expression: (_) @_recv name: (identifier) @_level)
  arguments: (argument_list (argument [(identifier) @_arg (member_access_expression name: (identifier) @_arg)]))
  (#match? @_recv "(^|\\.)_?([lL]og|[lL]ogger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(Log[A-Za-z]*|Verbose|Trace|Debug|Information|Info|Warning|Warn|Error|Fatal|Critical)$")
  (#match? @_arg "([pP]assword|[sS]ecret|[tT]oken|[aA]pi[kK]ey|[cC]redential)")) @signal.sensitive-data-logged

; a log call in a loop ("within": "loop")
(invocation_expression
  function: (member_access_expression expression: (_) @_recv name: (identifier) @_level)
  (#match? @_recv "(^|\\.)_?([lL]og|[lL]ogger|LOG|LOGGER|[a-zA-Z]*Logger)$")
  (#match? @_level "^(Log(Trace|Debug|Information|Warning|Error|Critical)?|Verbose|Trace|Debug|Information|Info|Warning|Warn|Error|Fatal|Critical)$")) @signal.log-in-loop

; Console/Debug output used as a log: a diagnostic message (level word, "failed", an
; exception) or any console write in a catch block. A CLI's user output does not match.
(invocation_expression
  function: (member_access_expression expression: (_) @_console name: (identifier) @_write)
  arguments: (argument_list (argument [(string_literal) (interpolated_string_expression) (binary_expression)] @_msg))
  (#match? @_console "^(Console|Console\\.Error|Console\\.Out|Debug|Trace|System\\.Console)$")
  (#match? @_write "^Write(Line)?$")
  (#match? @_msg "(ERROR|WARN|INFO|DEBUG|\\[[A-Za-z]+\\]|[Ee]rror|[Ff]ail|[Ee]xception|[Ww]arning)")) @signal.print-as-logging
(catch_clause
  body: (block (expression_statement
    (invocation_expression
      function: (member_access_expression expression: (_) @_console name: (identifier) @_write)
      (#match? @_console "^(Console|Console\\.Error|Console\\.Out|System\\.Console)$")
      (#match? @_write "^Write(Line)?$")) @signal.print-as-logging)))

; the exception's stack dumped to the console instead of a logger
(invocation_expression
  function: (member_access_expression expression: (_) @_console name: (identifier) @_write)
  arguments: (argument_list . (argument (identifier) @_ex) .)
  (#match? @_console "^(Console|Console\\.Error|Console\\.Out|System\\.Console)$")
  (#match? @_write "^Write(Line)?$")
  (#match? @_ex "^(e|ex|exc|exception)$")) @signal.print-stack-trace
(invocation_expression
  function: (member_access_expression expression: (_) @_console name: (identifier) @_write)
  arguments: (argument_list . (argument [(member_access_expression name: (identifier) @_st)
                                         (invocation_expression function: (member_access_expression name: (identifier) @_st))]) .)
  (#match? @_console "^(Console|Console\\.Error|Console\\.Out|System\\.Console)$")
  (#match? @_write "^Write(Line)?$")
  (#any-of? @_st "StackTrace" "ToString")) @signal.print-stack-trace

(for_statement) @context.loop
(foreach_statement) @context.loop
(while_statement) @context.loop
(do_statement) @context.loop

; a program's entry point: console output there is the tool's own output
((method_declaration (modifier) @_static name: (identifier) @_main) @context.cli
 (#eq? @_static "static") (#eq? @_main "Main"))
