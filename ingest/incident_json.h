// IncidentJson: a JSON export parsed with nlohmann/json, plus where each object began.
//
// nlohmann/json keeps no source positions in the values it builds, but an importer must name
// the line and column of a bad incident. parse_incident_json therefore reads through an
// iterator that remembers the last byte the lexer consumed, and a SAX handler records, for
// the root, its members and every element of a list nested at most k_max_recorded_depth
// deep, its JSON pointer ("/incidents/3") and the byte offset of its '{' or '['. A syntax error is reported
// from the parse_error's byte position. Offsets become line:column through a table of line starts built once.
//
// The field readers accept what exports really contain (an id that is a number, a count that
// is a string of digits) and return an Error naming the field when a value has a type that
// cannot stand for it; a missing field or null is "absent" (nullopt), not an error.
//
// Thread-safety: plain values.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/result.h"

namespace faultline::ingest {

struct SourcePosition {
  int line = 1;
  int column = 1;
};

class IncidentJson {
 public:
  static constexpr int k_max_recorded_depth = 3;

  // Parses `text`, whose first line is line `first_line` of its file. An Error reads
  // "LINE:COL: what".
  static Result<IncidentJson> parse(std::string_view text, int first_line = 1);

  const nlohmann::json& root() const { return m_root; }

  // Where the object or array at `pointer` ("" for the root) began; the start of the text when it was
  // not recorded.
  SourcePosition position_of(const std::string& pointer) const;
  SourcePosition position_at(size_t offset) const;

 private:
  nlohmann::json m_root;
  std::unordered_map<std::string, size_t> m_object_offsets;
  std::vector<size_t> m_line_starts;
  int m_first_line = 1;
};

// "LINE:COL: reason".
std::string at(SourcePosition position, const std::string& reason);

// The member at `path` inside `object` (objects only), or nullptr when absent or null.
const nlohmann::json* json_find(const nlohmann::json& object, std::initializer_list<std::string_view> path);

// Text: a string as is, a number or boolean as JSON spells it.
Result<std::optional<std::string>> json_text(const nlohmann::json& object,
                                             std::initializer_list<std::string_view> path);
// Integer: a JSON integer, a finite float rounded, or a string of digits.
Result<std::optional<int64_t>> json_integer(const nlohmann::json& object,
                                            std::initializer_list<std::string_view> path);
// Boolean: true/false, 0/1, or "true"/"false"/"yes"/"no"/"1"/"0".
Result<std::optional<bool>> json_bool(const nlohmann::json& object,
                                      std::initializer_list<std::string_view> path);

// The value of a JSON text field as text (see json_text), for values already in hand.
Result<std::optional<std::string>> json_value_text(const nlohmann::json& value, std::string_view what);

}  // namespace faultline::ingest
