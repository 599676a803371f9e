; access-control: JavaScript (jsonwebtoken, jose, passport, crypto, bcrypt, TLS options).
; Good: jwt.verify with `algorithms` pinned, jose jwtVerify, crypto.timingSafeEqual,
; bcrypt/argon2/scrypt, role/permission checks, explicit 401/403 responses. Bad: jwt.decode
; (no signature check), rejectUnauthorized: false / NODE_TLS_REJECT_UNAUTHORIZED=0, string
; literals as secrets or passwords, === on secrets, MD5/SHA-1 over passwords, `origin: '*'`.

; presence + signature-verified
((call_expression
   function: (member_expression
     object: (identifier) @_jwt
     property: (property_identifier) @_fn)
   arguments: (arguments (_) (_))) @presence @signal.signature-verified
 (#match? @_jwt "^(jwt|jsonwebtoken|JWT)$")
 (#eq? @_fn "verify"))

((call_expression
   function: [(identifier) (member_expression)] @_fn) @presence @signal.signature-verified
 (#match? @_fn "^(jose\\.)?(jwtVerify|compactVerify|flattenedVerify)$"))

; +algorithm-pinned
((pair
   key: (property_identifier) @_key
   value: (array)) @signal.algorithm-pinned
 (#eq? @_key "algorithms"))

; -jwt-unverified
((call_expression
   function: (member_expression
     object: (identifier) @_jwt
     property: (property_identifier) @_fn)) @signal.jwt-unverified
 (#match? @_jwt "^(jwt|jsonwebtoken|JWT)$")
 (#eq? @_fn "decode"))

((call_expression
   function: [(identifier) (member_expression)] @_fn) @signal.jwt-unverified
 (#match? @_fn "^(jose\\.)?(decodeJwt|decodeProtectedHeader)$|^jwtDecode$|^jwt_decode$"))

((pair
   key: (property_identifier) @_key
   value: (array) @_algs) @signal.jwt-unverified
 (#eq? @_key "algorithms")
 (#match? @_algs "none"))

; presence + constant-time-compare
((call_expression
   function: [(identifier) (member_expression)] @_fn) @presence @signal.constant-time-compare
 (#match? @_fn "^(crypto\\.)?timingSafeEqual$|^(bcrypt|bcryptjs|argon2)\\.(compare|compareSync|verify)$|^safeCompare$|^tsscmp$"))

; presence + password-hashing
((call_expression
   function: [(identifier) (member_expression)] @_fn) @presence @signal.password-hashing
 (#match? @_fn "^(bcrypt|bcryptjs|argon2)\\.(hash|hashSync)$|^(crypto\\.)?(scrypt|scryptSync|pbkdf2|pbkdf2Sync)$"))

; presence + role-check
((call_expression
   function: [(identifier) (member_expression)] @_fn) @presence @signal.role-check
 (#match? @_fn "(^|\\.)(hasRole|hasRoles|hasScope|hasPermission|checkPermission|requireRole|requireScope|authorize|isAuthorized|can|cannot|enforce|checkRole|requirePermission)$"))

((call_expression
   function: (member_expression
     object: (member_expression) @_roles
     property: (property_identifier) @_includes)) @presence @signal.role-check
 (#match? @_roles "\\.(roles|role|scopes|scope|permissions|groups)$")
 (#eq? @_includes "includes"))

; presence + deny-by-default: explicit 401/403
((call_expression
   function: (member_expression
     property: (property_identifier) @_status)
   arguments: (arguments . (number) @_code)) @presence @signal.deny-by-default
 (#match? @_status "^(status|sendStatus|code)$")
 (#match? @_code "^40[13]$"))

; presence: passport / auth middleware
((call_expression
   function: (member_expression
     object: (identifier) @_passport
     property: (property_identifier) @_fn)) @presence
 (#eq? @_passport "passport")
 (#eq? @_fn "authenticate"))

; -tls-verification-disabled
((pair
   key: (property_identifier) @_key
   value: (false)) @signal.tls-verification-disabled
 (#match? @_key "^(rejectUnauthorized|strictSSL|checkServerIdentity)$"))

((assignment_expression
   left: (member_expression) @_env
   right: (string) @_zero) @signal.tls-verification-disabled
 (#match? @_env "NODE_TLS_REJECT_UNAUTHORIZED$")
 (#match? @_zero "^.0.$"))

; -hardcoded-secret
((variable_declarator
   name: (identifier) @_name
   value: (string) @_value) @signal.hardcoded-secret
 (#match? @_name "([Pp]assword|[Pp]asswd|[Ss]ecret|[Aa]pi[Kk]ey|API_KEY|SECRET|PASSWORD|[Tt]oken|TOKEN|[Pp]rivateKey)$")
 (#match? @_value "^.[^'\"]{4,}.$"))

((pair
   key: (property_identifier) @_name
   value: (string) @_value) @signal.hardcoded-secret
 (#match? @_name "^(password|passwd|secret|apiKey|api_key|token|privateKey|secretOrKey|clientSecret|accessToken)$")
 (#match? @_value "^.[^'\"]{4,}.$"))

((call_expression
   function: (member_expression
     object: (identifier) @_jwt
     property: (property_identifier) @_fn)
   arguments: (arguments (_) . (string) @signal.hardcoded-secret))
 (#match? @_jwt "^(jwt|jsonwebtoken)$")
 (#match? @_fn "^(sign|verify)$"))

; -secret-equality
((binary_expression
   left: (_) @_a
   operator: ["===" "==" "!==" "!="]
   right: (_) @_b) @signal.secret-equality
 (#match? @_a "([Pp]assword|[Ss]ecret|[Tt]oken|[Aa]pi[Kk]ey|API_KEY|[Ss]ignature|[Hh]mac|HMAC)$")
 (#not-match? @_b "^(''|\"\"|null|undefined|0|'string'|\"string\")$"))

((binary_expression
   left: (_) @_a
   operator: ["===" "==" "!==" "!="]
   right: (_) @_b) @signal.secret-equality
 (#match? @_b "([Pp]assword|[Ss]ecret|[Tt]oken|[Aa]pi[Kk]ey|API_KEY|[Ss]ignature|[Hh]mac|HMAC)$")
 (#not-match? @_a "^(''|\"\"|null|undefined|0|'string'|\"string\"|typeof .*)$"))

; -weak-hash: MD5/SHA-1 over a password or token
((call_expression
   function: (member_expression
     object: (call_expression
       function: (member_expression
         property: (property_identifier) @_create)
       arguments: (arguments . (string) @_alg))
     property: (property_identifier) @_update)
   arguments: (arguments . (_) @_input)) @signal.weak-hash
 (#eq? @_create "createHash")
 (#match? @_alg "^.(md5|sha1|MD5|SHA1|sha-1).$")
 (#eq? @_update "update")
 (#match? @_input "[Pp]assword|[Pp]asswd|[Ss]ecret|[Tt]oken"))

; -permit-all: CORS open to every origin
((call_expression
   function: (identifier) @_cors
   arguments: (arguments) @_none) @presence @signal.permit-all
 (#eq? @_cors "cors")
 (#eq? @_none "()"))

((pair
   key: (property_identifier) @_origin
   value: [(string) (true)] @_star) @presence @signal.permit-all
 (#eq? @_origin "origin")
 (#match? @_star "^(.\\*.|true)$"))
