// The bundled Java and Python queries of all twelve concepts on fixtures written for them
// (tests/analyzer/fixtures/<language>/): each has a good positive, a bad positive and
// look-alikes. The exact findings (concept, region, lines, quality, signals with lines) are in
// fixtures/expected.txt, one line per finding in `faultline classify` form; on top of that,
// for each fixture's own concept, good regions must score above bad ones and look-alikes must
// not fire. Also the classify subcommand itself on one fixture, an unknown file and a missing one.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "analyzer/classifier.h"
#include "analyzer/text_file.h"

namespace faultline::analyzer {
namespace {

namespace fs = std::filesystem;

const std::string k_fixtures = std::string(FAULTLINE_SOURCE_DIR) + "/tests/analyzer/fixtures";

std::string finding_line(const std::string& path, const Finding& f) {
  char quality[16];
  std::snprintf(quality, sizeof quality, "%.2f", f.quality);
  std::string line = path + ":" + std::to_string(f.start_line) + "-" + std::to_string(f.end_line) + " " +
                     f.concept_id + " q=" + quality + " " + f.region_kind;
  if (!f.region_name.empty()) line += " " + f.region_name;
  for (const Signal& s : f.signals) line += " " + s.name + "(" + std::to_string(s.line) + ")";
  return line;
}

// The concept a fixture is about: Logging.java → logging, error_handling_cases.py → error-handling.
std::string fixture_concept(const std::string& file) {
  std::string stem = fs::path(file).stem().string();
  if (stem.size() > 6 && stem.substr(stem.size() - 6) == "_cases") stem = stem.substr(0, stem.size() - 6);
  std::string id;
  for (size_t i = 0; i < stem.size(); ++i) {
    char c = stem[i];
    if (c == '_') {
      id += '-';
    } else if (std::isupper(static_cast<unsigned char>(c))) {
      if (i > 0) id += '-';
      id += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      id += c;
    }
  }
  return id;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

class ConceptsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto set = load_concepts();
    ASSERT_TRUE(set.ok()) << set.error().message();
    s_concepts = *set;
  }
  static std::shared_ptr<const ConceptSet> s_concepts;
};
std::shared_ptr<const ConceptSet> ConceptsTest::s_concepts;

TEST_F(ConceptsTest, FixturesGiveExactlyTheExpectedFindings) {
  auto expected_text = read_text_file(k_fixtures + "/expected.txt");
  ASSERT_TRUE(expected_text.ok());
  std::vector<std::string> files;
  for (const char* language : {"java", "python"}) {
    for (const auto& entry : fs::directory_iterator(k_fixtures + "/" + language)) {
      files.push_back(std::string(language) + "/" + entry.path().filename().string());
    }
  }
  std::sort(files.begin(), files.end());
  ASSERT_EQ(files.size(), 24u);  // twelve concepts × two languages

  Classifier classifier(s_concepts);
  std::string actual;
  for (const std::string& file : files) {
    auto source = read_text_file(k_fixtures + "/" + file);
    ASSERT_TRUE(source.ok());
    auto language = detect_language(*s_concepts, file, *source);
    ASSERT_TRUE(language.has_value()) << file;
    auto analysis = classifier.analyze(*language, *source, file);
    ASSERT_TRUE(analysis.ok()) << analysis.error().message();
    EXPECT_EQ(analysis->totals.size(), 12u) << file << ": every concept covers " << *language;

    const std::string concept_id = fixture_concept(file);
    double best_good = -1;
    double best_bad = -1;
    for (const Finding& finding : analysis->findings) {
      actual += finding_line(file, finding) + "\n";
      if (finding.concept_id != concept_id) continue;
      std::string name = lower(finding.region_name);
      if (name.find("good") != std::string::npos) best_good = std::max(best_good, finding.quality);
      if (name.find("bad") != std::string::npos) best_bad = std::max(best_bad, finding.quality);
      EXPECT_EQ(name.find("lookalike"), std::string::npos)
          << file << ": a look-alike fired: " << finding_line(file, finding);
    }
    EXPECT_GE(best_good, 0) << file << ": no good " << concept_id << " finding";
    EXPECT_GE(best_bad, 0) << file << ": no bad " << concept_id << " finding";
    EXPECT_GT(best_good, best_bad) << file << ": good must score above bad";
  }
  // Compare line by line so a failure names the finding that differs.
  std::istringstream want(*expected_text), got(actual);
  std::string want_line, got_line;
  int line = 0;
  while (true) {
    bool more_want = static_cast<bool>(std::getline(want, want_line));
    bool more_got = static_cast<bool>(std::getline(got, got_line));
    ++line;
    if (!more_want && !more_got) break;
    EXPECT_EQ(more_got ? got_line : "(none)", more_want ? want_line : "(none)")
        << "expected.txt line " << line;
  }
}

std::string run(const std::string& command, int& status) {
  std::string output;
  FILE* pipe = ::popen(command.c_str(), "r");
  char buffer[4096];
  while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  status = WEXITSTATUS(::pclose(pipe));
  return output;
}

TEST(ClassifyCommand, PrintsFindingsAndSaysWhatItSkips) {
  fs::path dir = fs::temp_directory_path() / ("fl_classify_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "notes.txt") << "retry later\n";
  fs::copy_file(k_fixtures + "/java/Logging.java", dir / "Logging.java",
                fs::copy_options::overwrite_existing);
  int status = 0;
  std::string out =
      run("cd " + dir.string() + " && " FAULTLINE_BIN " classify Logging.java notes.txt", status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(
      out.find("Logging.java:11-19 logging q=1.00 function OrderService.goodPlace +structured-fields(12) "
               "+parameterised-message(15) +exception-attached(17) +parameterised-message(17)\n"),
      std::string::npos)
      << out;
  EXPECT_NE(out.find("notes.txt: not analysed (faultline does not know its language)\n"), std::string::npos)
      << out;

  out = run(
      "cd " + dir.string() + " && " FAULTLINE_BIN " classify --json Logging.java missing.java 2>/dev/null",
      status);
  EXPECT_EQ(status, 2);
  auto json = nlohmann::json::parse(out);
  ASSERT_EQ(json.size(), 2u);
  EXPECT_EQ(json[0]["language"], "java");
  EXPECT_EQ(json[0]["findings"][2]["concept"], "logging");
  EXPECT_EQ(json[0]["findings"][2]["region_name"], "OrderService.goodPlace");
  EXPECT_EQ(json[0]["findings"][2]["signals"][0]["name"], "+structured-fields");
  EXPECT_EQ(json[0]["findings"][2]["signals"][0]["line"], 12);
  EXPECT_NE(json[1]["error"].get<std::string>().find("missing.java: cannot open"), std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace faultline::analyzer
