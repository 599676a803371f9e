#include "web/query_params.h"

#include <charconv>

namespace faultline::web {

std::string shorten_for_message(const std::string& value) {
  constexpr size_t k_max = 40;
  if (value.size() <= k_max) return value;
  size_t cut = k_max;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return value.substr(0, cut) + "…";
}

Result<std::optional<std::string>> QueryParams::raw(const std::string& name) const {
  auto [first, last] = m_params.equal_range(name);
  if (first == last) return std::optional<std::string>();
  if (std::next(first) != last) return Error("parameter '" + name + "' is given more than once");
  return std::optional<std::string>(first->second);
}

Result<int64_t> QueryParams::integer(const std::string& name, int64_t fallback, int64_t min,
                                     int64_t max) const {
  auto value = raw(name);
  if (!value.ok()) return value.error();
  if (!*value) return fallback;
  const std::string& text = **value;
  int64_t parsed = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || parsed < min ||
      parsed > max)
    return Error("parameter '" + name + "' must be an integer from " + std::to_string(min) + " to " +
                 std::to_string(max) + ", got '" + shorten_for_message(text) + "'");
  return parsed;
}

Result<std::string> QueryParams::choice(const std::string& name, const std::string& fallback,
                                        std::initializer_list<const char*> choices) const {
  auto value = raw(name);
  if (!value.ok()) return value.error();
  if (!*value) return fallback;
  std::string allowed;
  for (const char* choice : choices) {
    if (**value == choice) return **value;
    allowed += allowed.empty() ? "" : "|";
    allowed += choice;
  }
  return Error("parameter '" + name + "' must be one of " + allowed + ", got '" +
               shorten_for_message(**value) + "'");
}

Result<std::optional<std::string>> QueryParams::text(const std::string& name, size_t max_bytes,
                                                     bool any_bytes) const {
  auto value = raw(name);
  if (!value.ok()) return value.error();
  if (!*value) return std::optional<std::string>();
  const std::string& text = **value;
  if (text.empty() || text.size() > max_bytes)
    return Error("parameter '" + name + "' must be 1 to " + std::to_string(max_bytes) + " bytes long, got " +
                 std::to_string(text.size()));
  for (char c : text) {
    if (!any_bytes && (static_cast<unsigned char>(c) < 0x20 || c == 0x7f))
      return Error("parameter '" + name + "' must not hold control characters");
  }
  return value;
}

Result<std::string> QueryParams::required_text(const std::string& name, size_t max_bytes,
                                               bool any_bytes) const {
  auto value = text(name, max_bytes, any_bytes);
  if (!value.ok()) return value.error();
  if (!*value) return Error("parameter '" + name + "' is required");
  return **value;
}

}  // namespace faultline::web
