// libFuzzer target: incident exports read as format "pagerduty" (see fuzz_incident_parser.h).
#include "fuzz_incident_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return faultline::fuzz::parse_incidents(faultline::ingest::IncidentFormat::pagerduty, data, size);
}
