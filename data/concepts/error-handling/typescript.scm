; error-handling: TypeScript (try/catch, promise rejections).
; Presence: a catch clause or a .catch() handler. Good: instanceof / error.code checks,
; errors rethrown with { cause }, the caught error rethrown, logged, cleanup in finally. Bad:
; an empty catch or .catch(() => {}), a new error thrown from a catch without its cause,
; process.on('uncaughtException') that keeps going, process.exit in class code, a .then()
; chain with no .catch (an unhandled rejection).
; The patterns below are the JavaScript ones: tree-sitter-typescript keeps the same node types
; and fields for these constructs (checked by compiling this file against its own grammar).

; presence
((catch_clause) @presence)

((call_expression
   function: (member_expression
     property: (property_identifier) @_catch)) @presence
 (#eq? @_catch "catch"))

; +specific-exception: instanceof / code / name checks inside a catch
((catch_clause
   body: (statement_block
     (if_statement
       condition: (_) @signal.specific-exception)))
 (#match? @signal.specific-exception "instanceof|\\.code *===?|\\.name *===?|\\.status(Code)? *===?"))

; +error-wrapped: new Error(msg, { cause })
((new_expression
   arguments: (arguments
     (object
       [(pair key: (property_identifier) @_cause)
        (shorthand_property_identifier) @_cause]))) @signal.error-wrapped
 (#eq? @_cause "cause"))

((new_expression
   constructor: (identifier) @_verror
   arguments: (arguments . (identifier) @_err)) @signal.error-wrapped
 (#match? @_verror "^(VError|WError|NestedError)$")
 (#match? @_err "^(e|err|error|ex|cause)$"))

; +error-propagated: the caught error rethrown
((catch_clause
   parameter: (identifier) @_caught
   body: (statement_block
     (throw_statement (identifier) @_thrown) @signal.error-propagated))
 (#eq? @_caught @_thrown))

((catch_clause
   parameter: (identifier) @_caught
   body: (statement_block
     (if_statement
       consequence: (statement_block
         (throw_statement (identifier) @_thrown) @signal.error-propagated))))
 (#eq? @_caught @_thrown))

((catch_clause
   parameter: (identifier) @_caught
   body: (statement_block
     (if_statement
       consequence: (throw_statement (identifier) @_thrown) @signal.error-propagated)))
 (#eq? @_caught @_thrown))

; +error-logged: a logger or reporter given the caught error
((catch_clause
   parameter: (identifier) @_caught
   body: (statement_block
     (expression_statement
       (call_expression
         function: (member_expression
           object: (_) @_recv
           property: (property_identifier) @_method)
         arguments: (arguments) @_args) @signal.error-logged)))
 (#match? @_recv "[Ll]og(ger)?$|^(Sentry|bugsnag|rollbar|newrelic|reporter|errorReporter)$")
 (#match? @_method "^(error|warn|fatal|captureException|notify|noticeError|report)$")
 (#match? @_args "\\b(e|err|error|ex|cause)\\b"))

; +cleanup-in-finally
((finally_clause) @signal.cleanup-in-finally)

; -swallowed-error: empty catch, catch that only comments, .catch(() => {})
((catch_clause
   body: (statement_block) @_body) @signal.swallowed-error
 (#match? @_body "^\\{\\s*((//[^\\n]*|/\\*([^*]|\\*+[^*/])*\\*+/)\\s*)*\\}$"))

((call_expression
   function: (member_expression
     property: (property_identifier) @_catch)
   arguments: (arguments
     .
     [(arrow_function body: (_) @_body)
      (function_expression body: (_) @_body)] .)) @signal.swallowed-error
 (#eq? @_catch "catch")
 (#match? @_body "^(\\{\\s*\\}|null|undefined|void 0|\\(\\)|\\[\\]|false)$"))

((call_expression
   function: (member_expression
     property: (property_identifier) @_catch)
   arguments: (arguments . (identifier) @_noop .)) @signal.swallowed-error
 (#eq? @_catch "catch")
 (#match? @_noop "^(noop|_\\.noop|ignore|ignoreError)$"))

; -catch-all: process-wide handlers that keep the process running
((call_expression
   function: (member_expression
     object: (identifier) @_process
     property: (property_identifier) @_on)
   arguments: (arguments . (string) @_event)) @signal.catch-all
 (#eq? @_process "process")
 (#match? @_on "^(on|once|addListener)$")
 (#match? @_event "uncaughtException|unhandledRejection"))

; -cause-lost: a new error thrown from a catch without the caught one
((catch_clause
   body: (statement_block
     (throw_statement
       (new_expression
         arguments: (arguments) @_args) @signal.cause-lost)))
 (#not-match? @_args "cause|\\b(e|err|error|ex)\\b"))

((catch_clause
   body: (statement_block
     (if_statement
       consequence: (statement_block
         (throw_statement
           (new_expression
             arguments: (arguments) @_args) @signal.cause-lost)))))
 (#not-match? @_args "cause|\\b(e|err|error|ex)\\b"))

;; context shared by all JavaScript packs: a command-line entry point (if (require.main === module))
((if_statement
   condition: (parenthesized_expression) @_main) @context.cli
 (#match? @_main "require\\.main *=== *module|import\\.meta\\.main"))

; -exit-in-library: process.exit in class code
((method_definition
   body: (statement_block
     [(expression_statement
        (call_expression
          function: (member_expression
            object: (identifier) @_process
            property: (property_identifier) @_exit)) @signal.exit-in-library)
      (_ (statement_block
           (expression_statement
             (call_expression
               function: (member_expression
                 object: (identifier) @_process
                 property: (property_identifier) @_exit)) @signal.exit-in-library)))
      (try_statement
        handler: (catch_clause
          body: (statement_block
            (expression_statement
              (call_expression
                function: (member_expression
                  object: (identifier) @_process
                  property: (property_identifier) @_exit)) @signal.exit-in-library))))]))
 (#eq? @_process "process")
 (#any-of? @_exit "exit" "abort"))

; -unhandled-rejection: a .then(onFulfilled) chain used as a statement, with no rejection
; handler (no .catch at its end, no second argument)
((expression_statement
   (call_expression
     function: (member_expression
       property: (property_identifier) @_then)
     arguments: (arguments . (_) .)) @signal.unhandled-rejection)
 (#eq? @_then "then"))

; TypeScript: NestJS exception filters for specific exception types
((decorator
   (call_expression
     function: (identifier) @_d
     arguments: (arguments (identifier)))) @presence @signal.specific-exception
 (#eq? @_d "Catch"))
