// IncidentFields: thin wrappers over incident_json.h's readers that keep the first error.
#include "ingest/incident_fields.h"

namespace faultline::ingest {

template <typename T>
std::optional<T> IncidentFields::keep(Result<std::optional<T>> value) {
  if (value.ok()) return *value;
  if (m_status.ok()) m_status = value.error();
  return std::nullopt;
}

std::optional<std::string> IncidentFields::text(std::initializer_list<std::string_view> path) {
  return keep(json_text(m_item, path));
}

std::optional<int64_t> IncidentFields::integer(std::initializer_list<std::string_view> path) {
  return keep(json_integer(m_item, path));
}

std::optional<bool> IncidentFields::boolean(std::initializer_list<std::string_view> path) {
  return keep(json_bool(m_item, path));
}

std::optional<std::string> IncidentFields::text_of(const nlohmann::json& value, std::string_view what) {
  return keep(json_value_text(value, what));
}

std::optional<TimeText> IncidentFields::time_of(const nlohmann::json& value, std::string_view what) {
  auto text = text_of(value, what);
  if (!text) return std::nullopt;
  return TimeText{*text, std::string(what), m_position};
}

std::optional<TimeText> IncidentFields::time(std::initializer_list<std::string_view> path) {
  const nlohmann::json* value = json_find(m_item, path);
  if (value == nullptr) return std::nullopt;
  std::string what;
  for (std::string_view key : path) what += (what.empty() ? "" : ".") + std::string(key);
  return time_of(*value, what);
}

std::string IncidentFields::id(std::initializer_list<std::string_view> path) {
  auto value = text(path);
  if (!value || value->empty()) {
    std::string what;
    for (std::string_view key : path) what += (what.empty() ? "" : ".") + std::string(key);
    if (m_status.ok()) m_status = Error("incident has no " + what);
    return {};
  }
  return *value;
}

}  // namespace faultline::ingest
