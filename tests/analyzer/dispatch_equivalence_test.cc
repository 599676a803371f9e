// The dispatched fast path (region walk + gates + structural matcher + one-pattern queries,
// analyzer/dispatch_plan.h) must find exactly what the plain combined query finds when run
// over the whole tree (ClassifyOptions::plain_query): same findings, regions, lines, quality
// and signals, for every language on every fixture file, and on real JavaScript and Python
// from the repository's node_modules and the system's Python library when present.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "analyzer/classifier.h"
#include "analyzer/concept_set.h"
#include "analyzer/text_file.h"

namespace faultline::analyzer {
namespace {

namespace fs = std::filesystem;

std::string describe(const FileAnalysis& analysis) {
  std::ostringstream out;
  out << "regions " << analysis.regions << "\n";
  for (const Finding& finding : analysis.findings) {
    out << finding.concept_id << " " << finding.region_kind << " " << finding.region_name << " "
        << finding.start_line << "-" << finding.end_line << " presence=" << finding.presence
        << " quality=" << finding.quality << ":";
    for (const Signal& signal : finding.signals) out << " " << signal.name << "@" << signal.line;
    out << "\n";
  }
  for (const ConceptTotals& totals : analysis.totals) {
    out << totals.concept_id << " findings=" << totals.findings << " lines=" << totals.covered_lines
        << " quality=" << totals.quality_sum << "\n";
  }
  return out.str();
}

// Files under `dir` (recursively) with a language faultline knows, sorted, at most `limit`.
std::vector<std::pair<std::string, std::string>> files_in(const ConceptSet& concepts, const fs::path& dir,
                                                          size_t limit) {
  std::vector<std::pair<std::string, std::string>> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  std::vector<fs::path> paths;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (it->is_regular_file(ec) && it->file_size(ec) < 200'000) paths.push_back(it->path());
  }
  std::sort(paths.begin(), paths.end());
  for (const fs::path& path : paths) {
    if (out.size() >= limit) break;
    auto language = detect_language(concepts, path.string(), "");
    if (language) out.emplace_back(path.string(), *language);
  }
  return out;
}

class DispatchEquivalence : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = ConceptSet::build(std::string(FAULTLINE_SOURCE_DIR) + "/data/languages.json",
                                    {std::string(FAULTLINE_SOURCE_DIR) + "/data/concepts"}, false);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message();
    s_concepts = *loaded;
  }
  static void TearDownTestSuite() { s_concepts.reset(); }

  // Classifies each file both ways; returns how many files had at least one finding.
  int expect_same(const std::vector<std::pair<std::string, std::string>>& files) {
    Classifier fast(s_concepts);
    ClassifyOptions options;
    options.plain_query = true;
    Classifier plain(s_concepts, options);
    int with_findings = 0;
    for (const auto& [path, language] : files) {
      auto text = read_text_file(path);
      if (!text.ok()) continue;
      auto expected = plain.analyze(language, *text, path);
      auto actual = fast.analyze(language, *text, path);
      EXPECT_EQ(expected.ok(), actual.ok()) << path;
      if (!expected.ok() || !actual.ok()) continue;
      EXPECT_EQ(describe(*actual), describe(*expected)) << path << " (" << language << ")";
      with_findings += expected->findings.empty() ? 0 : 1;
    }
    return with_findings;
  }

  static std::shared_ptr<const ConceptSet> s_concepts;
};

std::shared_ptr<const ConceptSet> DispatchEquivalence::s_concepts;

TEST_F(DispatchEquivalence, EveryLanguageFixtureGivesTheSameFindingsBothWays) {
  const fs::path fixtures = fs::path(FAULTLINE_SOURCE_DIR) / "tests/analyzer/fixtures";
  for (const Language& language : s_concepts->languages()) {
    auto files = files_in(*s_concepts, fixtures / language.id, 1000);
    ASSERT_FALSE(files.empty()) << "no fixtures for " << language.id;
    int with_findings = expect_same(files);
    EXPECT_GT(with_findings, 0) << language.id << ": no fixture gave a finding, so nothing was compared";
  }
}

TEST_F(DispatchEquivalence, RealCodeGivesTheSameFindingsBothWays) {
  const fs::path modules = fs::path(FAULTLINE_SOURCE_DIR) / "node_modules";
  int compared = 0;
  compared += expect_same(files_in(*s_concepts, modules / "chart.js", 150));
  compared += expect_same(files_in(*s_concepts, modules / "playwright-core/lib/server", 150));
  for (const char* python : {"/usr/lib/python3.11", "/usr/lib/python3"}) {
    if (fs::exists(python)) {
      compared += expect_same(files_in(*s_concepts, fs::path(python) / "asyncio", 150));
      compared += expect_same(files_in(*s_concepts, fs::path(python) / "http", 150));
      break;
    }
  }
  if (compared == 0) GTEST_SKIP() << "no node_modules or Python library on this machine";
}

}  // namespace
}  // namespace faultline::analyzer
