// IncidentJson: see the header for the idea. A SAX handler (nlohmann's DOM builder, extended)
// keeps a stack of open containers, each with its JSON pointer, the last key read (objects)
// or the next index (arrays), so the pointer of a new container is its parent's pointer plus
// that key or index. Only the containers an importer may need to name are recorded (the root,
// its members, the elements of lists down to k_max_recorded_depth); the others keep an empty
// pointer, which costs nothing. (nlohmann's parser-callback API would do the same, but runs
// about ten times slower than plain parsing on a 38 MB export; this handler about 1.5 times.)
#include "ingest/incident_json.h"

#include <algorithm>
#include <cctype>
#include <charconv>
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

  CountingIterator(const char* at, const char* base, size_t* last_read)
      : m_at(at), m_base(base), m_last_read(last_read) {}
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

// nlohmann's own DOM builder, with the containers' places noted on the way. sax_parse
// dispatches statically on this type, so the shadowing methods below are the ones called.
class PositionRecorder : public nlohmann::detail::json_sax_dom_parser<json> {
 public:
  using Base = nlohmann::detail::json_sax_dom_parser<json>;

  PositionRecorder(json& root, const size_t* last_read, std::unordered_map<std::string, size_t>* offsets)
      : Base(root, /*allow_exceptions=*/true), m_last_read(last_read), m_offsets(offsets) {}

  bool null() { return scalar() && Base::null(); }
  bool boolean(bool value) { return scalar() && Base::boolean(value); }
  bool number_integer(number_integer_t value) { return scalar() && Base::number_integer(value); }
  bool number_unsigned(number_unsigned_t value) { return scalar() && Base::number_unsigned(value); }
  bool number_float(number_float_t value, const string_t& text) {
    return scalar() && Base::number_float(value, text);
  }
  bool string(string_t& value) { return scalar() && Base::string(value); }
  bool binary(binary_t& value) { return scalar() && Base::binary(value); }
  bool start_object(std::size_t size) { return open(false) && Base::start_object(size); }
  bool start_array(std::size_t size) { return open(true) && Base::start_array(size); }
  bool end_object() { return close() && Base::end_object(); }
  bool end_array() { return close() && Base::end_array(); }
  bool key(string_t& value) {
    if (m_stack.size() <= k_keyed_depth) m_stack.back().key = value;
    return Base::key(value);
  }

 private:
  // Containers recorded: the root, its members, and every element of a list down to
  // IncidentJson::k_max_recorded_depth (the incidents of a page, of an array of pages).
  static constexpr size_t k_keyed_depth = 2;

  struct Frame {
    std::string pointer;
    bool array = false;
    size_t next_index = 0;
    std::string key;
  };

  bool scalar() {
    if (!m_stack.empty()) ++m_stack.back().next_index;
    return true;
  }
  bool open(bool array) {
    std::string pointer;
    bool record = m_stack.empty();
    if (!m_stack.empty()) {
      Frame& parent = m_stack.back();
      size_t index = parent.next_index++;
      record = m_stack.size() <= IncidentJson::k_max_recorded_depth && (parent.array || m_stack.size() == 1);
      if (record)
        pointer = parent.pointer + "/" + (parent.array ? std::to_string(index) : escape_key(parent.key));
    }
    if (record) m_offsets->emplace(pointer, *m_last_read);
    m_stack.push_back({std::move(pointer), array, 0, {}});
    return true;
  }
  bool close() {
    if (!m_stack.empty()) m_stack.pop_back();
    return true;
  }
  static std::string escape_key(const std::string& key);

  const size_t* m_last_read;
  std::unordered_map<std::string, size_t>* m_offsets;
  std::vector<Frame> m_stack;
};

std::string PositionRecorder::escape_key(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
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
  try {
    CountingIterator first(text.data(), text.data(), &last_read);
    CountingIterator last(text.data() + text.size(), text.data(), &last_read);
    PositionRecorder recorder(out.m_root, &last_read, &out.m_object_offsets);
    json::sax_parse(first, last, &recorder);
  } catch (const json::parse_error& error) {
    size_t offset = error.byte > 0 ? error.byte - 1 : 0;
    std::string what = error.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
    // → keep the part after the position, which says what was expected.
    size_t colon = what.find(": ", what.find("column"));
    std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
    return Error(at(out.position_at(std::min(offset, text.empty() ? 0 : text.size() - 1)),
                    "malformed JSON: " + reason));
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
  return {m_first_line + static_cast<int>(line_index),
          static_cast<int>(offset - m_line_starts[line_index]) + 1};
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

Result<std::optional<std::string>> json_text(const json& object,
                                             std::initializer_list<std::string_view> path) {
  const json* value = json_find(object, path);
  if (value == nullptr) return std::optional<std::string>();
  return json_value_text(*value, path_name(path));
}

Result<std::optional<int64_t>> json_integer(const json& object,
                                            std::initializer_list<std::string_view> path) {
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
  return Error("field " + path_name(path) + ": expected an integer, found " +
               value->dump(-1, ' ', true).substr(0, 40));
}

Result<std::optional<bool>> json_bool(const json& object, std::initializer_list<std::string_view> path) {
  const json* value = json_find(object, path);
  if (value == nullptr) return std::optional<bool>();
  if (value->is_boolean()) return std::optional<bool>(value->get<bool>());
  if (value->is_number_integer() || value->is_number_unsigned())
    return std::optional<bool>(value->get<int64_t>() != 0);
  if (value->is_string()) {
    std::string text = value->get<std::string>();
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (text == "true" || text == "yes" || text == "1") return std::optional<bool>(true);
    if (text == "false" || text == "no" || text == "0" || text.empty()) return std::optional<bool>(false);
  }
  return Error("field " + path_name(path) + ": expected true or false, found " +
               value->dump(-1, ' ', true).substr(0, 40));
}

}  // namespace faultline::ingest
