// The files of the demo organisation that are not repositories, in the formats faultline
// reads (FORMATS.md):
//   incidents/pagerduty-incidents.json  PagerDuty REST API v2 list pages (a JSON array of
//                                       pages of 100) for services with export "pagerduty"
//   incidents/pagerduty-incidents.csv   PagerDuty's CSV export for services with export "csv"
//   organisation.json                   the manifest: one repository per service, with `web`
//   service-mapping.json                {"service": ["repo"]} for each service whose
//                                       normalised name differs from its repository's
//
// Thread-safety: plain functions.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "demo/incident_generator.h"
#include "demo/organisation_spec.h"

namespace faultline::demo {

struct ExportFiles {
  std::string pagerduty_json;
  std::string pagerduty_csv;
  std::string manifest;
  std::string mapping;
  int json_incidents = 0;
  int csv_incidents = 0;
};

// Writes the four files under `dir`; repositories are expected at <dir>/repos/<repo>.git.
Result<ExportFiles> write_exports(const OrganisationSpec& organisation,
                                  const std::vector<DemoIncident>& incidents, const std::string& dir);

}  // namespace faultline::demo
