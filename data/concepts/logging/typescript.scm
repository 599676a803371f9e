; logging: TypeScript (pino, winston, bunyan, console as a negative).
; A logger call is a method call on a logger-looking receiver (log, logger, this.logger,
; req.log, fastify.log, a logger.child({...}) chain) with a level method. Math.log(x) does not
; match (its receiver is Math). console.* counts as print-as-logging only when it reports an
; error (an err/error argument, a message saying error/failed/warn, or inside a catch block):
; a CLI printing its results to the user is not logging.
; The patterns below are the JavaScript ones: tree-sitter-typescript keeps the same node types
; and fields for these constructs (checked by compiling this file against its own grammar).

; presence: the logger call
((call_expression
   function: (member_expression
     object: (_) @_recv
     property: (property_identifier) @_method)) @presence
 (#match? @_recv "^(this\\.|req\\.|request\\.|ctx\\.|fastify\\.|app\\.|server\\.)?_?(log|logger|[a-z][A-Za-z]*Logger)$|^(pino|winston|bunyan)$|^[A-Za-z_.]*[Ll]og(ger)?\\.child\\(")
 (#match? @_method "^(trace|debug|info|warn|warning|error|fatal|verbose|silly|log)$"))

; +level-used
((call_expression
   function: (member_expression
     object: (_) @_recv
     property: (property_identifier) @signal.level-used))
 (#match? @_recv "^(this\\.|req\\.|request\\.|ctx\\.|fastify\\.|app\\.|server\\.)?_?(log|logger|[a-z][A-Za-z]*Logger)$|^(pino|winston|bunyan)$|^[A-Za-z_.]*[Ll]og(ger)?\\.child\\(")
 (#match? @signal.level-used "^(trace|debug|info|warn|warning|error|fatal|verbose)$"))

; +structured-fields: an object of fields (pino's first argument, winston's meta), child loggers
((call_expression
   function: (member_expression
     object: (_) @_recv
     property: (property_identifier) @_method)
   arguments: (arguments (object) @signal.structured-fields))
 (#match? @_recv "^(this\\.|req\\.|request\\.|ctx\\.|fastify\\.|app\\.|server\\.)?_?(log|logger|[a-z][A-Za-z]*Logger)$|^(pino|winston|bunyan)$|^[A-Za-z_.]*[Ll]og(ger)?\\.child\\(")
 (#match? @_method "^(trace|debug|info|warn|warning|error|fatal|verbose|silly|log)$"))

((call_expression
   function: (member_expression
     object: (_) @_recv
     property: (property_identifier) @_child)
   arguments: (arguments . (object))) @signal.structured-fields
 (#match? @_recv "^(this\\.|req\\.|request\\.|ctx\\.|fastify\\.|app\\.|server\\.)?_?(log|logger|[a-z][A-Za-z]*Logger)$|^(pino|winston|bunyan)$")
 (#eq? @_child "child"))

; +parameterised-message: printf-style placeholders with separate arguments
((call_expression
   function: (member_expression
     object: (_) @_recv
     property: (property_identifier) @_method)
   arguments: (arguments
     (string) @signal.parameterised-message
     .
     (_)))
 (#match? @_recv "^(this\\.|req\\.|request\\.|ctx\\.|fastify\\.|app\\.|server\\.)?_?(log|logger|[a-z][A-Za-z]*Logger)$|^(pino|winston|bunyan)$|^[A-Za-z_.]*[Ll]og(ger)?\\.child\\(")
 (#match? @_method "^(trace|debug|info|warn|warning|error|fatal|verbose|silly)$")
 (#match? @signal.parameterised-message "%[sdifjoO]"))

; +exception-attached: the error object itself is passed ({ err }, err)
((call_expression
   function: (member_expression
     object: (_) @_recv
     property: (property_identifier) @_method)
   arguments: (arguments
     [(identifier) @signal.exception-attached
      (object (shorthand_property_identifier) @signal.exception-attached)
      (object (pair key: (property_identifier) @signal.exception-attached))]))
 (#match? @_recv "^(this\\.|req\\.|request\\.|ctx\\.|fastify\\.|app\\.|server\\.)?_?(log|logger|[a-z][A-Za-z]*Logger)$|^(pino|winston|bunyan)$|^[A-Za-z_.]*[Ll]og(ger)?\\.child\\(")
 (#match? @_method "^(warn|warning|error|fatal)$")
 (#match? @signal.exception-attached "^(e|err|error|ex|exc|exception|cause)$"))

; -string-concat-message
((call_expression
   function: (member_expression
     object: (_) @_recv
     property: (property_identifier) @_method)
   arguments: (arguments
     (binary_expression operator: "+") @signal.string-concat-message))
 (#match? @_recv "^(this\\.|req\\.|request\\.|ctx\\.|fastify\\.|app\\.|server\\.)?_?(log|logger|[a-z][A-Za-z]*Logger)$|^(pino|winston|bunyan)$|^[A-Za-z_.]*[Ll]og(ger)?\\.child\\(")
 (#match? @_method "^(trace|debug|info|warn|warning|error|fatal|verbose|silly|log)$")
 (#match? @signal.string-concat-message "[\"'`]"))

; -string-interpolation-message: a template literal with substitutions
((call_expression
   function: (member_expression
     object: (_) @_recv
     property: (property_identifier) @_method)
   arguments: (arguments
     (template_string (template_substitution)) @signal.string-interpolation-message))
 (#match? @_recv "^(this\\.|req\\.|request\\.|ctx\\.|fastify\\.|app\\.|server\\.)?_?(log|logger|[a-z][A-Za-z]*Logger)$|^(pino|winston|bunyan)$|^[A-Za-z_.]*[Ll]og(ger)?\\.child\\(")
 (#match? @_method "^(trace|debug|info|warn|warning|error|fatal|verbose|silly|log)$"))

; -exception-message-only: err.message instead of err
((call_expression
   function: (member_expression
     object: (_) @_recv
     property: (property_identifier) @_method)
   arguments: (arguments
     (_) @signal.exception-message-only))
 (#match? @_recv "^(this\\.|req\\.|request\\.|ctx\\.|fastify\\.|app\\.|server\\.)?_?(log|logger|[a-z][A-Za-z]*Logger)$|^(pino|winston|bunyan)$|^[A-Za-z_.]*[Ll]og(ger)?\\.child\\(")
 (#match? @_method "^(trace|debug|info|warn|warning|error|fatal|verbose|silly|log)$")
 (#match? @signal.exception-message-only "^(e|err|error|ex)\\.message$|\\$\\{(e|err|error|ex)\\.message\\}|\\+ *(e|err|error|ex)\\.message"))

;; contexts shared by all JavaScript packs: loops, including callbacks run once per item
([(for_statement) (for_in_statement) (while_statement) (do_statement)] @context.loop)

((call_expression
   function: (member_expression
     property: (property_identifier) @_each)
   arguments: (arguments . [(arrow_function) (function_expression) (identifier)])) @context.loop
 (#match? @_each "^(map|forEach|flatMap)$"))

; -log-in-loop: a logger call inside a loop (kept only within @context.loop)
((call_expression
   function: (member_expression
     object: (_) @_recv
     property: (property_identifier) @_method)) @signal.log-in-loop
 (#match? @_recv "^(this\\.|req\\.|request\\.|ctx\\.|fastify\\.|app\\.|server\\.)?_?(log|logger|[a-z][A-Za-z]*Logger)$|^(pino|winston|bunyan)$")
 (#match? @_method "^(trace|debug|info|warn|warning|error|verbose|silly|log)$"))

; -sensitive-data-logged
((call_expression
   function: (member_expression
     object: (_) @_recv
     property: (property_identifier) @_method)
   arguments: (arguments
     [(identifier) @signal.sensitive-data-logged
      (member_expression) @signal.sensitive-data-logged
      (object (shorthand_property_identifier) @signal.sensitive-data-logged)
      (object (pair value: [(identifier) (member_expression)] @signal.sensitive-data-logged))]))
 (#match? @_recv "^(this\\.|req\\.|request\\.|ctx\\.|fastify\\.|app\\.|server\\.)?_?(log|logger|[a-z][A-Za-z]*Logger)$|^(pino|winston|bunyan)$|^[A-Za-z_.]*[Ll]og(ger)?\\.child\\(")
 (#match? @_method "^(trace|debug|info|warn|warning|error|fatal|verbose|silly|log)$")
 (#match? @signal.sensitive-data-logged "([Pp]assword|[Pp]asswd|[Ss]ecret|[Tt]oken|[Aa]pi[Kk]ey|API_KEY|authorization)$"))

; -print-as-logging: console.* reporting an error
((call_expression
   function: (member_expression
     object: (identifier) @_console
     property: (property_identifier) @_method)
   arguments: (arguments (identifier) @_err)) @signal.print-as-logging
 (#eq? @_console "console")
 (#match? @_method "^(log|error|warn|info|debug|trace)$")
 (#match? @_err "^(e|err|error|ex|exc|exception)$"))

((call_expression
   function: (member_expression
     object: (identifier) @_console
     property: (property_identifier) @_method)
   arguments: (arguments . [(string) (template_string) (binary_expression)] @_msg)) @signal.print-as-logging
 (#eq? @_console "console")
 (#match? @_method "^(log|error|warn|info|debug|trace)$")
 (#match? @_msg "^.[Ee]rror|[Ff]ailed|[Ww]arn|WARN|ERROR|DEBUG|\\[INFO\\]|[Ee]xception"))

((catch_clause
   body: (statement_block
     (expression_statement
       (call_expression
         function: (member_expression
           object: (identifier) @_console
           property: (property_identifier) @_method)) @signal.print-as-logging)))
 (#eq? @_console "console")
 (#match? @_method "^(log|error|warn|info|debug|trace)$"))

; -print-stack-trace: console.trace / printing err.stack
((call_expression
   function: (member_expression
     object: (identifier) @_console
     property: (property_identifier) @_method)
   arguments: (arguments (member_expression) @_stack)) @signal.print-stack-trace
 (#eq? @_console "console")
 (#match? @_method "^(log|error|warn)$")
 (#match? @_stack "\\.stack$"))
