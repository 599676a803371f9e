; access-control: what TypeScript adds to the JavaScript patterns.
; typescript and tsx extend the javascript queries (data/languages.json): this concept's
; javascript.scm is compiled first, against the TypeScript grammar, then this file.

; TypeScript: NestJS guards and role decorators
((decorator
   (call_expression
     function: (identifier) @_d)) @presence @signal.deny-by-default
 (#eq? @_d "UseGuards"))

((decorator
   (call_expression
     function: (identifier) @_d)) @presence @signal.role-check
 (#match? @_d "^(Roles|Role|Permissions|RequirePermissions|Scopes|HasRoles|Authorize)$"))

((decorator
   (call_expression
     function: (identifier) @_d)) @presence @signal.permit-all
 (#match? @_d "^(Public|AllowAnonymous|SkipAuth|NoAuth)$"))
