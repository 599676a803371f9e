; Scala authentication and authorisation: akka-http/pekko-http directives (authenticateOAuth2,
; authorize), jwt-scala decode with a pinned algorithm, auth0 java-jwt, BCrypt,
; MessageDigest.isEqual; JwtOptions(signature = false), JWT.decode, hard-coded secrets,
; == on secrets, trust-all TLS, MD5/SHA-1.

(call_expression function: [(identifier) @_m (field_expression field: (identifier) @_m)]
  (#any-of? @_m "authenticateBasic" "authenticateBasicAsync" "authenticateOAuth2" "authenticateOAuth2Async" "authorize" "authorizeAsync" "decode" "decodeAll" "decodeJson" "verify" "isValid")) @presence
(call_expression function: [(identifier) @_m (field_expression field: (identifier) @_m)] (#any-of? @_m "authorize" "authorizeAsync" "hasRole" "hasScope")) @signal.role-check

(call_expression function: (field_expression value: (identifier) @_j field: (identifier) @_m) arguments: (arguments (_) (_) (_))
  (#match? @_j "^Jwt") (#match? @_m "^(decode|decodeAll|decodeJson|decodeRaw)$")) @signal.signature-verified
(call_expression function: (field_expression value: (identifier) @_j field: (identifier) @_m) (#match? @_j "^Jwt") (#eq? @_m "isValid")) @signal.signature-verified
(call_expression function: (field_expression field: (identifier) @_m) (#eq? @_m "verify")) @signal.signature-verified
(call_expression function: (field_expression value: (_) @_r field: (identifier) @_m) arguments: (arguments (_) (_) (call_expression function: (identifier) @_seq (arguments (field_expression value: (identifier) @_alg))))
  (#match? @_r "^Jwt") (#eq? @_seq "Seq") (#eq? @_alg "JwtAlgorithm")) @signal.algorithm-pinned
(call_expression function: (field_expression value: (identifier) @_a field: (identifier) @_m) (#eq? @_a "Algorithm") (#match? @_m "^(HMAC|RSA|ECDSA)")) @signal.algorithm-pinned
(call_expression function: (field_expression value: (identifier) @_md field: (identifier) @_m)
  (#eq? @_md "MessageDigest") (#eq? @_m "isEqual")) @presence @signal.constant-time-compare
(call_expression function: (field_expression value: (identifier) @_b field: (identifier) @_m)
  (#match? @_b "^(BCrypt|SCrypt|Argon2)") (#match? @_m "^(hashpw|checkpw|hash|verify|boundedBcrypt|isBcrypted)")) @presence @signal.password-hashing
(instance_expression (type_identifier) @_c (#any-of? @_c "BCryptPasswordEncoder" "Argon2PasswordEncoder")) @presence @signal.password-hashing
(call_expression function: (identifier) @_r (#eq? @_r "reject")) @signal.deny-by-default

(assignment_expression left: (identifier) @_k right: (boolean_literal) @_v (#eq? @_k "signature") (#eq? @_v "false")) @signal.jwt-unverified
(call_expression function: (field_expression value: (identifier) @_j field: (identifier) @_m) (#eq? @_j "JWT") (#eq? @_m "decode")) @signal.jwt-unverified
(call_expression function: (field_expression value: (identifier) @_j field: (identifier) @_m) arguments: (arguments . (_) .)
  (#match? @_j "^Jwt") (#match? @_m "^(decode|decodeAll|decodeJson|decodeRaw)$")) @signal.jwt-unverified

(val_definition pattern: (identifier) @_n value: (string)
  (#match? @_n "([pP]assword|[sS]ecret|[aA]pi[kK]ey|API_KEY|SECRET|PASSWORD|[pP]rivateKey|[aA]ccessToken)")) @signal.hardcoded-secret
(infix_expression left: (_) @_l operator: (operator_identifier) @_o right: (_) @_r
  (#eq? @_o "==")
  (#match? @_l "([pP]assword|[sS]ecret|[tT]oken|[aA]pi[kK]ey|API_KEY|[sS]ignature|[dD]igest)")
  (#not-match? @_r "^(null|\"\"|None)$")) @signal.secret-equality

(field_expression value: (identifier) @_i field: (identifier) @_m (#any-of? @_i "InsecureTrustManagerFactory" "NoopHostnameVerifier") (#eq? @_m "INSTANCE")) @signal.tls-verification-disabled
(call_expression function: (field_expression field: (identifier) @_m) (#any-of? @_m "withAcceptAnyCertificate" "disableHostnameVerification")) @signal.tls-verification-disabled
(assignment_expression left: (identifier) @_k right: (boolean_literal) @_v (#any-of? @_k "acceptAnyCertificate" "disableHostnameVerification" "disableSNI") (#eq? @_v "true")) @signal.tls-verification-disabled

(call_expression function: (field_expression value: (identifier) @_md field: (identifier) @_m) arguments: (arguments (string) @_alg)
  (#eq? @_md "MessageDigest") (#eq? @_m "getInstance") (#match? @_alg "^\"(MD5|MD2|SHA-?1|SHA)\"$")) @signal.weak-hash
