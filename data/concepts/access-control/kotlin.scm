; Kotlin authentication and authorisation: Spring Security annotations and DSL, auth0
; java-jwt and jjwt verification, BCrypt, MessageDigest.isEqual; JWT.decode without verify,
; hard-coded secrets, == on secrets, trust-all TLS, MD5/SHA-1.

(annotation [(user_type (type_identifier) @_a) (constructor_invocation (user_type (type_identifier) @_a))]
  (#any-of? @_a "PreAuthorize" "PostAuthorize" "Secured" "RolesAllowed" "PermitAll" "DenyAll")) @presence
(call_expression [(simple_identifier) @_m (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))]
  (#any-of? @_m "authorizeHttpRequests" "authorizeRequests" "authorize" "hasRole" "hasAuthority" "hasAnyRole" "permitAll" "authenticated" "denyAll" "verify" "parseClaimsJws" "parseSignedClaims" "decode" "matches")) @presence

(annotation (constructor_invocation (user_type (type_identifier) @_a)) (#any-of? @_a "PreAuthorize" "Secured" "RolesAllowed")) @signal.role-check
(call_expression [(simple_identifier) @_m (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))]
  (#any-of? @_m "hasRole" "hasAuthority" "hasAnyRole" "hasAnyAuthority" "hasScope")) @signal.role-check

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))
  (#any-of? @_m "verify" "parseClaimsJws" "parseSignedClaims" "verifyWith" "setSigningKey")) @signal.signature-verified
(call_expression (navigation_expression (simple_identifier) @_a (navigation_suffix (simple_identifier) @_m))
  (#eq? @_a "Algorithm") (#match? @_m "^(HMAC|RSA|ECDSA)")) @signal.algorithm-pinned
(call_expression (navigation_expression (call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_any))) (navigation_suffix (simple_identifier) @_m))
  (#eq? @_any "anyRequest") (#any-of? @_m "authenticated" "denyAll")) @signal.deny-by-default
(call_expression (navigation_expression (simple_identifier) @_md (navigation_suffix (simple_identifier) @_m))
  (#eq? @_md "MessageDigest") (#eq? @_m "isEqual")) @presence @signal.constant-time-compare
(call_expression (simple_identifier) @_c (#any-of? @_c "BCryptPasswordEncoder" "Argon2PasswordEncoder" "SCryptPasswordEncoder" "Pbkdf2PasswordEncoder")) @presence @signal.password-hashing

(call_expression (navigation_expression (simple_identifier) @_j (navigation_suffix (simple_identifier) @_m))
  (#eq? @_j "JWT") (#eq? @_m "decode")) @signal.jwt-unverified
(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (#any-of? @_m "parseClaimsJwt" "parseUnsecuredClaims")) @signal.jwt-unverified

(property_declaration (variable_declaration (simple_identifier) @_n) (string_literal (string_content))
  (#match? @_n "([pP]assword|[sS]ecret|[aA]pi[kK]ey|API_KEY|SECRET|PASSWORD|[pP]rivateKey|[aA]ccessToken)")) @signal.hardcoded-secret
(equality_expression (_) @_l (_) @_r
  (#match? @_l "([pP]assword|[sS]ecret|[tT]oken|[aA]pi[kK]ey|API_KEY|[sS]ignature|[dD]igest)")
  (#not-match? @_r "^(null|\"\")$")) @signal.secret-equality

(call_expression (navigation_expression (_) (navigation_suffix (simple_identifier) @_m)) (call_suffix (annotated_lambda (lambda_literal (statements (boolean_literal) @_v))))
  (#eq? @_m "hostnameVerifier") (#eq? @_v "true")) @signal.tls-verification-disabled
(navigation_expression (simple_identifier) @_i (navigation_suffix (simple_identifier) @_m)
  (#eq? @_i "InsecureTrustManagerFactory") (#eq? @_m "INSTANCE")) @signal.tls-verification-disabled
(navigation_expression (simple_identifier) @_i (navigation_suffix (simple_identifier) @_m)
  (#eq? @_i "NoopHostnameVerifier") (#eq? @_m "INSTANCE")) @signal.tls-verification-disabled

(call_expression [(simple_identifier) @_m (navigation_expression (_) (navigation_suffix (simple_identifier) @_m))] (#eq? @_m "permitAll")) @signal.permit-all
(annotation (user_type (type_identifier) @_a) (#eq? @_a "PermitAll")) @signal.permit-all

(call_expression (navigation_expression (simple_identifier) @_md (navigation_suffix (simple_identifier) @_m)) (call_suffix (value_arguments (value_argument (string_literal) @_alg)))
  (#eq? @_md "MessageDigest") (#eq? @_m "getInstance") (#match? @_alg "^\"(MD5|MD2|SHA-?1|SHA)\"$")) @signal.weak-hash
