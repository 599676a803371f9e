; C++ logging: spdlog (spdlog::info, logger->info, SPDLOG_* with {} templates and fmt args),
; glog/absl LOG(level) streams, Boost.Log, plus the C logging of syslog. std::cerr/std::cout
; and fprintf(stderr) used for diagnostics are print-as-logging.

(call_expression function: [(qualified_identifier scope: (namespace_identifier) @_ns name: (identifier) @_lvl)
                            (field_expression argument: (_) @_recv field: (field_identifier) @_lvl)]
  (#match? @_lvl "^(trace|debug|info|warn|error|critical)$")) @presence @signal.level-used @signal.log-in-loop
(call_expression function: (identifier) @_m arguments: (argument_list (identifier) @_lvl)
  (#any-of? @_m "LOG" "DLOG" "LOG_IF" "VLOG" "PLOG" "ABSL_LOG" "BOOST_LOG_TRIVIAL") (#match? @_lvl "^(INFO|WARNING|ERROR|FATAL|DFATAL|trace|debug|info|warning|error|fatal|[0-9]+)$")) @presence @signal.level-used @signal.log-in-loop
(call_expression function: (identifier) @_m (#match? @_m "^SPDLOG_(TRACE|DEBUG|INFO|WARN|ERROR|CRITICAL)$")) @presence @signal.level-used @signal.log-in-loop
(call_expression function: [(qualified_identifier name: (identifier) @_lvl) (field_expression field: (field_identifier) @_lvl) (identifier) @_lvl]
  arguments: (argument_list (string_literal) @_fmt . (_))
  (#match? @_lvl "^(trace|debug|info|warn|error|critical|SPDLOG_[A-Z]+)$")
  (#match? @_fmt "\\{[^}]*\\}")) @signal.parameterised-message
(call_expression function: [(qualified_identifier name: (identifier) @_lvl) (field_expression field: (field_identifier) @_lvl)]
  arguments: (argument_list (call_expression function: (field_expression field: (field_identifier) @_w)))
  (#match? @_lvl "^(warn|error|critical)$") (#eq? @_w "what")) @signal.exception-message-only
(call_expression function: [(qualified_identifier name: (identifier) @_lvl) (field_expression field: (field_identifier) @_lvl)]
  arguments: (argument_list (binary_expression left: [(string_literal) (binary_expression)] operator: "+"))
  (#match? @_lvl "^(trace|debug|info|warn|error|critical)$")) @signal.string-concat-message
(call_expression function: [(qualified_identifier name: (identifier) @_lvl) (field_expression field: (field_identifier) @_lvl)]
  arguments: (argument_list (call_expression function: (qualified_identifier) @_fmt))
  (#match? @_lvl "^(trace|debug|info|warn|error|critical)$") (#match? @_fmt "^(fmt|std)::format$")) @signal.string-interpolation-message
(call_expression function: (qualified_identifier) @_q (#match? @_q "^(spdlog::)?mdc::put$")) @signal.structured-fields
(binary_expression left: (qualified_identifier) @_s right: (string_literal) @_msg
  (#match? @_s "^std::(cerr|clog|cout)$")
  (#match? @_msg "(ERROR|WARN|INFO|DEBUG|\\[[A-Za-z]+\\]|[Ee]rror|[Ff]ail|[Ww]arning)")) @signal.print-as-logging


(call_expression function: (identifier) @_f
  (#match? @_f "^(syslog|vsyslog|sd_journal_send|sd_journal_print|zlog_(debug|info|notice|warn|error|fatal)|log_(trace|debug|info|warn|error|fatal)|g_(debug|info|message|warning|critical))$")) @presence @signal.log-in-loop
(call_expression function: (identifier) @_f arguments: (argument_list . (identifier) @_lvl)
  (#any-of? @_f "syslog" "vsyslog" "sd_journal_print") (#match? @_lvl "^LOG_")) @signal.level-used
(call_expression function: (identifier) @_f
  (#match? @_f "^(zlog_(debug|info|notice|warn|error|fatal)|log_(trace|debug|info|warn|error|fatal)|g_(debug|info|message|warning|critical))$")) @signal.level-used
(call_expression function: (identifier) @_f (#eq? @_f "sd_journal_send")) @signal.structured-fields
(call_expression function: (identifier) @_f arguments: (argument_list (string_literal) @_fmt . (_))
  (#match? @_f "^(syslog|vsyslog|sd_journal_print|zlog_[a-z]+|log_[a-z]+|g_[a-z]+)$")
  (#match? @_fmt "%[-+ #0-9.]*[a-z]")) @signal.parameterised-message
(call_expression function: (identifier) @_f arguments: (argument_list (string_literal) @_fmt . (_))
  (#match? @_f "^(syslog|vsyslog|zlog_[a-z]+|log_[a-z]+)$")
  (#match? @_fmt "%m|strerror")) @signal.exception-attached
(call_expression function: (identifier) @_f arguments: (argument_list (call_expression function: (identifier) @_se))
  (#match? @_f "^(syslog|vsyslog|zlog_[a-z]+|log_[a-z]+)$") (#eq? @_se "strerror")) @signal.exception-attached
(call_expression function: (identifier) @_f arguments: (argument_list (identifier) @_a)
  (#match? @_f "^(syslog|vsyslog|zlog_[a-z]+|log_[a-z]+)$") (#match? @_a "(password|passwd|secret|token|api_key)")) @signal.sensitive-data-logged

(call_expression function: (identifier) @_p arguments: (argument_list . (identifier) @_s)
  (#any-of? @_p "fprintf" "fputs" "vfprintf") (#eq? @_s "stderr")) @signal.print-as-logging
(call_expression function: (identifier) @_p (#eq? @_p "perror")) @signal.print-as-logging
(call_expression function: (identifier) @_p arguments: (argument_list . (string_literal) @_msg)
  (#any-of? @_p "printf" "puts")
  (#match? @_msg "(ERROR|WARN|INFO|DEBUG|\\[[A-Za-z]+\\]|[Ee]rror|[Ff]ail|[Ww]arning)")) @signal.print-as-logging

(for_statement) @context.loop
(while_statement) @context.loop
(do_statement) @context.loop

((function_definition declarator: (function_declarator declarator: (identifier) @_main)) @context.cli (#eq? @_main "main"))
