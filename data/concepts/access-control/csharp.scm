; C# authentication and authorisation: ASP.NET Core [Authorize]/[AllowAnonymous], JWT bearer
; TokenValidationParameters, policies, password hashing, constant-time comparison; TLS
; certificate validation turned off, hard-coded secrets, MD5/SHA1.

(attribute name: (identifier) @_a (#any-of? @_a "Authorize" "AllowAnonymous")) @presence
(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "AddAuthentication" "AddAuthorization" "AddJwtBearer" "RequireAuthorization" "AuthorizeAsync" "IsInRole" "ValidateToken" "ReadJwtToken" "HasClaim")) @presence
(object_creation_expression type: (identifier) @_t
  (#any-of? @_t "TokenValidationParameters" "JwtSecurityTokenHandler" "JsonWebTokenHandler" "AuthorizationPolicyBuilder")) @presence

(attribute name: (identifier) @_a (attribute_argument_list (attribute_argument (assignment_expression left: (identifier) @_k)))
  (#eq? @_a "Authorize") (#any-of? @_k "Roles" "Policy")) @signal.role-check
(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "IsInRole" "RequireRole" "RequireClaim" "HasClaim" "AuthorizeAsync" "RequireAssertion")) @signal.role-check

(assignment_expression left: (identifier) @_p right: (boolean_literal) @_v
  (#any-of? @_p "ValidateIssuerSigningKey" "RequireSignedTokens") (#eq? @_v "true")) @signal.signature-verified
(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#any-of? @_m "ValidateToken" "ValidateTokenAsync")) @signal.signature-verified
(assignment_expression left: (identifier) @_p (#eq? @_p "ValidAlgorithms")) @signal.algorithm-pinned
(assignment_expression left: (member_access_expression name: (identifier) @_p) (#eq? @_p "FallbackPolicy")) @presence @signal.deny-by-default
(invocation_expression function: (member_access_expression expression: (identifier) @_c name: (identifier) @_m)
  (#eq? @_c "CryptographicOperations") (#eq? @_m "FixedTimeEquals")) @presence @signal.constant-time-compare
(object_creation_expression type: (identifier) @_t (#eq? @_t "Rfc2898DeriveBytes")) @presence @signal.password-hashing
(invocation_expression function: (member_access_expression expression: (_) @_c name: (identifier) @_m)
  (#match? @_c "(BCrypt|KeyDerivation|PasswordHasher|[pP]asswordHasher|Argon2)")
  (#match? @_m "^(HashPassword|Pbkdf2|Verify|VerifyHashedPassword|EnhancedHashPassword)$")) @presence @signal.password-hashing

; signature checks off, or the token read without validation
(assignment_expression left: (identifier) @_p right: (boolean_literal) @_v
  (#any-of? @_p "ValidateIssuerSigningKey" "RequireSignedTokens" "ValidateLifetime" "RequireExpirationTime") (#eq? @_v "false")) @signal.jwt-unverified
(invocation_expression function: (member_access_expression name: (identifier) @_m)
  (#eq? @_m "ReadJwtToken")) @signal.jwt-unverified

; secrets in the source
(variable_declarator name: (identifier) @_n (string_literal (string_literal_content))
  (#match? @_n "([pP]assword|[sS]ecret|[aA]pi[kK]ey|[pP]rivateKey|[aA]ccessToken|[sS]igningKey)")) @signal.hardcoded-secret
(assignment_expression left: [(identifier) @_n (member_access_expression name: (identifier) @_n)] right: (string_literal (string_literal_content))
  (#match? @_n "([pP]assword|[sS]ecret|[aA]pi[kK]ey|[pP]rivateKey|[aA]ccessToken|[sS]igningKey)")) @signal.hardcoded-secret
(object_creation_expression type: (identifier) @_t
  arguments: (argument_list (argument (invocation_expression arguments: (argument_list (argument (string_literal))))))
  (#eq? @_t "SymmetricSecurityKey")) @signal.hardcoded-secret

; == on secrets: the comparison time leaks how much matched
(binary_expression left: (_) @_l operator: "==" right: (_) @_r
  (#match? @_l "([pP]assword|[sS]ecret|[tT]oken|[aA]pi[kK]ey|[sS]ignature|[hH]mac|[dD]igest)")
  (#not-match? @_r "^(null|\"\"|0)$")) @signal.secret-equality

; TLS certificate validation turned off
(assignment_expression
  left: [(identifier) @_p (member_access_expression name: (identifier) @_p)]
  right: (lambda_expression body: (boolean_literal) @_v)
  (#match? @_p "^(ServerCertificateCustomValidationCallback|ServerCertificateValidationCallback|RemoteCertificateValidationCallback)$")
  (#eq? @_v "true")) @signal.tls-verification-disabled
(member_access_expression name: (identifier) @_m (#eq? @_m "DangerousAcceptAnyServerCertificateValidator")) @signal.tls-verification-disabled

(attribute name: (identifier) @_a (#eq? @_a "AllowAnonymous")) @signal.permit-all
(invocation_expression function: (member_access_expression name: (identifier) @_m) (#eq? @_m "AllowAnonymous")) @signal.permit-all

(invocation_expression function: (member_access_expression expression: (identifier) @_h name: (identifier) @_m)
  (#any-of? @_h "MD5" "SHA1") (#any-of? @_m "Create" "HashData" "ComputeHash")) @signal.weak-hash
(object_creation_expression type: (identifier) @_t
  (#any-of? @_t "MD5CryptoServiceProvider" "SHA1Managed" "SHA1CryptoServiceProvider")) @signal.weak-hash
