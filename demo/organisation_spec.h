// OrganisationSpec: the demo organisation as data/demo/organisation.json scripts it — its
// services, the timeline of each service's code (which variant of which concept is merged on
// which day), and the incident rule's parameters (data/demo/README.md states the rule).
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/result.h"

namespace faultline::demo {

struct AuthorSpec {
  std::string name;
  std::string email;
};

// On `day` (days since the organisation's start), `variant` of `concept_id` is merged into the
// service's default branch; day 0 means it is in the first commit.
struct TimelineEvent {
  int day = 0;
  std::string concept_id;
  std::string variant;
  std::string message;  // the commit subject of the change ("" for day 0)
};

struct ServiceSpec {
  std::string service;   // as incidents name it
  std::string repo;      // repository name
  std::string language;  // a folder of data/demo/templates
  std::string team;
  std::string export_format;            // "pagerduty" (REST JSON pages) or "csv"
  int commits = 0;                      // commits in the repository, merges included
  std::vector<int> authors;             // indexes into OrganisationSpec::authors
  std::vector<TimelineEvent> timeline;  // sorted by day
};

// What a live variant does to a service's incidents ("concept/variant" keys).
struct VariantEffect {
  double rate = 1;            // multiplies the daily incident rate
  double worse_severity = 0;  // probability that an incident is one level worse
  double ttr = 1;             // multiplies the median time to resolution
};

struct IncidentRule {
  double base_rate_per_day = 0.05;
  std::vector<double> severity_weights;  // P1..P5
  double ttr_median_minutes = 60;
  double ttr_sigma = 0.5;
  double tta_mean_minutes = 5;
  std::map<std::string, VariantEffect> variants;
};

struct OrganisationSpec {
  std::string organisation;
  int64_t start = 0;  // UTC seconds of day 0's midnight
  int days = 0;
  uint64_t seed = 0;  // the default seed
  std::string web;    // link template with {repo}
  std::vector<AuthorSpec> authors;
  IncidentRule rule;
  std::vector<ServiceSpec> services;
};

// Reads and checks the spec; errors name the file and the field.
Result<OrganisationSpec> load_organisation_spec(const std::string& path);

// The variant of each concept live in `service`'s code on `day` ("concept" → "variant"):
// the last timeline event of each concept with event.day <= day.
std::map<std::string, std::string> live_variants(const ServiceSpec& service, int day);

}  // namespace faultline::demo
