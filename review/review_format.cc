#include "review/review_format.h"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace faultline::review {
namespace {

std::string fixed(double value, int digits) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
  return buffer;
}

std::string percent(double value) { return (value >= 0 ? "+" : "") + fixed(value, 1) + "%"; }

std::string join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string hours(const std::optional<double>& seconds) {
  return seconds ? fixed(*seconds / 3600.0, 1) + " h" : "n/a";
}
std::string severity(const std::optional<double>& level) { return level ? fixed(*level, 2) : "n/a"; }

nlohmann::json prediction_json(const model::Prediction& prediction) {
  nlohmann::json out = {{"rate_per_day", prediction.rate_per_day}};
  out["severity"] = prediction.severity ? nlohmann::json(*prediction.severity) : nlohmann::json();
  out["ttr_s"] = prediction.ttr_s ? nlohmann::json(*prediction.ttr_s) : nlohmann::json();
  return out;
}

std::string finding_line(const DrivingFinding& finding) {
  std::string line =
      finding.path + ":" + std::to_string(finding.line) + " " + finding.kind + " " + finding.concept_id;
  if (!finding.region.empty()) line += " in " + finding.region;
  line += " (quality " + fixed(finding.quality_before, 2) + " → " + fixed(finding.quality_after, 2) + ")";
  if (!finding.signals.empty()) line += " " + join(finding.signals, " ");
  return line;
}

}  // namespace

nlohmann::json review_json(const Review& review) {
  nlohmann::json out;
  out["repo"] = review.repo_name;
  out["base"] = review.base_oid;
  out["head"] = review.head_oid;
  out["size"] = {{"lines_added", review.size.lines_added},
                 {"lines_deleted", review.size.lines_deleted},
                 {"files", review.size.files},
                 {"directories", review.size.directories},
                 {"subsystems", review.size.subsystems},
                 {"commits", review.size.commits},
                 {"author", review.size.author},
                 {"author_prior_commits", review.size.author_prior_commits}};
  out["services"] = nlohmann::json::array();
  for (const auto& service : review.services) {
    nlohmann::json drivers = nlohmann::json::array();
    for (const auto& driver : service.drivers)
      drivers.push_back({{"feature", driver.feature}, {"delta_log_rate", driver.delta}});
    out["services"].push_back({{"service", service.service},
                               {"base", prediction_json(service.base)},
                               {"head", prediction_json(service.head)},
                               {"rate_change_percent", service.rate_change_percent},
                               {"drivers", drivers}});
  }
  out["findings"] = nlohmann::json::array();
  for (const auto& finding : review.findings)
    out["findings"].push_back({{"kind", finding.kind},
                               {"path", finding.path},
                               {"line", finding.line},
                               {"concept", finding.concept_id},
                               {"region", finding.region},
                               {"signals", finding.signals},
                               {"quality_before", finding.quality_before},
                               {"quality_after", finding.quality_after}});
  out["worsened_concepts"] = review.worsened_concepts;
  out["examples"] = nlohmann::json::array();
  for (const auto& example : review.examples)
    out["examples"].push_back({{"concept", example.concept_id},
                               {"repo", example.repo},
                               {"path", example.path},
                               {"start_line", example.start_line},
                               {"end_line", example.end_line},
                               {"quality", example.quality},
                               {"link", example.link}});
  out["notes"] = review.notes;
  out["max_rate_change_percent"] =
      review.max_rate_change_percent ? nlohmann::json(*review.max_rate_change_percent) : nlohmann::json();
  return out;
}

std::string review_text(const Review& review) {
  std::ostringstream out;
  out << "faultline predict: " << review.repo_name << " " << review.base_oid.substr(0, 12) << ".."
      << review.head_oid.substr(0, 12) << "\n";
  out << "change: " << review.size.files << " files, +" << review.size.lines_added << " -"
      << review.size.lines_deleted << " lines, " << review.size.directories << " directories, "
      << review.size.subsystems << " subsystems, " << review.size.commits << " commits by "
      << review.size.author << " (" << review.size.author_prior_commits
      << " earlier commits in these files)\n";
  for (const auto& service : review.services) {
    out << "service " << service.service << ": incidents/day " << fixed(service.base.rate_per_day, 4) << " → "
        << fixed(service.head.rate_per_day, 4) << " (" << percent(service.rate_change_percent)
        << "), severity " << severity(service.base.severity) << " → " << severity(service.head.severity)
        << ", time to resolve " << hours(service.base.ttr_s) << " → " << hours(service.head.ttr_s) << "\n";
    for (size_t i = 0; i < service.drivers.size() && i < 5; ++i)
      out << "  driver " << service.drivers[i].feature << ": " << (service.drivers[i].delta >= 0 ? "+" : "")
          << fixed(service.drivers[i].delta, 4) << " log rate\n";
  }
  if (!review.findings.empty()) out << "findings:\n";
  for (const auto& finding : review.findings) out << "  " << finding_line(finding) << "\n";
  if (!review.examples.empty()) out << "best examples of what got worse:\n";
  for (const auto& example : review.examples)
    out << "  " << example.concept_id << ": " << example.repo << "/" << example.path << ":"
        << example.start_line << "-" << example.end_line << " (quality " << fixed(example.quality, 2) << ")"
        << (example.link.empty() ? "" : " " + example.link) << "\n";
  for (const auto& note : review.notes) out << "note: " << note << "\n";
  return out.str();
}

std::string review_markdown(const Review& review) {
  std::ostringstream out;
  out << "### faultline: risk of this change\n\n";
  if (!review.services.empty()) {
    out << "| service | incidents/day | change | severity | time to resolve |\n|---|---|---|---|---|\n";
    for (const auto& service : review.services)
      out << "| " << service.service << " | " << fixed(service.base.rate_per_day, 4) << " → "
          << fixed(service.head.rate_per_day, 4) << " | **" << percent(service.rate_change_percent) << "** | "
          << severity(service.base.severity) << " → " << severity(service.head.severity) << " | "
          << hours(service.base.ttr_s) << " → " << hours(service.head.ttr_s) << " |\n";
    out << "\n";
  }
  out << "Change: " << review.size.files << " files, +" << review.size.lines_added << "/−"
      << review.size.lines_deleted << " lines in " << review.size.subsystems << " subsystems; "
      << review.size.commits << " commits by `" << review.size.author << "` ("
      << review.size.author_prior_commits << " earlier commits in these files).\n\n";
  if (!review.findings.empty()) {
    out << "| where | what | concept | signals |\n|---|---|---|---|\n";
    for (const auto& finding : review.findings)
      out << "| `" << finding.path << ":" << finding.line << "` | " << finding.kind << " ("
          << fixed(finding.quality_before, 2) << " → " << fixed(finding.quality_after, 2) << ") | "
          << finding.concept_id << " | " << join(finding.signals, ", ") << " |\n";
    out << "\n";
  }
  if (!review.examples.empty()) {
    out << "Best examples in the organisation of what got worse:\n\n";
    for (const auto& example : review.examples) {
      std::string where = example.repo + "/" + example.path + ":" + std::to_string(example.start_line);
      out << "- " << example.concept_id << ": "
          << (example.link.empty() ? "`" + where + "`" : "[" + where + "](" + example.link + ")")
          << " (quality " << fixed(example.quality, 2) << ")\n";
    }
    out << "\n";
  }
  for (const auto& note : review.notes) out << "> " << note << "\n";
  return out.str();
}

nlohmann::json review_sarif(const Review& review) {
  nlohmann::json rules = nlohmann::json::array();
  std::map<std::string, size_t> rule_index;
  nlohmann::json results = nlohmann::json::array();
  for (const auto& finding : review.findings) {
    std::string rule = finding.concept_id + "/" + finding.kind;
    if (!rule_index.count(rule)) {
      rule_index[rule] = rules.size();
      rules.push_back(
          {{"id", rule},
           {"name", finding.concept_id + "-" + finding.kind},
           {"shortDescription", {{"text", finding.concept_id + " " + finding.kind + " by this change"}}}});
    }
    bool bad = finding.kind == "worsened" || (finding.kind == "added" && finding.quality_after < 0.5) ||
               (finding.kind == "removed" && finding.quality_before > 0.5);
    results.push_back({{"ruleId", rule},
                       {"ruleIndex", rule_index[rule]},
                       {"level", bad ? "warning" : "note"},
                       {"message", {{"text", finding_line(finding)}}},
                       {"locations",
                        {{{"physicalLocation",
                           {{"artifactLocation", {{"uri", finding.path}}},
                            {"region", {{"startLine", std::max(1, finding.line)}}}}}}}},
                       {"properties",
                        {{"quality_before", finding.quality_before},
                         {"quality_after", finding.quality_after},
                         {"signals", finding.signals}}}});
  }
  nlohmann::json run = {
      {"tool", {{"driver", {{"name", "faultline"}, {"version", "0.1.0"}, {"rules", rules}}}}},
      {"results", results},
      {"properties", review_json(review)}};
  return {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"}, {"runs", {run}}};
}

}  // namespace faultline::review
