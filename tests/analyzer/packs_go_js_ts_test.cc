// The bundled concept packs for Go, JavaScript, TypeScript and TSX, run through the real
// analyzer on fixtures written for them (tests/analyzer/fixtures/<language>/). For every
// concept and language there is a good positive, a bad positive and a look-alike:
// - good and bad regions get exactly the listed signals, each at its line;
// - the good region scores above the bad one;
// - look-alikes (math.Log / Math.log, "retry" in a comment or a string, a CLI printing its
//   results, a variable named `span`, ...) get no finding for the concept.
// The TypeScript and TSX fixtures are the JavaScript ones with type annotations, so one
// expectation table serves all three; each file is parsed by its own grammar.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "analyzer/classifier.h"

namespace faultline::analyzer {
namespace {

const std::string k_fixtures = std::string(FAULTLINE_SOURCE_DIR) + "/tests/analyzer/fixtures/";

std::shared_ptr<const ConceptSet> bundled_concepts() {
  static const std::shared_ptr<const ConceptSet> concepts = [] {
    auto loaded = load_concepts();
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().message());
    return loaded.ok() ? *loaded : nullptr;
  }();
  return concepts;
}

// The analysis of one fixture (path relative to the fixtures folder), cached per file.
const FileAnalysis& analysis_of(const std::string& relative) {
  static std::map<std::string, FileAnalysis> cache;
  auto found = cache.find(relative);
  if (found != cache.end()) return found->second;
  FileAnalysis& analysis = cache[relative];
  auto concepts = bundled_concepts();
  if (!concepts) return analysis;
  std::ifstream in(k_fixtures + relative, std::ios::binary);
  EXPECT_TRUE(in) << "missing fixture " << relative;
  std::stringstream text;
  text << in.rdbuf();
  std::string source = text.str();
  auto language = detect_language(*concepts, relative, source.substr(0, 256));
  EXPECT_TRUE(language.has_value()) << relative << ": language not detected";
  if (!language) return analysis;
  Classifier classifier(concepts);
  auto result = classifier.analyze(*language, source, relative);
  EXPECT_TRUE(result.ok()) << relative << ": " << (result.ok() ? "" : result.error().message());
  if (result.ok()) analysis = std::move(*result);
  return analysis;
}

const Finding* finding_in(const FileAnalysis& analysis, const std::string& concept_id,
                          const std::string& region) {
  for (const Finding& finding : analysis.findings) {
    if (finding.concept_id == concept_id && finding.region_name == region) return &finding;
  }
  return nullptr;
}

// "+name@line -other@line ..." as a set (a signal fired twice on one line counts once).
std::set<std::string> parse_signals(const std::string& text) {
  std::set<std::string> out;
  std::istringstream words(text);
  std::string word;
  while (words >> word) out.insert(word);
  return out;
}

std::set<std::string> signals_of(const Finding& finding) {
  std::set<std::string> out;
  for (const Signal& signal : finding.signals) out.insert(signal.name + "@" + std::to_string(signal.line));
  return out;
}

std::string joined(const std::set<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : " ") + item;
  return out;
}

struct Expected {
  const char* file;  // relative to the fixtures folder, without the language folder for JS/TS
  const char* concept_id;
  const char* region;   // region name ("" = the file)
  const char* signals;  // exact set of "±signal@line"
};

struct Ranked {
  const char* file;
  const char* concept_id;
  const char* good;
  const char* bad;
};

struct Lookalike {
  const char* file;
  const char* concept_id;
  const char* region;
};

void check_expected(const std::string& file, const Expected& expected) {
  const FileAnalysis& analysis = analysis_of(file);
  const Finding* finding = finding_in(analysis, expected.concept_id, expected.region);
  ASSERT_NE(finding, nullptr) << file << ": no " << expected.concept_id << " finding in region '"
                              << expected.region << "'";
  EXPECT_TRUE(finding->presence) << file << " " << expected.region;
  EXPECT_EQ(joined(signals_of(*finding)), joined(parse_signals(expected.signals)))
      << file << ": " << expected.concept_id << " in " << expected.region;
}

void check_ranked(const std::string& file, const Ranked& ranked) {
  const FileAnalysis& analysis = analysis_of(file);
  const Finding* good = finding_in(analysis, ranked.concept_id, ranked.good);
  const Finding* bad = finding_in(analysis, ranked.concept_id, ranked.bad);
  ASSERT_NE(good, nullptr) << file << " " << ranked.good;
  ASSERT_NE(bad, nullptr) << file << " " << ranked.bad;
  EXPECT_GT(good->quality, bad->quality) << file << ": " << ranked.concept_id;
  EXPECT_GT(good->quality, 0.5) << file << ": " << ranked.concept_id << " good";
}

void check_lookalike(const std::string& file, const Lookalike& lookalike) {
  const FileAnalysis& analysis = analysis_of(file);
  const Finding* finding = finding_in(analysis, lookalike.concept_id, lookalike.region);
  EXPECT_EQ(finding, nullptr) << file << ": look-alike " << lookalike.region << " got a "
                              << lookalike.concept_id << " finding with signals "
                              << (finding ? joined(signals_of(*finding)) : "");
}

// Go: good, bad and other present regions, each with its exact signals.
const std::vector<Expected> k_go_expected = {
    {"go/access_control.go", "access-control", "goodVerify",
     "+algorithm-pinned@15 +constant-time-compare@20 +deny-by-default@17 +signature-verified@13"},
    {"go/access_control.go", "access-control", "badVerify",
     "-hardcoded-secret@29 -jwt-unverified@26 -secret-equality@30 -tls-verification-disabled@27"},
    {"go/backpressure.go", "backpressure", "goodPool",
     "+bounded-capacity@12 +overflow-strategy@17 +parallelism-bound@15 +rate-limited@13 +rate-limited@23"},
    {"go/backpressure.go", "backpressure", "badFanOut", "-spawn-per-item@31"},
    {"go/bench_test.go", "performance-testing", "BenchmarkEncode",
     "+measurement-config@13 +measurement-config@14 +result-consumed@17 +warmup@15"},
    {"go/bench_test.go", "performance-testing", "BenchmarkDecodeByHand", "-hand-timed@27"},
    {"go/deserialisation.go", "deserialisation", "goodDecode",
     "+schema-validated@17 +size-limit@11 +strict-unknown-fields@12"},
    {"go/deserialisation.go", "deserialisation", "badDecode", "-unbounded-body@25"},
    {"go/error_handling.go", "error-handling", "goodLoad",
     "+cleanup-in-finally@19 +error-wrapped@17 +specific-exception@13"},
    {"go/error_handling.go", "error-handling", "badLoad",
     "-exit-in-library@31 -swallowed-error@26 -swallowed-error@28"},
    {"go/error_handling.go", "error-handling", "main", ""},
    {"go/fuzz_test.go", "resilience-testing", "FuzzDecode",
     "+coverage-guided-fuzzing@12 +malicious-input@13 +malicious-input@14"},
    {"go/fuzz_test.go", "resilience-testing", "TestRoundTripProperty",
     "+invalid-input-generator@23 +many-examples@22 +reproducible-seed@22"},
    {"go/fuzz_test.go", "resilience-testing", "TestFilteredProperty",
     "+invalid-input-generator@37 +invalid-input-generator@38 -excessive-filtering@38"},
    {"go/logging.go", "logging", "goodCharge",
     "+exception-attached@15 +level-used@13 +level-used@15 +structured-fields@13 +structured-fields@15"},
    {"go/logging.go", "logging", "badCharge",
     "+parameterised-message@23 -log-in-loop@23 -print-as-logging@25 -sensitive-data-logged@23 "
     "-string-concat-message@21"},
    {"go/messaging.go", "messaging", "goodProducer",
     "+acks-all@13 +delivery-callback@19 +idempotent-producer@14"},
    {"go/messaging.go", "messaging", "goodConsumer", "+commit-after-processing@30"},
    {"go/messaging.go", "messaging", "badConsumer", "-auto-commit@35 -fire-and-forget@36"},
    {"go/reactive.go", "reactive", "goodStage", "+composition@17 +concurrent-await@24 +error-recovery@21"},
    {"go/reactive.go", "reactive", "badHandler", ""},
    {"go/timeouts.go", "timeouts", "goodFetch",
     "+bounded-attempts@17 +deadline-propagated@12 +deadline-propagated@18 +exponential-backoff@24 "
     "+jitter@23 +timeout-set@12 +timeout-set@14"},
    {"go/timeouts.go", "timeouts", "badFetch",
     "+timeout-set@31 -background-context@31 -fixed-delay-retry@39 -missing-timeout@35 -unbounded-retry@34"},
    {"go/tracing.go", "tracing", "", "+latency-histogram@15"},
    {"go/tracing.go", "tracing", "goodTrace",
     "+error-recorded@25 +error-recorded@26 +latency-histogram@28 +span-attributes@21 "
     "+span-ended-in-finally@20"},
    {"go/tracing.go", "tracing", "badTrace",
     "+metric-recorded@36 +span-attributes@35 -span-not-ended@34 -unbounded-label@36"},
    {"go/validation.go", "validation", "", "+declarative-constraints@12 +declarative-constraints@13"},
    {"go/validation.go", "validation", "goodSignup",
     "+length-check@18 +parameterised-sql@26 +range-check@22"},
    {"go/validation.go", "validation", "badLookup",
     "-path-traversal@34 -shell-injection@33 -sql-concatenation@32"},
};

// JavaScript (and the same fixtures annotated as TypeScript and TSX).
const std::vector<Expected> k_js_expected = {
    {"access_control.js", "access-control", "goodAuth",
     "+algorithm-pinned@7 +constant-time-compare@12 +deny-by-default@13 +deny-by-default@9 "
     "+signature-verified@7"},
    {"access_control.js", "access-control", "badAuth",
     "-hardcoded-secret@22 -jwt-unverified@20 -secret-equality@23 -tls-verification-disabled@21"},
    {"backpressure.js", "backpressure", "goodBatch",
     "+parallelism-bound@6 +parallelism-bound@7 +reactive-stream@8"},
    {"backpressure.js", "backpressure", "badBatch", "-spawn-per-item@14 -unbounded-queue@16"},
    {"bench.js", "performance-testing", "goodBench", "+measurement-config@7 +warmup@7"},
    {"bench.js", "performance-testing", "badBench", "-hand-timed@13 -hand-timed@15"},
    {"deserialisation.js", "deserialisation", "goodParse", "+schema-validated@11 +size-limit@9"},
    {"deserialisation.js", "deserialisation", "badParse",
     "-eval-of-data@19 -unbounded-body@17 -unbounded-body@20 -unsafe-yaml@18"},
    {"error_handling.js", "error-handling", "goodLoad",
     "+cleanup-in-finally@13 +error-logged@11 +error-wrapped@12 +specific-exception@8"},
    {"error_handling.js", "error-handling", "badLoad",
     "+cleanup-in-finally@27 -cause-lost@26 -swallowed-error@22 -unhandled-rejection@28"},
    {"load.k6.js", "performance-testing", "",
     "+latency-assertion@11 +load-profile@6 +load-profile@7 +load-profile@8 +measurement-config@7 "
     "+measurement-config@8 +percentiles@11 +throughput-assertion@12"},
    {"logging.js", "logging", "goodCharge",
     "+exception-attached@8 +level-used@6 +level-used@8 +structured-fields@6 +structured-fields@8"},
    {"logging.js", "logging", "badCharge",
     "+level-used@14 +level-used@16 -log-in-loop@16 -print-as-logging@21 -sensitive-data-logged@16 "
     "-string-concat-message@14 -string-interpolation-message@16"},
    {"messaging.js", "messaging", "goodProducer",
     "+acks-all@10 +delivery-callback@10 +idempotent-producer@8"},
    {"messaging.js", "messaging", "goodConsumer", "+commit-after-processing@20 +dead-letter@17"},
    {"messaging.js", "messaging", "badProducer", "-acks-none@27 -auto-ack@26 -fire-and-forget@27"},
    {"property.test.js", "resilience-testing", "goodProperty",
     "+invalid-input-generator@7 +many-examples@8 +reproducible-seed@8"},
    {"property.test.js", "resilience-testing", "goodFault", "+fault-injected@14 +fault-injected@15"},
    {"property.test.js", "resilience-testing", "badProperty",
     "+invalid-input-generator@20 -excessive-filtering@20"},
    {"reactive.js", "reactive", "goodDashboard",
     "+composition@7 +concurrent-await@5 +error-recovery@7 +non-blocking-io@6"},
    {"reactive.js", "reactive", "badDashboard", ""},
    {"timeouts.js", "timeouts", "goodFetch",
     "+bounded-attempts@5 +deadline-propagated@7 +exponential-backoff@10 +jitter@10 +timeout-set@7"},
    {"timeouts.js", "timeouts", "badFetch",
     "-fixed-delay-retry@23 -missing-timeout@18 -missing-timeout@21 -unbounded-retry@19"},
    {"tracing.js", "tracing", "", "+latency-histogram@5"},
    {"tracing.js", "tracing", "goodTrace",
     "+context-propagated@13 +error-recorded@16 +error-recorded@17 +latency-histogram@10 +span-attributes@12 "
     "+span-ended-in-finally@20"},
    {"tracing.js", "tracing", "badTrace",
     "+metric-recorded@29 +span-attributes@28 -span-not-ended@27 -unbounded-label@29"},
    {"validation.js", "validation", "",
     "+allow-list@8 +declarative-constraints@5 +declarative-constraints@6 +declarative-constraints@7 "
     "+pattern-check@6 +range-check@7"},
    {"validation.js", "validation", "goodSignup", "+length-check@14 +parameterised-sql@17"},
    {"validation.js", "validation", "badLookup",
     "-path-traversal@24 -shell-injection@23 -sql-concatenation@22"},
};

const std::vector<Ranked> k_go_ranked = {
    {"go/logging.go", "logging", "goodCharge", "badCharge"},
    {"go/tracing.go", "tracing", "goodTrace", "badTrace"},
    {"go/backpressure.go", "backpressure", "goodPool", "badFanOut"},
    {"go/timeouts.go", "timeouts", "goodFetch", "badFetch"},
    {"go/deserialisation.go", "deserialisation", "goodDecode", "badDecode"},
    {"go/validation.go", "validation", "goodSignup", "badLookup"},
    {"go/error_handling.go", "error-handling", "goodLoad", "badLoad"},
    {"go/messaging.go", "messaging", "goodProducer", "badConsumer"},
    {"go/access_control.go", "access-control", "goodVerify", "badVerify"},
    {"go/bench_test.go", "performance-testing", "BenchmarkEncode", "BenchmarkDecodeByHand"},
    {"go/fuzz_test.go", "resilience-testing", "FuzzDecode", "TestFilteredProperty"},
    {"go/reactive.go", "reactive", "goodStage", "badHandler"},
};

const std::vector<Ranked> k_js_ranked = {
    {"logging.js", "logging", "goodCharge", "badCharge"},
    {"tracing.js", "tracing", "goodTrace", "badTrace"},
    {"backpressure.js", "backpressure", "goodBatch", "badBatch"},
    {"timeouts.js", "timeouts", "goodFetch", "badFetch"},
    {"deserialisation.js", "deserialisation", "goodParse", "badParse"},
    {"validation.js", "validation", "goodSignup", "badLookup"},
    {"error_handling.js", "error-handling", "goodLoad", "badLoad"},
    {"messaging.js", "messaging", "goodProducer", "badProducer"},
    {"access_control.js", "access-control", "goodAuth", "badAuth"},
    {"bench.js", "performance-testing", "goodBench", "badBench"},
    {"property.test.js", "resilience-testing", "goodProperty", "badProperty"},
    {"reactive.js", "reactive", "goodDashboard", "badDashboard"},
};

const std::vector<Lookalike> k_go_lookalikes = {
    {"go/logging.go", "logging", "lookalikeMain"},  // math.Log, fmt.Println of results
    {"go/tracing.go", "tracing", "lookalikeSpan"},  // a variable named span
    {"go/backpressure.go", "backpressure", "lookalikeUnbuffered"},
    {"go/timeouts.go", "timeouts", "lookalikeRetry"},  // "retry" in a comment and a string
    {"go/deserialisation.go", "deserialisation", "lookalikeMarshal"},
    {"go/validation.go", "validation", "lookalikeFormat"},
    {"go/error_handling.go", "error-handling", "lookalikeErrorString"},
    {"go/messaging.go", "messaging", "lookalikeMessage"},
    {"go/access_control.go", "access-control", "lookalikeToken"},
    {"go/bench_test.go", "performance-testing", "TestEncodeRoundTrip"},
    {"go/fuzz_test.go", "resilience-testing", "TestDecodeFixed"},
    {"go/reactive.go", "reactive", "lookalikeSleep"},
};

const std::vector<Lookalike> k_js_lookalikes = {
    {"logging.js", "logging", "lookalikeCli"},   // Math.log, console.log of results
    {"tracing.js", "tracing", "lookalikeSpan"},  // a variable named span
    {"backpressure.js", "backpressure", "lookalikeLimit"},
    {"timeouts.js", "timeouts", "lookalikeRetry"},  // "retry" in a comment and a string
    {"deserialisation.js", "deserialisation", "lookalikeStringify"},
    {"validation.js", "validation", "lookalikeFormat"},
    {"error_handling.js", "error-handling", "lookalikeErrorText"},
    {"messaging.js", "messaging", "lookalikeChat"},
    {"access_control.js", "access-control", "lookalikeTokens"},
    {"bench.js", "performance-testing", "lookalikeTimestamp"},
    {"property.test.js", "resilience-testing", "lookalikeFixed"},
    {"reactive.js", "reactive", "lookalikeSync"},
};

// The JavaScript fixture `file` as the given language's copy ("logging.js" → "tsx/logging.tsx").
std::string js_family_path(const std::string& language, const std::string& file) {
  std::string stem = file.substr(0, file.size() - 3);  // drop ".js"
  if (language == "typescript") return "typescript/" + stem + ".ts";
  if (language == "tsx") return "tsx/" + stem + ".tsx";
  return "javascript/" + file;
}

TEST(PacksGo, RegionsGetExactlyTheirSignals) {
  for (const Expected& expected : k_go_expected) check_expected(expected.file, expected);
}

TEST(PacksGo, GoodScoresAboveBadForEveryConcept) {
  for (const Ranked& ranked : k_go_ranked) check_ranked(ranked.file, ranked);
}

TEST(PacksGo, LookalikesDoNotFire) {
  for (const Lookalike& lookalike : k_go_lookalikes) check_lookalike(lookalike.file, lookalike);
}

TEST(PacksGo, FuncMainMayExitButLibraryCodeMayNot) {
  const FileAnalysis& analysis = analysis_of("go/error_handling.go");
  const Finding* main_finding = finding_in(analysis, "error-handling", "main");
  ASSERT_NE(main_finding, nullptr);
  EXPECT_EQ(joined(signals_of(*main_finding)), "");  // os.Exit(2) in func main is fine
}

class PacksJavaScriptFamily : public testing::TestWithParam<std::string> {};

TEST_P(PacksJavaScriptFamily, RegionsGetExactlyTheirSignals) {
  for (const Expected& expected : k_js_expected)
    check_expected(js_family_path(GetParam(), expected.file), expected);
}

TEST_P(PacksJavaScriptFamily, GoodScoresAboveBadForEveryConcept) {
  for (const Ranked& ranked : k_js_ranked) check_ranked(js_family_path(GetParam(), ranked.file), ranked);
}

TEST_P(PacksJavaScriptFamily, LookalikesDoNotFire) {
  for (const Lookalike& lookalike : k_js_lookalikes)
    check_lookalike(js_family_path(GetParam(), lookalike.file), lookalike);
}

TEST_P(PacksJavaScriptFamily, EachFileIsParsedByItsOwnGrammar) {
  EXPECT_EQ(analysis_of(js_family_path(GetParam(), "logging.js")).language, GetParam());
}

INSTANTIATE_TEST_SUITE_P(Languages, PacksJavaScriptFamily,
                         testing::Values("javascript", "typescript", "tsx"));

// TypeScript only: decorators (class-validator constraints, NestJS guards and roles).
const std::vector<Expected> k_ts_decorators = {
    {"typescript/nest_controller.ts", "access-control", "UsersController",
     "+deny-by-default@14 +role-check@15"},
    {"typescript/nest_controller.ts", "validation", "CreateUserDto",
     "+allow-list@9 +declarative-constraints@6 +declarative-constraints@7 +declarative-constraints@8 "
     "+declarative-constraints@9 +length-check@7 +pattern-check@6 +range-check@8"},
};

TEST(PacksTypeScript, DecoratorsCarryValidationAndAccessControl) {
  for (const Expected& expected : k_ts_decorators) check_expected(expected.file, expected);
  check_lookalike("typescript/nest_controller.ts", {"typescript/nest_controller.ts", "validation", "Point"});
}

}  // namespace
}  // namespace faultline::analyzer
