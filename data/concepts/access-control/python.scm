; access-control × Python: PyJWT, Django/Flask/FastAPI auth, secrets, TLS settings.

; +signature-verified / -jwt-unverified: jwt.decode with or without verification
((call
   function: (attribute object: (identifier) @_jwt attribute: (identifier) @_decode)
   arguments: (argument_list) @_args) @presence @signal.signature-verified
 (#eq? @_jwt "jwt")
 (#eq? @_decode "decode")
 (#not-match? @_args "verify_signature['\"]\\s*:\\s*False|verify\\s*=\\s*False"))
((call
   function: (attribute object: (identifier) @_jwt attribute: (identifier) @_decode)
   arguments: (argument_list) @_args) @signal.jwt-unverified
 (#eq? @_jwt "jwt")
 (#any-of? @_decode "decode" "get_unverified_claims")
 (#match? @_args "verify_signature['\"]\\s*:\\s*False|verify\\s*=\\s*False"))
((call function: (attribute object: (identifier) @_jwt attribute: (identifier) @_unverified)) @signal.jwt-unverified
 (#eq? @_jwt "jwt")
 (#eq? @_unverified "get_unverified_claims"))
; +algorithm-pinned: algorithms=["RS256"]
((keyword_argument name: (identifier) @_algorithms value: (list)) @signal.algorithm-pinned
 (#eq? @_algorithms "algorithms"))

; +role-check (and presence)
((decorator [(identifier) @_auth (call function: [(identifier) @_auth (attribute attribute: (identifier) @_auth)]) (attribute attribute: (identifier) @_auth)]) @presence @signal.role-check
 (#any-of? @_auth "login_required" "permission_required" "user_passes_test" "roles_required" "roles_accepted"
  "requires_auth" "jwt_required" "staff_member_required"))
((call function: [(identifier) @_perm (attribute attribute: (identifier) @_perm)]) @presence @signal.role-check
 (#any-of? @_perm "has_perm" "has_permission" "Security" "has_role" "check_permission" "Depends_auth"))

; +constant-time-compare
((call function: (attribute object: (identifier) @_module attribute: (identifier) @_compare)) @presence @signal.constant-time-compare
 (#any-of? @_module "hmac" "secrets")
 (#eq? @_compare "compare_digest"))

; +password-hashing
((call function: (attribute object: (identifier) @_module attribute: (identifier) @_hash)) @presence @signal.password-hashing
 (#any-of? @_module "bcrypt" "argon2" "scrypt" "pbkdf2_sha256" "hashlib" "ph" "hasher" "pwd_context")
 (#any-of? @_hash "hashpw" "checkpw" "hash" "verify" "pbkdf2_hmac" "scrypt"))
((call function: [(identifier) @_django (attribute attribute: (identifier) @_django)]) @presence @signal.password-hashing
 (#any-of? @_django "make_password" "check_password" "generate_password_hash" "check_password_hash"))

; -hardcoded-secret
((assignment left: (identifier) @_name right: (string) @signal.hardcoded-secret)
 (#match? @_name "password|passwd|secret|api_key|apikey|private_key|token$|PASSWORD|SECRET|API_KEY|PRIVATE_KEY|TOKEN$")
 (#not-match? @_name "HEADER|header|PARAM|param|NAME|name|FIELD|field|URL|url|PATH|path|PREFIX|prefix")
 (#not-match? @signal.hardcoded-secret "^[rbuf]*(''|\"\")$"))
((keyword_argument name: (identifier) @_name value: (string) @signal.hardcoded-secret)
 (#any-of? @_name "password" "secret" "api_key" "token" "secret_key" "aws_secret_access_key"))

; -secret-equality: token == expected
((comparison_operator [(identifier) (attribute)] @_left ["==" "!="]) @signal.secret-equality
 (#match? @_left "password|secret|token|api_key|signature|digest|hmac"))

; -tls-verification-disabled
((keyword_argument name: (identifier) @_verify value: (false)) @signal.tls-verification-disabled
 (#any-of? @_verify "verify" "verify_ssl" "ssl_verify" "check_hostname"))
((call function: (attribute object: (identifier) @_ssl attribute: (identifier) @_unverified)) @signal.tls-verification-disabled
 (#eq? @_ssl "ssl")
 (#eq? @_unverified "_create_unverified_context"))
((assignment left: (attribute attribute: (identifier) @_check) right: [(false) (attribute)] @_value) @signal.tls-verification-disabled
 (#any-of? @_check "check_hostname" "verify_mode")
 (#match? @_value "False|CERT_NONE"))

; -weak-hash
((call function: (attribute object: (identifier) @_hashlib attribute: (identifier) @_weak)) @signal.weak-hash
 (#eq? @_hashlib "hashlib")
 (#any-of? @_weak "md5" "sha1"))
