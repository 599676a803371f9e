// parse_timestamp: a small recursive-descent reader over the shapes timestamp.h lists.
//
//   timestamp := digits                                  (epoch s; 13+ digits: epoch ms)
//              | date [ ('T' | ' ') time ] [ ' ' ] [ zone ]
//   date      := YYYY '-' MM '-' DD
//   time      := hh ':' mm [ ':' ss [ ('.' | ',') digits ] ]
//   zone      := 'Z' | 'UTC' | 'GMT' | ('+' | '-') hh [ [':'] mm ]
//
// Each field is range-checked (month 1-12, day within its month, hour 0-23 or 24:00:00,
// minute 0-59, second 0-60 for a leap second, offset below 24h); the civil date becomes a
// day count with std::chrono's calendar types, so no hand-written leap-year arithmetic.
#include "ingest/timestamp.h"

#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdio>

namespace faultline::ingest {
namespace {

constexpr int64_t k_max_seconds = 253402300799;  // 9999-12-31T23:59:59Z

class Reader {
 public:
  explicit Reader(std::string_view text) : m_text(text) {}

  bool done() const { return m_pos == m_text.size(); }
  char peek() const { return done() ? '\0' : m_text[m_pos]; }
  bool accept(char c) {
    if (peek() != c) return false;
    ++m_pos;
    return true;
  }
  bool accept_word(std::string_view word) {
    if (m_text.substr(m_pos, word.size()) != word) return false;
    m_pos += word.size();
    return true;
  }
  // Reads exactly `count` digits; false (and nothing consumed) otherwise.
  bool digits(size_t count, int& out) {
    if (m_pos + count > m_text.size()) return false;
    int value = 0;
    for (size_t i = 0; i < count; ++i) {
      char c = m_text[m_pos + i];
      if (c < '0' || c > '9') return false;
      value = value * 10 + (c - '0');
    }
    m_pos += count;
    out = value;
    return true;
  }
  void skip_digits() {
    while (std::isdigit(static_cast<unsigned char>(peek()))) ++m_pos;
  }

 private:
  std::string_view m_text;
  size_t m_pos = 0;
};

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

Error not_a_time(std::string_view text, const std::string& why) {
  return Error("'" + std::string(text) + "' is not an ISO-8601 time (" + why + ")");
}

// Returns the zone's offset east of UTC in seconds, or an error text.
Result<int64_t> read_zone(Reader& in) {
  if (in.accept('Z') || in.accept('z') || in.accept_word("UTC") || in.accept_word("GMT")) return int64_t{0};
  int sign = 0;
  if (in.accept('+'))
    sign = 1;
  else if (in.accept('-'))
    sign = -1;
  else
    return Error("unexpected text where the zone should be");
  int hours = 0;
  int minutes = 0;
  if (!in.digits(2, hours)) return Error("zone offset needs two hour digits");
  // "+01:00", "+0100" or "+01".
  bool has_minutes = in.accept(':') || !in.done();
  if (has_minutes && !in.digits(2, minutes)) return Error("zone offset needs two minute digits");
  if (hours > 23 || minutes > 59) return Error("zone offset out of range");
  return int64_t{sign} * (int64_t{hours} * 3600 + int64_t{minutes} * 60);
}

}  // namespace

Result<int64_t> parse_timestamp(std::string_view raw) {
  std::string_view text = trim(raw);
  if (text.empty()) return Error("empty time");

  // Epoch seconds (or milliseconds, 13 digits and more), up to the end of year 9999.
  bool all_digits = true;
  for (char c : text) all_digits = all_digits && std::isdigit(static_cast<unsigned char>(c));
  if (all_digits && text.size() > 8) {
    int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return not_a_time(text, "number out of range");
    if (text.size() >= 13) value /= 1000;
    if (value > k_max_seconds) return not_a_time(text, "after year 9999");
    return value;
  }

  Reader in(text);
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!in.digits(4, year) || !in.accept('-') || !in.digits(2, month) || !in.accept('-') || !in.digits(2, day))
    return not_a_time(text, "expected YYYY-MM-DD");
  std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                                   std::chrono::day(static_cast<unsigned>(day))};
  if (!date.ok()) return not_a_time(text, "no such date");

  bool has_time = false;
  if (in.accept('T') || in.accept('t')) {
    has_time = true;
  } else if (in.peek() == ' ') {
    in.accept(' ');
    has_time = std::isdigit(static_cast<unsigned char>(in.peek()));
  }
  if (has_time) {
    if (!in.digits(2, hour) || !in.accept(':') || !in.digits(2, minute))
      return not_a_time(text, "expected hh:mm");
    if (in.accept(':')) {
      if (!in.digits(2, second)) return not_a_time(text, "expected two digits of seconds");
      if (in.accept('.') || in.accept(',')) {
        if (!std::isdigit(static_cast<unsigned char>(in.peek()))) return not_a_time(text, "empty fraction");
        in.skip_digits();
      }
    }
    bool midnight_24 = hour == 24 && minute == 0 && second == 0;
    if ((hour > 23 && !midnight_24) || minute > 59 || second > 60)
      return not_a_time(text, "time out of range");
    in.accept(' ');
  }
  int64_t offset = 0;
  if (!in.done()) {
    auto zone = read_zone(in);
    if (!zone.ok()) return not_a_time(text, zone.error().message());
    offset = *zone;
  }
  if (!in.done()) return not_a_time(text, "trailing text");

  int64_t days = std::chrono::sys_days(date).time_since_epoch().count();
  return days * 86400 + int64_t{hour} * 3600 + int64_t{minute} * 60 + second - offset;
}

std::string format_utc(int64_t seconds) {
  int64_t days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  int64_t rest = seconds - days * 86400;
  std::chrono::year_month_day date{std::chrono::sys_days(std::chrono::days(days))};
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
  return buffer;
}

}  // namespace faultline::ingest
