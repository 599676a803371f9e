; access-control: Go (golang-jwt, crypto/subtle, bcrypt, TLS config, casbin).
; Good: jwt.Parse with a key function, WithValidMethods or a signing-method assertion,
; constant-time comparison, bcrypt/argon2/scrypt, explicit 401/403 denials, role checks.
; Bad: ParseUnverified, InsecureSkipVerify: true, string literals assigned to passwords,
; secrets or API keys, == on secrets, MD5/SHA-1 of passwords, Access-Control-Allow-Origin "*".

; presence + signature-verified: jwt.Parse(token, keyFunc, ...)
((call_expression
   function: (selector_expression
     operand: (_) @_jwt
     field: (field_identifier) @_fn)
   arguments: (argument_list (_) (_))) @presence @signal.signature-verified
 (#match? @_jwt "^(jwt|[a-z]*[Pp]arser)$")
 (#any-of? @_fn "Parse" "ParseWithClaims"))

; +algorithm-pinned: WithValidMethods, or the key function asserting the signing method
((call_expression
   function: (selector_expression
     operand: (identifier) @_jwt
     field: (field_identifier) @_fn)) @signal.algorithm-pinned
 (#eq? @_jwt "jwt")
 (#eq? @_fn "WithValidMethods"))

((type_assertion_expression
   type: (_) @_method) @signal.algorithm-pinned
 (#match? @_method "jwt\\.SigningMethod"))

; -jwt-unverified
((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)) @signal.jwt-unverified
 (#eq? @_fn "ParseUnverified"))

; presence + constant-time-compare
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence @signal.constant-time-compare
 (#match? @_pkg "^(subtle|hmac|bcrypt)$")
 (#match? @_fn "^(ConstantTimeCompare|Equal|CompareHashAndPassword)$"))

; presence + password-hashing
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)) @presence @signal.password-hashing
 (#match? @_pkg "^(bcrypt|argon2|scrypt|pbkdf2)$")
 (#match? @_fn "^(GenerateFromPassword|IDKey|Key)$"))

; presence + role-check
((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)) @presence @signal.role-check
 (#match? @_fn "^(Has|Check|Require)(Role|Scope|Permission|Any[A-Z][a-z]*)s?$|^(Enforce|Authorize|IsAuthorized|Can)$"))

; presence + deny-by-default: an explicit 401/403
((selector_expression) @presence @signal.deny-by-default
 (#match? @signal.deny-by-default "^http\\.(StatusUnauthorized|StatusForbidden)$"))

; presence: the Authorization header or a bearer token is read
((call_expression
   function: (selector_expression
     field: (field_identifier) @_get)
   arguments: (argument_list (interpreted_string_literal) @_h)) @presence
 (#eq? @_get "Get")
 (#match? @_h "^\"(Authorization|X-Api-Key|X-API-Key)\"$"))

; -tls-verification-disabled
((keyed_element
   key: (literal_element (identifier) @_key)
   value: (literal_element (true))) @signal.tls-verification-disabled
 (#eq? @_key "InsecureSkipVerify"))

((assignment_statement
   left: (expression_list (selector_expression) @_field)
   right: (expression_list (true))) @signal.tls-verification-disabled
 (#match? @_field "\\.InsecureSkipVerify$"))

; -hardcoded-secret: a non-empty string literal bound to a secret-looking name
((short_var_declaration
   left: (expression_list (identifier) @_name)
   right: (expression_list (interpreted_string_literal) @_value)) @signal.hardcoded-secret
 (#match? @_name "([Pp]assword|[Pp]asswd|[Ss]ecret|[Aa]pi[Kk]ey|APIKey|[Tt]oken|SigningKey|PrivateKey)$")
 (#match? @_value "^\"[^\"]{4,}\"$"))

((const_spec
   name: (identifier) @_name
   value: (expression_list (interpreted_string_literal) @_value)) @signal.hardcoded-secret
 (#match? @_name "([Pp]assword|[Pp]asswd|[Ss]ecret|[Aa]pi[Kk]ey|APIKey|[Tt]oken|SigningKey|PrivateKey)$")
 (#match? @_value "^\"[^\"]{4,}\"$"))

((var_spec
   name: (identifier) @_name
   value: (expression_list (interpreted_string_literal) @_value)) @signal.hardcoded-secret
 (#match? @_name "([Pp]assword|[Pp]asswd|[Ss]ecret|[Aa]pi[Kk]ey|APIKey|[Tt]oken|SigningKey|PrivateKey)$")
 (#match? @_value "^\"[^\"]{4,}\"$"))

((keyed_element
   key: (literal_element (identifier) @_name)
   value: (literal_element (interpreted_string_literal) @_value)) @signal.hardcoded-secret
 (#match? @_name "([Pp]assword|[Pp]asswd|[Ss]ecret|[Aa]pi[Kk]ey|APIKey|[Tt]oken|SigningKey)$")
 (#match? @_value "^\"[^\"]{4,}\"$"))

((call_expression
   function: (selector_expression
     field: (field_identifier) @_fn)
   arguments: (argument_list
     (type_conversion_expression
       type: (slice_type)
       operand: (interpreted_string_literal)) @signal.hardcoded-secret))
 (#eq? @_fn "SignedString"))

; -secret-equality: == / != on a secret, other than an emptiness check
((binary_expression
   left: (_) @_a
   operator: ["==" "!="]
   right: (_) @_b) @signal.secret-equality
 (#match? @_a "([Pp]assword|[Pp]asswd|[Ss]ecret|[Tt]oken|[Aa]pi[Kk]ey|APIKey|[Ss]ignature|HMAC|[Hh]mac)$")
 (#not-match? @_b "^(\"\"|nil|0)$"))

; -weak-hash: MD5 or SHA-1 of a password, token or secret
((call_expression
   function: (selector_expression
     operand: (identifier) @_pkg
     field: (field_identifier) @_fn)
   arguments: (argument_list (_) @_arg)) @signal.weak-hash
 (#match? @_pkg "^(md5|sha1)$")
 (#eq? @_fn "Sum")
 (#match? @_arg "[Pp]assword|[Pp]asswd|[Ss]ecret|[Tt]oken"))

; -permit-all: CORS opened to every origin
((call_expression
   function: (selector_expression
     field: (field_identifier) @_set)
   arguments: (argument_list
     (interpreted_string_literal) @_h
     .
     (interpreted_string_literal) @_star)) @presence @signal.permit-all
 (#match? @_set "^(Set|Add)$")
 (#eq? @_h "\"Access-Control-Allow-Origin\"")
 (#eq? @_star "\"*\""))
