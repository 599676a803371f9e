// Reading data/demo/organisation.json with nlohmann::json; each field is read by name so a
// mistake in the file is reported as "<file>: services[2].timeline[1].day: <what>".
#include "demo/organisation_spec.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "ingest/timestamp.h"

namespace faultline::demo {
namespace {

using nlohmann::json;

template <typename T>
T field(const json& object, const std::string& name, const std::string& where) {
  if (!object.contains(name)) throw std::runtime_error(where + name + ": missing");
  try {
    return object.at(name).get<T>();
  } catch (const json::exception& error) {
    throw std::runtime_error(where + name + ": " + error.what());
  }
}

template <typename T>
T field_or(const json& object, const std::string& name, T fallback, const std::string& where) {
  return object.contains(name) ? field<T>(object, name, where) : fallback;
}

ServiceSpec read_service(const json& item, const std::string& where, size_t author_count) {
  ServiceSpec service;
  service.service = field<std::string>(item, "service", where);
  service.repo = field<std::string>(item, "repo", where);
  service.language = field<std::string>(item, "language", where);
  service.team = field<std::string>(item, "team", where);
  service.export_format = field<std::string>(item, "export", where);
  if (service.export_format != "pagerduty" && service.export_format != "csv")
    throw std::runtime_error(where + "export: expected \"pagerduty\" or \"csv\"");
  service.commits = field<int>(item, "commits", where);
  service.authors = field<std::vector<int>>(item, "authors", where);
  if (service.authors.empty()) throw std::runtime_error(where + "authors: empty");
  for (int author : service.authors)
    if (author < 0 || static_cast<size_t>(author) >= author_count)
      throw std::runtime_error(where + "authors: no author " + std::to_string(author));
  const json& timeline = item.at("timeline");
  for (size_t i = 0; i < timeline.size(); ++i) {
    const std::string at = where + "timeline[" + std::to_string(i) + "].";
    TimelineEvent event;
    event.day = field<int>(timeline[i], "day", at);
    event.concept_id = field<std::string>(timeline[i], "concept", at);
    event.variant = field<std::string>(timeline[i], "variant", at);
    event.message = field_or<std::string>(timeline[i], "message", "", at);
    if (event.day > 0 && event.message.empty()) throw std::runtime_error(at + "message: needed after day 0");
    service.timeline.push_back(event);
  }
  std::stable_sort(service.timeline.begin(), service.timeline.end(),
                   [](const TimelineEvent& a, const TimelineEvent& b) { return a.day < b.day; });
  return service;
}

IncidentRule read_rule(const json& item) {
  const std::string where = "rule.";
  IncidentRule rule;
  rule.base_rate_per_day = field<double>(item, "base_rate_per_day", where);
  rule.severity_weights = field<std::vector<double>>(item, "severity_weights", where);
  if (rule.severity_weights.size() != 5)
    throw std::runtime_error(where + "severity_weights: expected 5 (P1..P5)");
  rule.ttr_median_minutes = field<double>(item, "ttr_median_minutes", where);
  rule.ttr_sigma = field<double>(item, "ttr_sigma", where);
  rule.tta_mean_minutes = field<double>(item, "tta_mean_minutes", where);
  for (const auto& [key, value] : item.at("variants").items()) {
    const std::string at = where + "variants." + key + ".";
    rule.variants[key] = {field_or<double>(value, "rate", 1.0, at),
                          field_or<double>(value, "worse_severity", 0.0, at),
                          field_or<double>(value, "ttr", 1.0, at)};
  }
  return rule;
}

}  // namespace

Result<OrganisationSpec> load_organisation_spec(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(path + ": cannot read");
  std::ostringstream text;
  text << in.rdbuf();
  try {
    const json root = json::parse(text.str());
    OrganisationSpec spec;
    spec.organisation = field<std::string>(root, "organisation", "");
    auto start = ingest::parse_timestamp(field<std::string>(root, "start", "") + "T00:00:00Z");
    if (!start.ok()) return start.error().within(path + ": start");
    spec.start = *start;
    spec.days = field<int>(root, "days", "");
    if (spec.days < 28) return Error(path + ": days: at least 28");
    spec.seed = field<uint64_t>(root, "seed", "");
    spec.web = field<std::string>(root, "web", "");
    for (const json& author : root.at("authors"))
      spec.authors.push_back(
          {field<std::string>(author, "name", "authors."), field<std::string>(author, "email", "authors.")});
    spec.rule = read_rule(root.at("rule"));
    const json& services = root.at("services");
    for (size_t i = 0; i < services.size(); ++i)
      spec.services.push_back(
          read_service(services[i], "services[" + std::to_string(i) + "].", spec.authors.size()));
    return spec;
  } catch (const std::exception& error) {
    return Error(path + ": " + error.what());
  }
}

std::map<std::string, std::string> live_variants(const ServiceSpec& service, int day) {
  std::map<std::string, std::string> live;
  for (const TimelineEvent& event : service.timeline)
    if (event.day <= day) live[event.concept_id] = event.variant;
  return live;
}

}  // namespace faultline::demo
