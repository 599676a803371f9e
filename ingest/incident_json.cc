// IncidentJson: see the header for the idea. The callback keeps a stack of open containers,
// each with its JSON pointer, the last key read (objects) or the next index (arrays), so the
// pointer of a new object is its parent's pointer plus that key or index. Pointers are built
// only down to k_max_recorded_depth; deeper containers keep an empty one, which costs nothing.
#include "ingest/incident_json.h"

#include <algorithm>
#include <charconv>
#include <cctype>
#include <cmath>
#include <iterator>

namespace faultline::ingest {
namespace {

using nlohmann::json;

// An input iterator over the text that records the offset of each byte dereferenced.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* at, const char* base, size_t* last_read) : m_at(at), m_base(base), m_last_read(last_read) {}
  reference operator*() const {
    *m_last_read = static_cast<size_t>(m_at - m_base);
    return *m_at;
  }
  CountingIterator& operator++() {
    ++m_at;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++m_at;
    return before;
  }
  bool operator==(const CountingIterator& other) const { return m_at == other.m_at; }
  bool operator!=(const CountingIterator& other) const { return m_at != other.m_at; }

 private:
  const char* m_at;
  const char* m_base;
  size_t* m_last_read;
};

struct Frame {
  std::string pointer;
  bool array = false;
  size_t next_index = 0;
  std::string key;
};

std::string escape_key(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

const char* type_name(const json& value) { return value.type_name(); }

}  // namespace

Result<IncidentJson> IncidentJson::parse(std::string_view text, int first_line) {
  IncidentJson out;
  out.m_first_line = first_line;
  out.m_line_starts.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') out.m_line_starts.push_back(i + 1);

  size_t last_read = 0;
  std::vector<Frame> stack;
  auto& offsets = out.m_object_offsets;
  json::parser_callback_t callback = [&](int, json::parse_event_t event, json& parsed) {
    switch (event) {
      case json::parse_event_t::key:
        if (!stack.empty() && stack.size() <= k_max_recorded_depth) stack.back().key = parsed.get<std::string>();
        break;
      case json::parse_event_t::object_start:
      case json::parse_event_t::array_start: {
        std::string pointer;
        if (!stack.empty()) {
          Frame& parent = stack.back();
          size_t index = parent.next_index++;
          if (stack.size() <= k_max_recorded_depth)
            pointer = parent.pointer + "/" + (parent.array ? std::to_string(index) : escape_key(parent.key));
        }
        if (stack.size() <= k_max_recorded_depth) offsets.emplace(pointer, last_read);
        stack.push_back({std::move(pointer), event == json::parse_event_t::array_start, 0, {}});
        break;
      }
      case json::parse_event_t::object_end:
      case json::parse_event_t::array_end:
        if (!stack.empty()) stack.pop_back();
        break;
      case json::parse_event_t::value:
        if (!stack.empty()) ++stack.back().next_index;
        break;
    }
    return true;
  };
  try {
    CountingIterator first(text.data(), text.data(), &last_read);
    CountingIterator last(text.data() + text.size(), text.data(), &last_read);
    out.m_root = json::parse(first, last, callback);
  } catch (const json::parse_error& error) {
    size_t offset = error.byte > 0 ? error.byte - 1 : 0;
    std::string what = error.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
    // → keep the part after the position, which says what was expected.
    size_t colon = what.find(": ", what.find("column"));
    std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
    return Error(at(out.position_at(std::min(offset, text.empty() ? 0 : text.size() - 1)), "malformed JSON: " + reason));
  } catch (const json::exception& error) {
    return Error(at(out.position_at(last_read), std::string("malformed JSON: ") + error.what()));
  }
  return out;
}

SourcePosition IncidentJson::position_of(const std::string& pointer) const {
  auto found = m_object_offsets.find(pointer);
  return position_at(found == m_object_offsets.end() ? 0 : found->second);
}

SourcePosition IncidentJson::position_at(size_t offset) const {
  auto next_line = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  size_t line_index = static_cast<size_t>(next_line - m_line_starts.begin()) - 1;
  return {m_first_line + static_cast<int>(line_index), static_cast<int>(offset - m_line_starts[line_index]) + 1};
}

std::string at(SourcePosition position, const std::string& reason) {
  return std::to_string(position.line) + ":" + std::to_string(position.column) + ": " + reason;
}

const json* json_find(const json& object, std::initializer_list<std::string_view> path) {
  const json* current = &object;
  for (std::string_view key : path) {
    if (!current->is_object()) return nullptr;
    auto member = current->find(key);
    if (member == current->end()) return nullptr;
    current = &*member;
  }
  return current->is_null() ? nullptr : current;
}

namespace {

std::string path_name(std::initializer_list<std::string_view> path) {
  std::string out;
  for (std::string_view key : path) {
    if (!out.empty()) out += '.';
    out += key;
  }
  return out;
}

}  // namespace

Result<std::optional<std::string>> json_value_text(const json& value, std::string_view what) {
  if (value.is_null()) return std::optional<std::string>();
  if (value.is_string()) return std::optional<std::string>(value.get<std::string>());
  if (value.is_number() || value.is_boolean()) return std::optional<std::string>(value.dump());
  return Error("field " + std::string(what) + ": expected text, found " + type_name(value));
}

Result<std::optional<std::string>> json_text(const json& object, std::initializer_list<std::string_view> path) {
  const json* value = json_find(object, path);
  if (value == nullptr) return std::optional<std::string>();
  return json_value_text(*value, path_name(path));
}

Result<std::optional<int64_t>> json_integer(const json& object, std::initializer_list<std::string_view> path) {
  const json* value = json_find(object, path);
  if (value == nullptr) return std::optional<int64_t>();
  if (value->is_number_integer()) return std::optional<int64_t>(value->get<int64_t>());
  if (value->is_number_unsigned()) {
    auto big = value->get<uint64_t>();
    if (big <= static_cast<uint64_t>(INT64_MAX)) return std::optional<int64_t>(static_cast<int64_t>(big));
  } else if (value->is_number_float()) {
    double real = value->get<double>();
    if (std::isfinite(real) && std::fabs(real) < 9.0e18) return std::optional<int64_t>(std::llround(real));
  } else if (value->is_string()) {
    const auto& text = value->get_ref<const std::string&>();
    if (text.empty()) return std::optional<int64_t>();
    int64_t parsed = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
    if (ec == std::errc() && end == text.data() + text.size()) return std::optional<int64_t>(parsed);
    return Error("field " + path_name(path) + ": '" + text + "' is not an integer");
  }
  return Error("field " + path_name(path) + ": expected an integer, found " + value->dump(-1, ' ', true).substr(0, 40));
}

Result<std::optional<bool>> json_bool(const json& object, std::initializer_list<std::string_view> path) {
  const json* value = json_find(object, path);
  if (value == nullptr) return std::optional<bool>();
  if (value->is_boolean()) return std::optional<bool>(value->get<bool>());
  if (value->is_number_integer() || value->is_number_unsigned()) return std::optional<bool>(value->get<int64_t>() != 0);
  if (value->is_string()) {
    std::string text = value->get<std::string>();
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (text == "true" || text == "yes" || text == "1") return std::optional<bool>(true);
    if (text == "false" || text == "no" || text == "0" || text.empty()) return std::optional<bool>(false);
  }
  return Error("field " + path_name(path) + ": expected true or false, found " + value->dump(-1, ' ', true).substr(0, 40));
}

}  // namespace faultline::ingest
