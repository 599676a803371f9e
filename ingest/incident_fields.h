// IncidentFields: reads the fields of one incident object of a JSON export.
//
// Each read returns the value or nullopt; a value of the wrong kind is remembered as the
// reader's first error (and read as absent), so a format's reader is a flat list of reads
// followed by one check of status(). Times come back as TimeText placed at the incident.
//
// Thread-safety: a reader belongs to one thread; the item must outlive it.
#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "ingest/incident_draft.h"
#include "ingest/incident_json.h"

namespace faultline::ingest {

class IncidentFields {
 public:
  IncidentFields(const nlohmann::json& item, SourcePosition position) : m_item(item), m_position(position) {}

  std::optional<std::string> text(std::initializer_list<std::string_view> path);
  std::optional<int64_t> integer(std::initializer_list<std::string_view> path);
  std::optional<bool> boolean(std::initializer_list<std::string_view> path);
  std::optional<TimeText> time(std::initializer_list<std::string_view> path);
  // Text of a value already found (an array element, a nested object's member).
  std::optional<std::string> text_of(const nlohmann::json& value, std::string_view what);
  std::optional<TimeText> time_of(const nlohmann::json& value, std::string_view what);

  // The id, required: an error when absent or empty.
  std::string id(std::initializer_list<std::string_view> path);

  // The first error met, or success.
  Status status() const { return m_status; }
  SourcePosition position() const { return m_position; }

 private:
  template <typename T>
  std::optional<T> keep(Result<std::optional<T>> value);

  const nlohmann::json& m_item;
  SourcePosition m_position;
  Status m_status;
};

}  // namespace faultline::ingest
