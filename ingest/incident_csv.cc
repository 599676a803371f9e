// read_csv_incidents: header → column per canonical field → one draft per record.
//
// The header is the first record. Each canonical field takes the column named by a --map
// override, else the first of its aliases (in the table's order: "title" before
// "description", "resolved_at" before "closed_at") that the header has. Every later record
// must have as many fields as the header (extra empty fields at the end are tolerated);
// values are then read per field: integers for number/ttr/tta (a float is rounded), a
// boolean for major, text for the rest; times stay text until finish_incident, placed at
// their own cell.
#include "ingest/incident_csv.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>

#include "ingest/csv_reader.h"

namespace faultline::ingest {
namespace {

struct FieldAliases {
  std::string_view field;
  std::vector<std::string_view> aliases;
};

const std::vector<FieldAliases>& alias_table() {
  static const std::vector<FieldAliases> k_table = {
      {"source_id", {"id", "incident_id", "sys_id", "alert_id", "uuid", "key"}},
      {"number", {"incident_number", "number", "tinyid", "tiny_id", "#", "reference", "incident_no"}},
      {"title",
       {"title", "incident_title", "description", "summary", "name", "message", "short_description",
        "subject"}},
      {"service",
       {"service_name", "service", "cmdb_ci", "configuration_item", "impacted_services", "impacted_service",
        "affected_service", "affected_services", "business_service", "application", "component"}},
      {"service_id", {"service_id"}},
      {"team", {"team", "team_name", "teams", "assignment_group", "owner_team", "ownerteam", "group"}},
      {"status", {"status", "state", "incident_status", "current_milestone"}},
      {"severity", {"priority", "severity", "priority_name", "sev", "sev_level", "severity_level"}},
      {"priority_order", {"priority_order", "severity_rank"}},
      {"urgency", {"urgency"}},
      {"major", {"major", "is_major", "major_incident"}},
      {"created_at",
       {"created_on", "created_at", "open_time", "opened_at", "created", "createdat", "start_time",
        "started_at", "triggered_at", "opened", "reported_at"}},
      {"ack_at",
       {"acknowledged_at", "acknowledged_on", "ack_at", "first_ack_at", "acknowledged_time", "acknowledged"}},
      {"resolved_at",
       {"resolved_on", "resolved_at", "resolved_time", "resolved", "resolve_time", "impactenddate",
        "ended_at", "end_time", "closed_at", "closed_on", "close_time"}},
      {"ttr_s", {"seconds_to_resolve", "ttr_s", "ttr", "time_to_resolve", "time_to_resolve_seconds"}},
      {"tta_s", {"seconds_to_first_ack", "tta_s", "tta", "time_to_ack", "time_to_acknowledge"}},
      {"dedup_key", {"incident_key", "dedup_key", "alias", "deduplication_key"}},
      {"url", {"html_url", "url", "link", "incident_url", "permalink"}},
  };
  return k_table;
}

std::string fold(std::string_view header) {
  while (!header.empty() && std::isspace(static_cast<unsigned char>(header.front()))) header.remove_prefix(1);
  while (!header.empty() && std::isspace(static_cast<unsigned char>(header.back()))) header.remove_suffix(1);
  std::string out;
  for (char c : header) {
    if (c == ' ' || c == '-')
      out += '_';
    else
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// Reads one record into a draft through the column of each field.
class RowReader {
 public:
  RowReader(const CsvRecord& record, const std::map<std::string, size_t>& columns,
            const std::vector<std::string>& headers)
      : m_record(record), m_columns(columns), m_headers(headers) {}

  const CsvField* cell(std::string_view field) const {
    auto found = m_columns.find(std::string(field));
    if (found == m_columns.end() || found->second >= m_record.fields.size()) return nullptr;
    const CsvField& cell = m_record.fields[found->second];
    if (cell.text.empty() && !cell.quoted) return nullptr;
    return &cell;
  }
  std::optional<std::string> text(std::string_view field) const {
    const CsvField* value = cell(field);
    return value ? std::optional<std::string>(value->text) : std::nullopt;
  }
  std::optional<int64_t> integer(std::string_view field) {
    const CsvField* value = cell(field);
    if (value == nullptr || value->text.empty()) return std::nullopt;
    const std::string& text = value->text;
    int64_t whole = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), whole);
    if (ec == std::errc() && end == text.data() + text.size()) return whole;
    double real = 0;
    auto [real_end, real_ec] = std::from_chars(text.data(), text.data() + text.size(), real);
    if (real_ec == std::errc() && real_end == text.data() + text.size() && std::isfinite(real) &&
        std::fabs(real) < 9.0e18)
      return std::llround(real);
    fail(*value, header_of(field) + ": '" + text + "' is not a number");
    return std::nullopt;
  }
  std::optional<bool> boolean(std::string_view field) {
    const CsvField* value = cell(field);
    if (value == nullptr) return std::nullopt;
    std::string lowered = fold(value->text);
    if (lowered == "true" || lowered == "yes" || lowered == "1" || lowered == "y") return true;
    if (lowered == "false" || lowered == "no" || lowered == "0" || lowered == "n" || lowered.empty())
      return false;
    fail(*value, header_of(field) + ": '" + value->text + "' is not true or false");
    return std::nullopt;
  }
  std::optional<TimeText> time(std::string_view field) const {
    const CsvField* value = cell(field);
    if (value == nullptr) return std::nullopt;
    return TimeText{value->text, header_of(field), {value->line, value->column}};
  }
  void fail(const CsvField& where, const std::string& reason) {
    if (!m_error) m_error = BadRow{{where.line, where.column}, reason};
  }
  const std::optional<BadRow>& error() const { return m_error; }

 private:
  std::string header_of(std::string_view field) const { return m_headers[m_columns.at(std::string(field))]; }

  const CsvRecord& m_record;
  const std::map<std::string, size_t>& m_columns;
  const std::vector<std::string>& m_headers;
  std::optional<BadRow> m_error;
};

}  // namespace

const std::vector<std::string>& csv_field_names() {
  static const std::vector<std::string> k_names = [] {
    std::vector<std::string> names;
    for (const auto& entry : alias_table()) names.emplace_back(entry.field);
    return names;
  }();
  return k_names;
}

bool is_csv_field(std::string_view field) {
  for (const auto& name : csv_field_names())
    if (name == field) return true;
  return false;
}

Result<CsvIncidentRows> read_csv_incidents(std::string_view text,
                                           const std::vector<CsvColumnOverride>& overrides) {
  CsvReader reader(text);
  CsvIncidentRows out;
  out.separator = reader.separator();
  auto header = reader.next();
  if (!header.ok()) return header.error();
  if (!*header) return Error("1:1: empty CSV file: no header");
  const CsvRecord header_record = std::move(**header);

  std::vector<std::string> headers;
  std::map<std::string, size_t> by_folded;
  for (size_t i = 0; i < header_record.fields.size(); ++i) {
    headers.push_back(header_record.fields[i].text);
    by_folded.emplace(fold(header_record.fields[i].text), i);
  }
  std::map<std::string, size_t> columns;
  for (const auto& entry : alias_table()) {
    for (std::string_view alias : entry.aliases) {
      auto found = by_folded.find(std::string(alias));
      if (found != by_folded.end()) {
        columns.emplace(std::string(entry.field), found->second);
        break;
      }
    }
  }
  for (const auto& override_entry : overrides) {
    if (!is_csv_field(override_entry.field))
      return Error("1:1: --map " + override_entry.column + "=" + override_entry.field + ": no such field");
    auto found = by_folded.find(fold(override_entry.column));
    if (found == by_folded.end())
      return Error("1:1: --map " + override_entry.column + "=" + override_entry.field +
                   ": the header has no column '" + override_entry.column + "'");
    columns[override_entry.field] = found->second;
  }
  if (!columns.count("source_id") && !columns.count("number"))
    return Error(
        std::to_string(header_record.line) +
        ":1: no incident id column in the header (looked for id, incident_id, incident_number, number, ...; "
        "use --map COLUMN=source_id)");

  const size_t width = header_record.fields.size();
  for (;;) {
    auto next = reader.next();
    if (!next.ok()) return next.error();
    if (!*next) break;
    const CsvRecord& record = **next;
    size_t used = record.fields.size();
    while (used > width && record.fields[used - 1].text.empty()) --used;
    if (used != width) {
      out.bad_rows.push_back(
          {{record.line, 1},
           "row has " + std::to_string(used) + " fields, the header has " + std::to_string(width)});
      continue;
    }
    RowReader row(record, columns, headers);
    IncidentDraft d;
    d.position = {record.line, 1};
    auto number_text = row.text("number");
    if (number_text) d.number = number_in(*number_text);
    auto id = row.text("source_id");
    if (!id || id->empty()) id = number_text;
    if (!id || id->empty()) {
      out.bad_rows.push_back({{record.line, 1}, "row has no incident id"});
      continue;
    }
    d.source_id = *id;
    d.title = row.text("title");
    d.service = row.text("service");
    d.service_id = row.text("service_id");
    d.team = row.text("team");
    d.status_raw = row.text("status");
    d.sev_raw = row.text("severity");
    d.sev_order = row.integer("priority_order");
    d.urgency_raw = row.text("urgency");
    d.major = row.boolean("major");
    d.created = row.time("created_at");
    d.acknowledged = row.time("ack_at");
    d.resolved = row.time("resolved_at");
    d.ttr_s = row.integer("ttr_s");
    d.tta_s = row.integer("tta_s");
    d.dedup_key = row.text("dedup_key");
    d.url = row.text("url");
    if (row.error()) {
      out.bad_rows.push_back(*row.error());
      continue;
    }
    out.drafts.push_back(std::move(d));
  }
  return out;
}

}  // namespace faultline::ingest
