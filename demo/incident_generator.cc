// One pass per service over the days of the span; see the header for the rule. Titles are
// drawn from a fixed list of alert summaries so that the export reads like a real one.
#include "demo/incident_generator.h"

#include <algorithm>
#include <cmath>

namespace faultline::demo {
namespace {

constexpr int64_t k_day = 86400;

const std::vector<std::string>& titles() {
  static const std::vector<std::string> k_titles = {
      "Error rate above SLO",    "p99 latency above 2s",  "Pods restarting (CrashLoopBackOff)",
      "Health check failing",    "Queue depth growing",   "Upstream timeouts",
      "Memory usage above 90%",  "5xx responses spiking", "Database connection pool exhausted",
      "Synthetic check failing", "Thread pool saturated", "Elevated request failures"};
  return k_titles;
}

std::string pagerduty_id(DemoRandom& random, char first) {
  static const char k_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  std::string id(1, first);
  for (int i = 0; i < 13; ++i) id += k_alphabet[random.below(36)];
  return id;
}

}  // namespace

std::vector<DemoIncident> generate_incidents(const OrganisationSpec& organisation, const DemoRandom& random) {
  const IncidentRule& rule = organisation.rule;
  std::vector<DemoIncident> incidents;
  for (const ServiceSpec& service : organisation.services) {
    DemoRandom stream = random.fork("incidents/" + service.service);
    const std::string service_id = pagerduty_id(stream, 'P').substr(0, 7);
    for (int day = 0; day < organisation.days; ++day) {
      double rate = rule.base_rate_per_day;
      double ttr_factor = 1;
      std::vector<double> worse;
      for (const auto& [concept_id, variant] : live_variants(service, day)) {
        auto effect = rule.variants.find(concept_id + "/" + variant);
        if (effect == rule.variants.end()) continue;
        rate *= effect->second.rate;
        ttr_factor *= effect->second.ttr;
        if (effect->second.worse_severity > 0) worse.push_back(effect->second.worse_severity);
      }
      const int count = stream.poisson(rate);
      std::vector<int64_t> starts;
      for (int i = 0; i < count; ++i)
        starts.push_back(organisation.start + day * k_day + stream.between(0, k_day - 1));
      std::sort(starts.begin(), starts.end());
      for (int64_t created : starts) {
        DemoIncident incident;
        incident.id = pagerduty_id(stream, 'Q');
        incident.title = titles()[stream.below(titles().size())] + " on " + service.service;
        incident.service = service.service;
        incident.service_id = service_id;
        incident.team = service.team;
        incident.export_format = service.export_format;
        incident.severity = static_cast<int>(stream.weighted(rule.severity_weights)) + 1;
        for (double p : worse)
          if (stream.chance(p)) incident.severity = std::max(1, incident.severity - 1);
        incident.created_at = created;
        const double tta = std::max(30.0, stream.exponential(rule.tta_mean_minutes * 60));
        const double ttr =
            rule.ttr_median_minutes * 60 * ttr_factor * std::exp(rule.ttr_sigma * stream.normal());
        incident.ack_at = created + static_cast<int64_t>(tta);
        incident.resolved_at = incident.ack_at + std::max<int64_t>(60, static_cast<int64_t>(ttr - tta));
        incidents.push_back(std::move(incident));
      }
    }
  }
  std::stable_sort(incidents.begin(), incidents.end(),
                   [](const DemoIncident& a, const DemoIncident& b) { return a.created_at < b.created_at; });
  for (size_t i = 0; i < incidents.size(); ++i) incidents[i].number = static_cast<int>(i) + 1;
  return incidents;
}

}  // namespace faultline::demo
