// Every input kept in tests/fuzz/regressions (crashes the fuzz targets once found, see
// scripts/fuzz.sh) parsed as every format in the normal test run: it must give incidents or
// an error that names a place, and never crash. Hand-picked hostile inputs come first.
#include <gtest/gtest.h>

#include <filesystem>

#include "incident_test_support.h"
#include "ingest/incident_parser.h"

namespace faultline::ingest::testing {
namespace {

const IncidentFormat k_formats[] = {
    IncidentFormat::automatic,  IncidentFormat::pagerduty, IncidentFormat::pagerduty_analytics,
    IncidentFormat::csv,        IncidentFormat::opsgenie,  IncidentFormat::incident_io,
    IncidentFormat::firehydrant};

// Parses `text` as every format; returns how many formats gave an error.
int parse_everywhere(std::string_view text) {
  int errors = 0;
  for (IncidentFormat format : k_formats) {
    ParseOptions options;
    options.format = format;
    auto parsed = parse_incident_export(text, options);
    if (!parsed.ok()) {
      ++errors;
      EXPECT_NE(parsed.error().message().find(':'), std::string::npos) << parsed.error().message();
      continue;
    }
    for (const auto& incident : parsed->incidents) {
      EXPECT_FALSE(incident.source_id.empty());
      EXPECT_GE(incident.sev_level, 0);
      EXPECT_LE(incident.sev_level, 5);
    }
  }
  return errors;
}

TEST(IncidentFuzzRegressionTest, EveryKeptInputParsesWithoutCrashing) {
  std::filesystem::path dir = std::string(FAULTLINE_SOURCE_DIR) + "/tests/fuzz/regressions";
  size_t inputs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() == ".md") continue;
    SCOPED_TRACE(entry.path().filename().string());
    parse_everywhere(read_text(entry.path().string()));
    ++inputs;
  }
  RecordProperty("inputs", static_cast<int>(inputs));
}

TEST(IncidentFuzzRegressionTest, HostileShapesGiveErrorsNotCrashes) {
  std::string deep_arrays(100000, '[');
  std::string deep_objects;
  for (int i = 0; i < 50000; ++i) deep_objects += "{\"incidents\":";
  const std::string inputs[] = {
      "",
      "\xEF\xBB\xBF",
      "{",
      "[]",
      "{}",
      "null",
      "\"just a string\"",
      deep_arrays,
      deep_objects,
      "{\"incidents\": [1, \"two\", null, [], {}]}",
      "{\"incidents\": [{\"id\": {}}]}",
      "{\"data\": [{\"id\": \"x\", \"tinyId\": 99999999999999999999999999}]}",
      "{\"data\": [{\"id\": \"x\", \"seconds_to_resolve\": 1e308, \"service_name\": \"s\"}]}",
      "{\"data\": [{\"id\": \"x\", \"seconds_to_resolve\": -9.3e18, \"service_name\": \"s\"}]}",
      "{\"data\": [{\"id\": \"x\", \"service_name\": \"s\", \"created_at\": 99999999999999999999}]}",
      "{\"data\": [{\"id\": \"x\", \"service_name\": \"s\", \"created_at\": \"9999-12-31T23:59:59-23:59\"}]}",
      "{\"data\": [{\"id\": \"x\", \"service_name\": \"s\", \"created_at\": \"0000-01-01T00:00:00+23:59\"}]}",
      "{\"incidents\": [{\"id\": \"x\", \"incident_number\": \"12\", \"teams\": [7], \"acknowledgements\": "
      "[1]}]}",
      "{\"incidents\": [{\"id\": \"x\", \"incident_status\": [], \"custom_field_entries\": [1, {\"values\": "
      "3}]}]}",
      "{\"data\": [{\"id\": \"x\", \"milestones\": [1, {\"type\": 2}], \"impacts\": [null]}]}",
      "{\"a\":1}\n{\"b\":2}\n{\"c\"",
      "id\n\"",
      "\"\n",
      ",,,,\n,,,,\n",
      std::string("id,title\n1,\0nul\n", 16),
      "id;title\r\rA;B\r",
  };
  for (const auto& input : inputs) {
    SCOPED_TRACE(input.substr(0, 60));
    parse_everywhere(input);
  }
}

}  // namespace
}  // namespace faultline::ingest::testing
