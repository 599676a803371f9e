; C logging: syslog/vsyslog with a priority, systemd sd_journal_send key=value fields, zlog and
; log.c style log_info(...). fprintf(stderr, ...), perror and printf used for diagnostics are
; print-as-logging.

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
