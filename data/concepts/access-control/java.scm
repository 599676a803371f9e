; access-control × Java: Spring Security, JWT libraries, secrets and TLS settings.

; +role-check (and presence)
((annotation name: (identifier) @_secured) @presence @signal.role-check
 (#any-of? @_secured "PreAuthorize" "Secured" "RolesAllowed" "PostAuthorize"))
((method_invocation name: (identifier) @_role) @presence @signal.role-check
 (#any-of? @_role "hasRole" "hasAnyRole" "hasAuthority" "hasAnyAuthority" "isUserInRole" "hasScope"))

; +signature-verified, +algorithm-pinned
((method_invocation name: (identifier) @_verify) @presence @signal.signature-verified
 (#any-of? @_verify "verify" "verifyWith" "setSigningKey" "parseClaimsJws" "parseSignedClaims"))
((method_invocation object: (identifier) @_jwt name: (identifier) @_require) @presence @signal.algorithm-pinned
 (#eq? @_jwt "JWT")
 (#eq? @_require "require"))

; -jwt-unverified: decoded, never verified
((method_invocation object: (identifier) @_jwt name: (identifier) @_decode) @signal.jwt-unverified
 (#eq? @_jwt "JWT")
 (#eq? @_decode "decode"))
((method_invocation name: (identifier) @_unsigned) @signal.jwt-unverified
 (#any-of? @_unsigned "parseClaimsJwt" "parseUnsecuredClaims"))

; +deny-by-default: anyRequest().denyAll() / .authenticated()
((method_invocation object: (method_invocation name: (identifier) @_any) name: (identifier) @_deny) @presence @signal.deny-by-default
 (#eq? @_any "anyRequest")
 (#any-of? @_deny "denyAll" "authenticated"))
((marker_annotation name: (identifier) @_deny) @presence @signal.deny-by-default
 (#eq? @_deny "DenyAll"))

; -permit-all
((method_invocation object: (method_invocation name: (identifier) @_any) name: (identifier) @_permit) @presence @signal.permit-all
 (#eq? @_any "anyRequest")
 (#eq? @_permit "permitAll"))
((marker_annotation name: (identifier) @_permit) @presence @signal.permit-all
 (#eq? @_permit "PermitAll"))

; +constant-time-compare
((method_invocation object: (identifier) @_digest name: (identifier) @_equal) @presence @signal.constant-time-compare
 (#eq? @_digest "MessageDigest")
 (#eq? @_equal "isEqual"))

; +password-hashing
((object_creation_expression type: (type_identifier) @_encoder) @presence @signal.password-hashing
 (#any-of? @_encoder "BCryptPasswordEncoder" "Argon2PasswordEncoder" "SCryptPasswordEncoder" "Pbkdf2PasswordEncoder"))
((method_invocation object: (identifier) @_bcrypt name: (identifier) @_hash) @presence @signal.password-hashing
 (#eq? @_bcrypt "BCrypt")
 (#any-of? @_hash "hashpw" "checkpw"))

; -hardcoded-secret: a secret-named variable initialised from a literal
((variable_declarator name: (identifier) @_name value: (string_literal) @signal.hardcoded-secret)
 (#match? @_name "[Pp]assword|[Ss]ecret|[Aa]pi[Kk]ey|[Pp]rivate[Kk]ey|PASSWORD|SECRET|API_KEY|PRIVATE_KEY|TOKEN|[a-z]Token$")
 (#not-match? @_name "HEADER|Header|PARAM|Param|NAME|Name|FIELD|Field|URL|Url|PATH|Path|PREFIX|Prefix")
 (#not-eq? @signal.hardcoded-secret "\"\""))

; -secret-equality: password.equals(...) / x.equals(token)
((method_invocation
   object: (identifier) @_left
   name: (identifier) @_equals
   arguments: (argument_list . (_) @_right .)) @signal.secret-equality
 (#eq? @_equals "equals")
 (#match? @_left "[Pp]assword|[Ss]ecret|[Tt]oken|[Aa]pi[Kk]ey|[Ss]ignature|[Hh]mac"))

; -tls-verification-disabled
((type_identifier) @signal.tls-verification-disabled
 (#any-of? @signal.tls-verification-disabled "NoopHostnameVerifier" "TrustAllStrategy" "TrustSelfSignedStrategy"
  "InsecureTrustManagerFactory" "TrustAllCerts" "TrustAllManager"))
((field_access field: (identifier) @_all) @signal.tls-verification-disabled
 (#any-of? @_all "ALLOW_ALL_HOSTNAME_VERIFIER" "INSECURE"))
((field_access object: (identifier) @_verifier) @signal.tls-verification-disabled
 (#any-of? @_verifier "NoopHostnameVerifier" "InsecureTrustManagerFactory" "TrustAllStrategy"))
((method_invocation name: (identifier) @_verifier arguments: (argument_list (lambda_expression body: (true)))) @signal.tls-verification-disabled
 (#eq? @_verifier "setHostnameVerifier"))

; -weak-hash: MD5 / SHA-1
((method_invocation
   object: (identifier) @_digest
   name: (identifier) @_get
   arguments: (argument_list . (string_literal) @_algorithm)) @signal.weak-hash
 (#eq? @_digest "MessageDigest")
 (#eq? @_get "getInstance")
 (#match? @_algorithm "^\"(MD5|MD4|MD2|SHA-?1|SHA)\"$"))
((method_invocation object: (identifier) @_utils name: (identifier) @_hash) @signal.weak-hash
 (#eq? @_utils "DigestUtils")
 (#match? @_hash "^(md5|sha1|md2)"))
