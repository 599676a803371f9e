// generate_incidents: the demo organisation's production incidents, drawn from the rule that
// data/demo/README.md states, from the timeline's ground truth (never from faultline's view of
// the code):
//   for each service and each day d of the span, with V the variants live on d
//   (live_variants), the number of incidents is Poisson(base_rate × Π rate(v), v in V);
//   each incident starts at a uniform time of the day; its severity is drawn from
//   severity_weights (P1..P5) and then, for each v in V, made one level worse with probability
//   worse_severity(v); its time to acknowledge is exponential(tta_mean); its time to resolve
//   is lognormal with median ttr_median × Π ttr(v) and spread ttr_sigma.
// Each service draws from its own stream (random.fork("incidents/" + service)).
// Incidents are numbered 1.. in order of creation across the organisation.
//
// Thread-safety: pure function of its inputs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "demo/demo_random.h"
#include "demo/organisation_spec.h"

namespace faultline::demo {

struct DemoIncident {
  std::string id;  // PagerDuty-style "Q1ABCDEFGHIJKL"
  int number = 0;
  std::string title;
  std::string service;
  std::string service_id;
  std::string team;
  std::string export_format;  // the owning service's
  int severity = 3;           // 1 (worst) .. 5
  int64_t created_at = 0;
  int64_t ack_at = 0;
  int64_t resolved_at = 0;
};

std::vector<DemoIncident> generate_incidents(const OrganisationSpec& organisation, const DemoRandom& random);

}  // namespace faultline::demo
