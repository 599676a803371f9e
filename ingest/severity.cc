// The severity, urgency and status tables of FORMATS.md. Raw texts are read
// case-insensitively; words are matched whole (split at anything not a letter or digit), so
// "Major incident" is major but "majority" is nothing.
#include "ingest/severity.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace faultline::ingest {
namespace {

std::string lower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The digit of "P1", "sev-2", "severity 3", "s1", "3 - moderate", "2"; nullopt otherwise.
// The digit must stand alone: "P10" is 10 (→ 5 later), "S3x" is not a digit form.
std::optional<int> digit_form(std::string_view lowered) {
  static constexpr std::array<std::string_view, 5> k_prefixes = {"severity", "priority", "sev", "p", "s"};
  std::string_view rest = lowered;
  for (std::string_view prefix : k_prefixes) {
    if (rest.substr(0, prefix.size()) == prefix) {
      rest.remove_prefix(prefix.size());
      while (!rest.empty() && (rest.front() == '-' || rest.front() == '_' || rest.front() == ' '))
        rest.remove_prefix(1);
      break;
    }
  }
  size_t digits = 0;
  while (digits < rest.size() && is_digit(rest[digits])) ++digits;
  if (digits == 0) return std::nullopt;
  if (digits < rest.size() && is_alnum(rest[digits])) return std::nullopt;
  int value = 0;
  for (size_t i = 0; i < digits && value <= 100; ++i) value = value * 10 + (rest[i] - '0');
  return value;
}

std::optional<int> word_form(std::string_view lowered) {
  static constexpr std::array<std::pair<std::string_view, int>, 11> k_words = {{
      {"critical", 1},
      {"major", 2},
      {"high", 2},
      {"moderate", 3},
      {"medium", 3},
      {"minor", 3},
      {"low", 4},
      {"info", 5},
      {"informational", 5},
      {"trivial", 5},
      {"planning", 5},
  }};
  size_t i = 0;
  while (i < lowered.size()) {
    while (i < lowered.size() && !is_alnum(lowered[i])) ++i;
    size_t start = i;
    while (i < lowered.size() && is_alnum(lowered[i])) ++i;
    std::string_view word = lowered.substr(start, i - start);
    for (const auto& [name, level] : k_words)
      if (word == name) return level;
  }
  return std::nullopt;
}

}  // namespace

void SeverityScale::observe(std::optional<std::string_view> raw, std::optional<int64_t> order) {
  if (raw) {
    auto digit = digit_form(lower(trim(*raw)));
    if (digit && *digit == 0) m_zero_based = true;
  }
  if (order && std::find(m_orders.begin(), m_orders.end(), *order) == m_orders.end()) {
    m_orders.push_back(*order);
    std::sort(m_orders.begin(), m_orders.end(), std::greater<>());
  }
}

int SeverityScale::level(std::optional<std::string_view> raw, std::optional<int64_t> order,
                         int urgency) const {
  if (raw) {
    std::string lowered = lower(trim(*raw));
    if (auto digit = digit_form(lowered)) return std::clamp(*digit + (m_zero_based ? 1 : 0), 1, 5);
    if (auto word = word_form(lowered)) return *word;
  }
  if (order) {
    auto found = std::find(m_orders.begin(), m_orders.end(), *order);
    if (found != m_orders.end())
      return static_cast<int>(std::min<ptrdiff_t>(found - m_orders.begin() + 1, 5));
  }
  if (urgency == 1) return 2;
  if (urgency == 3) return 4;
  return 0;
}

int urgency_level(std::string_view raw) {
  std::string lowered = lower(trim(raw));
  if (!lowered.empty() && lowered[0] >= '1' && lowered[0] <= '3' &&
      (lowered.size() == 1 || !is_digit(lowered[1])))
    return lowered[0] - '0';
  if (lowered == "high") return 1;
  if (lowered == "medium") return 2;
  if (lowered == "low") return 3;
  return 0;
}

std::optional<std::string> canonical_status(std::string_view raw) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 33> k_statuses = {{
      {"triggered", "open"},
      {"open", "open"},
      {"new", "open"},
      {"active", "open"},
      {"triage", "open"},
      {"detected", "open"},
      {"started", "open"},
      {"investigating", "open"},
      {"firing", "open"},
      {"acknowledged", "acknowledged"},
      {"acked", "acknowledged"},
      {"in_progress", "acknowledged"},
      {"live", "acknowledged"},
      {"identified", "acknowledged"},
      {"paused", "acknowledged"},
      {"on_hold", "acknowledged"},
      {"mitigating", "acknowledged"},
      {"resolved", "resolved"},
      {"mitigated", "resolved"},
      {"fixed", "resolved"},
      {"learning", "resolved"},
      {"postmortem_started", "resolved"},
      {"postmortem_completed", "resolved"},
      {"retrospective_started", "resolved"},
      {"retrospective_completed", "resolved"},
      {"closed", "closed"},
      {"done", "closed"},
      {"completed", "closed"},
      {"cancelled", "cancelled"},
      {"canceled", "cancelled"},
      {"declined", "cancelled"},
      {"merged", "cancelled"},
      {"duplicate", "cancelled"},
  }};
  std::string key;
  for (char c : lower(trim(raw))) key += (c == ' ' || c == '-') ? '_' : c;
  for (const auto& [name, status] : k_statuses)
    if (key == name) return std::string(status);
  return std::nullopt;
}

}  // namespace faultline::ingest
