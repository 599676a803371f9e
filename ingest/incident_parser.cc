// parse_incident_export, in four steps:
//   1. JSON or CSV, from the first meaningful byte (or the forced format);
//   2. JSON: parse the document (or each line of JSON lines) with positions and collect the
//      incident objects, each with its place and the page around it;
//      CSV: read the rows into drafts (incident_csv.cc);
//   3. tell the format from the first incident, then read every incident into a draft with
//      that format's reader;
//   4. let the SeverityScale see every draft, then finish each into a canonical incident.
#include "ingest/incident_parser.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <string>

namespace faultline::ingest {
namespace {

using nlohmann::json;

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

struct Item {
  const json* value;
  const json* page;  // the object around the list, or a null json
  SourcePosition position;
};

const json& null_json() {
  static const json k_null;
  return k_null;
}

struct IncidentList {
  const json* list = nullptr;  // nullptr: the object is no page
  const char* key = "";
};

// The list of incidents of a page object: its "incidents" or "data" array; none when it has
// neither; an Error when one is there but not an array.
Result<IncidentList> incident_list(const json& page, SourcePosition where) {
  for (const char* key : {"incidents", "data"}) {
    auto found = page.find(key);
    if (found == page.end()) continue;
    if (!found->is_array())
      return Error(at(where, std::string("\"") + key + "\" is not a list of incidents"));
    return IncidentList{&*found, key};
  }
  return IncidentList{};
}

// Adds the incidents of `value` (found at `pointer` of `doc`) to `items`: a page's list, or
// `value` itself when it is an incident. `top` allows a bare array of pages or incidents.
Status collect(const IncidentJson& doc, const json& value, const std::string& pointer, bool top,
               std::vector<Item>& items) {
  SourcePosition where = doc.position_of(pointer);
  if (value.is_object()) {
    auto list = incident_list(value, where);
    if (!list.ok()) return list.error();
    if (list->list == nullptr) {
      items.push_back({&value, &null_json(), where});
      return {};
    }
    std::string list_pointer = pointer + "/" + list->key;
    for (size_t i = 0; i < list->list->size(); ++i)
      items.push_back({&(*list->list)[i], &value, doc.position_of(list_pointer + "/" + std::to_string(i))});
    return {};
  }
  if (value.is_array() && top) {
    for (size_t i = 0; i < value.size(); ++i)
      FL_TRY(collect(doc, value[i], pointer + "/" + std::to_string(i), false, items));
    return {};
  }
  if (top)
    return Error(
        at(where, std::string("expected a JSON object or array of incidents, found ") + value.type_name()));
  items.push_back({&value, &null_json(), where});  // reported as a bad row below
  return {};
}

bool blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

// The lines of `text` with their 1-based numbers, without line ends.
std::vector<std::pair<int, std::string_view>> lines_of(std::string_view text) {
  std::vector<std::pair<int, std::string_view>> out;
  int number = 1;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.emplace_back(number++, line);
    start = end + 1;
  }
  return out;
}

// JSON lines: the first non-blank line is a whole object and another non-blank line follows.
bool looks_like_json_lines(const std::vector<std::pair<int, std::string_view>>& lines) {
  size_t first = 0;
  while (first < lines.size() && blank(lines[first].second)) ++first;
  if (first == lines.size()) return false;
  bool more = false;
  for (size_t i = first + 1; i < lines.size() && !more; ++i) more = !blank(lines[i].second);
  if (!more) return false;
  auto doc = IncidentJson::parse(lines[first].second, lines[first].first);
  return doc.ok() && doc->root().is_object();
}

using Reader = Result<IncidentDraft> (*)(const json&, SourcePosition);

Reader reader_for(IncidentFormat format) {
  switch (format) {
    case IncidentFormat::pagerduty:
      return read_pagerduty_incident;
    case IncidentFormat::pagerduty_analytics:
      return read_pagerduty_analytics_incident;
    case IncidentFormat::opsgenie:
      return read_opsgenie_incident;
    case IncidentFormat::incident_io:
      return read_incidentio_incident;
    case IncidentFormat::firehydrant:
      return read_firehydrant_incident;
    default:
      return nullptr;
  }
}

std::string field_list(const json& item) {
  std::string out;
  for (auto it = item.begin(); it != item.end() && out.size() < 120; ++it)
    out += (out.empty() ? "" : ", ") + it.key();
  return out;
}

// Steps 3 and 4 for JSON.
Result<ParsedExport> read_json(std::string_view text, const ParseOptions& options) {
  std::deque<IncidentJson> docs;  // items point into these: a deque never moves its elements
  std::vector<Item> items;
  ParsedExport out;
  auto lines = lines_of(text);
  if (looks_like_json_lines(lines)) {
    for (const auto& [number, line] : lines) {
      if (blank(line)) continue;
      auto doc = IncidentJson::parse(line, number);
      if (!doc.ok()) {
        out.bad_rows.push_back({{number, 1}, doc.error().message()});
        continue;
      }
      docs.push_back(std::move(*doc));
      Status collected = collect(docs.back(), docs.back().root(), "", false, items);
      if (!collected.ok()) out.bad_rows.push_back({{number, 1}, collected.error().message()});
    }
  } else {
    auto doc = IncidentJson::parse(text);
    if (!doc.ok()) return doc.error();
    docs.push_back(std::move(*doc));
    FL_TRY(collect(docs.back(), docs.back().root(), "", true, items));
  }

  out.format = options.format;
  if (out.format == IncidentFormat::automatic) {
    const json& first_page =
        items.empty() ? (docs.empty() ? null_json() : docs.front().root()) : *items.front().page;
    auto detected = detect_json_format(first_page, items.empty() ? nullptr : items.front().value);
    if (!detected && !items.empty()) {
      return Error(at(items.front().position,
                      "cannot tell the format of this export from its first incident (fields: " +
                          (items.front().value->is_object() ? field_list(*items.front().value) : "none") +
                          "); name it with --format"));
    }
    if (detected) out.format = *detected;
  }
  Reader reader = reader_for(out.format);
  std::vector<IncidentDraft> drafts;
  for (const Item& item : items) {
    if (!item.value->is_object()) {
      out.bad_rows.push_back(
          {item.position, std::string("expected an incident object, found ") + item.value->type_name()});
      continue;
    }
    auto draft = reader(*item.value, item.position);
    if (!draft.ok()) {
      out.bad_rows.push_back({item.position, draft.error().message()});
      continue;
    }
    drafts.push_back(std::move(*draft));
  }
  // The drafts are complete; the documents they came from are no longer needed.
  docs.clear();
  SeverityScale scale;
  for (const auto& draft : drafts) scale.observe(draft.sev_raw, draft.sev_order);
  for (const auto& draft : drafts) {
    auto finished = finish_incident(draft, scale, std::string(format_name(out.format)));
    if (auto* incident = std::get_if<store::Incident>(&finished))
      out.incidents.push_back(std::move(*incident));
    else
      out.bad_rows.push_back(std::get<BadRow>(finished));
  }
  return out;
}

Result<ParsedExport> read_csv(std::string_view text, const ParseOptions& options) {
  auto rows = read_csv_incidents(text, options.csv_overrides);
  if (!rows.ok()) return rows.error();
  ParsedExport out;
  out.format = IncidentFormat::csv;
  out.bad_rows = std::move(rows->bad_rows);
  SeverityScale scale;
  for (const auto& draft : rows->drafts) scale.observe(draft.sev_raw, draft.sev_order);
  for (const auto& draft : rows->drafts) {
    auto finished = finish_incident(draft, scale, "csv");
    if (auto* incident = std::get_if<store::Incident>(&finished))
      out.incidents.push_back(std::move(*incident));
    else
      out.bad_rows.push_back(std::get<BadRow>(finished));
  }
  return out;
}

}  // namespace

Result<ParsedExport> parse_incident_export(std::string_view text, const ParseOptions& options) {
  std::string_view body = text;
  if (body.substr(0, k_bom.size()) == k_bom) body.remove_prefix(k_bom.size());
  size_t first = 0;
  while (first < body.size() && std::isspace(static_cast<unsigned char>(body[first]))) ++first;
  bool is_json = first < body.size() && (body[first] == '{' || body[first] == '[');

  Result<ParsedExport> parsed = Error("");
  if (options.format == IncidentFormat::csv || (options.format == IncidentFormat::automatic && !is_json)) {
    if (first == body.size()) return Error("1:1: empty file: no incidents and no header");
    parsed = read_csv(text, options);
  } else {
    parsed = read_json(body, options);
  }
  if (!parsed.ok()) return parsed;
  auto by_place = [](const BadRow& a, const BadRow& b) {
    return std::tie(a.position.line, a.position.column) < std::tie(b.position.line, b.position.column);
  };
  std::stable_sort(parsed->bad_rows.begin(), parsed->bad_rows.end(), by_place);
  return parsed;
}

}  // namespace faultline::ingest
