// Cutting lines walks the text once up to the last line wanted; filling a link template
// replaces each placeholder wherever it occurs.
#include "web/snippet.h"

#include <algorithm>
#include <cctype>

namespace faultline::web {
namespace {

std::string percent_encode_path(std::string_view path) {
  static const char k_hex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += k_hex[byte >> 4];
      out += k_hex[byte & 0xF];
    }
  }
  return out;
}

void replace_all(std::string& text, std::string_view placeholder, const std::string& value) {
  for (size_t at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at + value.size()))
    text.replace(at, placeholder.size(), value);
}

}  // namespace

Snippet cut_lines(std::string_view text, int64_t start_line, int64_t end_line, int64_t max_lines) {
  Snippet snippet;
  start_line = std::max<int64_t>(start_line, 1);
  end_line = std::max(end_line, start_line);
  int64_t last = std::min(end_line, start_line + max_lines - 1);
  snippet.first_line = start_line;
  int64_t line = 1;
  size_t at = 0;
  while (at <= text.size() && line <= last) {
    size_t end = text.find('\n', at);
    bool final_line = end == std::string_view::npos;
    if (final_line) end = text.size();
    if (final_line && at == text.size() && line > 1) break;  // a text ending in '\n' has no extra line
    if (line >= start_line) {
      std::string_view content = text.substr(at, end - at);
      if (!content.empty() && content.back() == '\r') content.remove_suffix(1);
      snippet.lines.emplace_back(content);
    }
    if (final_line) break;
    at = end + 1;
    ++line;
  }
  snippet.truncated = end_line > last && static_cast<int64_t>(snippet.lines.size()) == last - start_line + 1;
  return snippet;
}

std::optional<std::string> code_link(std::string_view web_template, std::string_view commit,
                                     std::string_view path, int64_t start_line, int64_t end_line) {
  if (!web_template.starts_with("https://") && !web_template.starts_with("http://")) return std::nullopt;
  std::string link(web_template);
  replace_all(link, "{commit}", percent_encode_path(commit));
  replace_all(link, "{path}", percent_encode_path(path));
  replace_all(link, "{start}", std::to_string(start_line));
  replace_all(link, "{end}", std::to_string(end_line));
  return link;
}

}  // namespace faultline::web
