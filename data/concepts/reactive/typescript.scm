; reactive: TypeScript (promises, async/await, RxJS).
; Presence: await, promise chains, Promise combinators, RxJS pipes. Good: composition (.then,
; pipe with operators), concurrent awaits (Promise.all/allSettled/race, forkJoin,
; combineLatest), failures handled (.catch, catchError), promise-based fs. Bad: synchronous
; fs/child_process calls inside async functions, busy-wait loops, Atomics.wait, a
; `new Promise(...)` started and dropped.
; The patterns below are the JavaScript ones: tree-sitter-typescript keeps the same node types
; and fields for these constructs (checked by compiling this file against its own grammar).

; presence
((await_expression) @presence)

((call_expression
   function: (member_expression
     object: (identifier) @_promise
     property: (property_identifier) @_fn)) @presence @signal.concurrent-await
 (#eq? @_promise "Promise")
 (#match? @_fn "^(all|allSettled|race|any)$"))

((call_expression
   function: (identifier) @_fn) @presence @signal.concurrent-await
 (#match? @_fn "^(forkJoin|combineLatest|zip|merge)$"))

; +composition: then chains and RxJS pipes
((call_expression
   function: (member_expression
     property: (property_identifier) @_then)) @presence @signal.composition
 (#match? @_then "^(then|pipe|flatMap|switchMap|mergeMap|concatMap)$"))

; +error-recovery
((call_expression
   function: (member_expression
     property: (property_identifier) @_catch)) @signal.error-recovery
 (#match? @_catch "^(catch|finally)$"))

((call_expression
   function: (identifier) @_fn) @signal.error-recovery
 (#match? @_fn "^(catchError|retry|retryWhen|onErrorResumeNext)$"))

; +non-blocking-io: promise-based fs / streams awaited
((await_expression
   (call_expression
     function: (member_expression
       object: (_) @_fs)) @signal.non-blocking-io)
 (#match? @_fs "^(fs\\.promises|fsp|fsPromises|fs)$"))

; -sync-io-in-async: *Sync fs/child_process/zlib/crypto calls inside an async function
((_
   "async"
   body: (statement_block
     [(expression_statement
        (call_expression
          function: [(member_expression property: (property_identifier) @_sync) (identifier) @_sync]) @signal.sync-io-in-async)
      (lexical_declaration
        (variable_declarator
          value: (call_expression
            function: [(member_expression property: (property_identifier) @_sync) (identifier) @_sync]) @signal.sync-io-in-async))
      (_ (statement_block
           [(expression_statement
              (call_expression
                function: [(member_expression property: (property_identifier) @_sync) (identifier) @_sync]) @signal.sync-io-in-async)
            (lexical_declaration
              (variable_declarator
                value: (call_expression
                  function: [(member_expression property: (property_identifier) @_sync) (identifier) @_sync]) @signal.sync-io-in-async))]))
      (try_statement
        handler: (catch_clause
          body: (statement_block
            (expression_statement
              (call_expression
                function: [(member_expression property: (property_identifier) @_sync) (identifier) @_sync]) @signal.sync-io-in-async))))]))
 (#match? @_sync "^(readFileSync|writeFileSync|appendFileSync|existsSync|readdirSync|statSync|lstatSync|mkdirSync|unlinkSync|rmSync|copyFileSync|renameSync|openSync|readSync|writeSync|execSync|spawnSync|execFileSync|gzipSync|gunzipSync|inflateSync|deflateSync|pbkdf2Sync|scryptSync|randomFillSync)$"))

; -sleep-in-async: busy-wait loops and Atomics.wait
((while_statement
   condition: (parenthesized_expression) @_cond
   body: (_) @_body) @presence @signal.sleep-in-async
 (#match? @_cond "(Date\\.now\\(\\)|performance\\.now\\(\\)|new Date\\(\\)(\\.getTime\\(\\))?)")
 (#match? @_body "^(\\{\\s*\\}|;)$"))

((call_expression
   function: (member_expression
     object: (identifier) @_atomics
     property: (property_identifier) @_wait)) @presence @signal.sleep-in-async
 (#eq? @_atomics "Atomics")
 (#eq? @_wait "wait"))

; -dangling-task: a promise created and neither awaited, returned nor kept
((expression_statement
   (new_expression
     constructor: (identifier) @_promise) @signal.dangling-task)
 (#eq? @_promise "Promise"))
