; reactive × Python: asyncio, aiohttp, trio/anyio.

; presence: await / async with / async for in an async function
((function_definition "async" body: (block)) @presence)

; +composition: awaiting results of other coroutines / callbacks chained
((call function: (attribute attribute: (identifier) @_then)) @signal.composition
 (#any-of? @_then "add_done_callback" "then" "pipe"))
((await) @signal.composition)

; +concurrent-await
((call function: (attribute object: (identifier) @_asyncio attribute: (identifier) @_gather)) @signal.concurrent-await
 (#any-of? @_asyncio "asyncio" "trio" "anyio")
 (#any-of? @_gather "gather" "wait" "as_completed" "TaskGroup" "create_task_group" "open_nursery"))

; +error-recovery: except around awaited work
((try_statement body: (block (expression_statement (await)))) @signal.error-recovery)
((try_statement body: (block (expression_statement (assignment right: (await))))) @signal.error-recovery)

; +non-blocking-io
((call function: (attribute object: (identifier) @_client attribute: (identifier) @_session)) @signal.non-blocking-io
 (#any-of? @_client "aiohttp" "httpx" "asyncpg" "aioredis" "aiofiles" "motor")
 (#any-of? @_session "ClientSession" "AsyncClient" "connect" "create_pool" "open" "from_url"))

; async contexts: the body of an async def
((function_definition "async" body: (block) @context.async))

; -sleep-in-async (within async): time.sleep blocks the event loop
((call function: (attribute object: (identifier) @_time attribute: (identifier) @_sleep)) @signal.sleep-in-async
 (#eq? @_time "time")
 (#eq? @_sleep "sleep"))

; -sync-io-in-async (within async): requests, urllib, blocking file reads
((call function: (attribute object: (identifier) @_requests attribute: (identifier) @_verb)) @signal.sync-io-in-async
 (#any-of? @_requests "requests" "urllib" "urllib3" "subprocess")
 (#any-of? @_verb "get" "post" "put" "delete" "patch" "request" "urlopen" "run" "check_output" "call"))

; -blocking-get: future.result() / loop.run_until_complete inside async code
((call function: (attribute object: (identifier) @_future attribute: (identifier) @_result)) @signal.blocking-get
 (#match? @_future "(future|fut|task|loop)$")
 (#any-of? @_result "result" "run_until_complete"))

; -dangling-task: asyncio.create_task(...) with the task dropped
((expression_statement
   (call function: (attribute object: (identifier) @_asyncio attribute: (identifier) @_create)) @signal.dangling-task)
 (#eq? @_asyncio "asyncio")
 (#any-of? @_create "create_task" "ensure_future"))
