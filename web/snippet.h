// The pieces of an example the viewer shows besides the finding itself: the lines of code it
// covers, cut from the stored blob text, and the link to those lines in the code host.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace faultline::web {

inline constexpr int64_t k_max_snippet_lines = 60;

struct Snippet {
  int64_t first_line = 1;          // 1-based number of lines[0]
  std::vector<std::string> lines;  // without their line ends
  bool truncated = false;          // the region runs past the last line shown
};

// Lines start_line..end_line (1-based, inclusive) of `text`, at most `max_lines` of them.
// Lines past the end of the text are not invented; a "\r\n" end loses its '\r'.
Snippet cut_lines(std::string_view text, int64_t start_line, int64_t end_line,
                  int64_t max_lines = k_max_snippet_lines);

// `web_template` with {commit}, {path} (percent-encoded, '/' kept), {start} and {end}
// filled in. nullopt unless the template is an http:// or https:// URL: a link never
// carries another scheme into the page.
std::optional<std::string> code_link(std::string_view web_template, std::string_view commit,
                                     std::string_view path, int64_t start_line, int64_t end_line);

}  // namespace faultline::web
