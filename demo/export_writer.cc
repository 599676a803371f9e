// JSON through nlohmann::json; the CSV by hand with RFC 4180 quoting (a field holding a
// comma, quote or newline is quoted and its quotes doubled).
#include "demo/export_writer.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "ingest/timestamp.h"
#include "store/service_mapping.h"

namespace faultline::demo {
namespace {

using nlohmann::json;

constexpr size_t k_page = 100;

Status write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) return Error(path + ": cannot write");
  return {};
}

std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string priority(int severity) { return "P" + std::to_string(severity); }
std::string urgency(int severity) { return severity <= 2 ? "high" : "low"; }
std::string html_url(const std::string& organisation, const DemoIncident& incident) {
  return "https://" + organisation + ".pagerduty.com/incidents/" + incident.id;
}

json pagerduty_incident(const std::string& organisation, const DemoIncident& incident) {
  const std::string resolved = ingest::format_utc(incident.resolved_at);
  return {{"id", incident.id},
          {"type", "incident"},
          {"incident_number", incident.number},
          {"title", incident.title},
          {"status", "resolved"},
          {"urgency", urgency(incident.severity)},
          {"priority", {{"summary", priority(incident.severity)}, {"name", priority(incident.severity)}}},
          {"service",
           {{"id", incident.service_id}, {"type", "service_reference"}, {"summary", incident.service}}},
          {"teams", json::array({{{"type", "team_reference"}, {"summary", incident.team}}})},
          {"created_at", ingest::format_utc(incident.created_at)},
          {"last_status_change_at", resolved},
          {"resolved_at", resolved},
          {"incident_key", "demo/" + incident.service_id + "/" + std::to_string(incident.number)},
          {"html_url", html_url(organisation, incident)}};
}

std::string pagerduty_pages(const std::string& organisation,
                            const std::vector<const DemoIncident*>& incidents) {
  json pages = json::array();
  for (size_t offset = 0; offset < incidents.size() || offset == 0; offset += k_page) {
    json page = {{"incidents", json::array()},
                 {"limit", k_page},
                 {"offset", offset},
                 {"more", offset + k_page < incidents.size()},
                 {"total", incidents.size()}};
    for (size_t i = offset; i < std::min(incidents.size(), offset + k_page); ++i)
      page["incidents"].push_back(pagerduty_incident(organisation, *incidents[i]));
    pages.push_back(page);
    if (incidents.empty()) break;
  }
  return pages.dump(1) + "\n";
}

std::string pagerduty_csv(const std::string& organisation,
                          const std::vector<const DemoIncident*>& incidents) {
  std::string out =
      "id,incident_number,description,service_id,service_name,team_name,status,urgency,priority_name,"
      "created_on,acknowledged_on,resolved_on,seconds_to_first_ack,seconds_to_resolve,html_url\n";
  for (const DemoIncident* incident : incidents) {
    const std::vector<std::string> fields = {incident->id,
                                             std::to_string(incident->number),
                                             incident->title,
                                             incident->service_id,
                                             incident->service,
                                             incident->team,
                                             "resolved",
                                             urgency(incident->severity),
                                             priority(incident->severity),
                                             ingest::format_utc(incident->created_at),
                                             ingest::format_utc(incident->ack_at),
                                             ingest::format_utc(incident->resolved_at),
                                             std::to_string(incident->ack_at - incident->created_at),
                                             std::to_string(incident->resolved_at - incident->created_at),
                                             html_url(organisation, *incident)};
    for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
    out += "\n";
  }
  return out;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

}  // namespace

Result<ExportFiles> write_exports(const OrganisationSpec& organisation,
                                  const std::vector<DemoIncident>& incidents, const std::string& dir) {
  ExportFiles files;
  std::error_code error;
  std::filesystem::create_directories(dir + "/incidents", error);
  if (error) return Error(dir + "/incidents: " + error.message());
  std::vector<const DemoIncident*> json_incidents;
  std::vector<const DemoIncident*> csv_incidents;
  for (const DemoIncident& incident : incidents)
    (incident.export_format == "csv" ? csv_incidents : json_incidents).push_back(&incident);
  files.json_incidents = static_cast<int>(json_incidents.size());
  files.csv_incidents = static_cast<int>(csv_incidents.size());
  files.pagerduty_json = dir + "/incidents/pagerduty-incidents.json";
  files.pagerduty_csv = dir + "/incidents/pagerduty-incidents.csv";
  FL_TRY(write_file(files.pagerduty_json, pagerduty_pages(organisation.organisation, json_incidents)));
  FL_TRY(write_file(files.pagerduty_csv, pagerduty_csv(organisation.organisation, csv_incidents)));

  json manifest = {{"organisation", organisation.organisation}, {"repositories", json::array()}};
  json mapping = json::object();
  for (const ServiceSpec& service : organisation.services) {
    manifest["repositories"].push_back({{"name", service.repo},
                                        {"url", dir + "/repos/" + service.repo + ".git"},
                                        {"branch", "main"},
                                        {"web", replace_all(organisation.web, "{repo}", service.repo)}});
    if (store::normalise_service_name(service.service) != store::normalise_service_name(service.repo))
      mapping[service.service] = json::array({service.repo});
  }
  files.manifest = dir + "/organisation.json";
  files.mapping = dir + "/service-mapping.json";
  FL_TRY(write_file(files.manifest, manifest.dump(2) + "\n"));
  FL_TRY(write_file(files.mapping, mapping.dump(2) + "\n"));
  return files;
}

}  // namespace faultline::demo
