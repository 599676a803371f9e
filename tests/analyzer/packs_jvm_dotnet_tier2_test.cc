// The bundled concept packs for C#, Kotlin and Scala (every concept) and for the second tier
// (Rust, Ruby, C, C++, PHP: logging, timeouts, deserialisation, error-handling), run through
// the real analyzer on fixtures written for them (tests/analyzer/fixtures/<language>/):
// - for every <concept>_good and <concept>_bad fixture, the regions that get a finding for the
//   concept are exactly the listed ones, each with exactly the listed signals at their lines;
// - the good fixture's findings score above the bad fixture's;
// - lookalikes.<ext> (Math.Log / math.log, "retry" in a comment and a string, a CLI printing
//   its results, a variable named `span`) gets no finding for any concept;
// - the second-tier languages are covered (not "not covered") for the four concepts.
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

const std::string k_fixture_dir = std::string(FAULTLINE_SOURCE_DIR) + "/tests/analyzer/fixtures/";

std::shared_ptr<const ConceptSet> packs() {
  static const std::shared_ptr<const ConceptSet> concepts = [] {
    auto loaded = load_concepts();
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().message());
    return loaded.ok() ? *loaded : nullptr;
  }();
  return concepts;
}

// The analysis of one fixture (path relative to the fixtures folder), cached per file.
const FileAnalysis& analyse(const std::string& relative) {
  static std::map<std::string, FileAnalysis> cache;
  auto found = cache.find(relative);
  if (found != cache.end()) return found->second;
  FileAnalysis& analysis = cache[relative];
  auto concepts = packs();
  if (!concepts) return analysis;
  std::ifstream in(k_fixture_dir + relative, std::ios::binary);
  EXPECT_TRUE(in) << "missing fixture " << relative;
  std::stringstream text;
  text << in.rdbuf();
  const std::string source = text.str();
  auto language = detect_language(*concepts, relative, source.substr(0, 256));
  EXPECT_TRUE(language.has_value()) << relative << ": language not detected";
  if (!language) return analysis;
  Classifier classifier(concepts);
  auto result = classifier.analyze(*language, source, relative);
  EXPECT_TRUE(result.ok()) << relative << ": " << (result.ok() ? "" : result.error().message());
  if (result.ok()) analysis = std::move(*result);
  return analysis;
}

// "+name@line -other@line", sorted and de-duplicated (a signal fired twice on a line is one).
std::string signal_text(const Finding& finding) {
  std::set<std::string> names;
  for (const Signal& signal : finding.signals) names.insert(signal.name + "@" + std::to_string(signal.line));
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : " ") + name;
  return out;
}

std::string normalise(const std::string& text) {
  std::set<std::string> words;
  std::istringstream in(text);
  std::string word;
  while (in >> word) words.insert(word);
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// One region's expected finding: "<region>:<start line>" and its signals.
struct Expected {
  const char* fixture;
  const char* concept_id;
  const char* region;  // region name, then ':' and the region's first line
  const char* signals;
};

// clang-format off
const std::vector<Expected> k_expected = {
    {"c/deserialisation_bad.c", "deserialisation", "parse_order:3", "-unbounded-body@4"},
    {"c/deserialisation_good.c", "deserialisation", "parse_order:3", "+schema-validated@5 +size-limit@4"},
    {"c/error-handling_bad.c", "error-handling", "save:1", "-exit-in-library@5 -swallowed-error@2 -swallowed-error@3"},
    {"c/error-handling_good.c", "error-handling", "copy:1", "+cleanup-in-finally@6 +error-logged@5"},
    {"c/logging_bad.c", "logging", "open_config:3", "-print-as-logging@6 -print-as-logging@7"},
    {"c/logging_good.c", "logging", "open_config:3", "+exception-attached@6 +level-used@6 +parameterised-message@6"},
    {"c/timeouts_bad.c", "timeouts", "fetch:3", "-fixed-delay-retry@8 -infinite-timeout@5 -unbounded-retry@6"},
    {"c/timeouts_good.c", "timeouts", "fetch:3", "+timeout-set@5 +timeout-set@6"},
    {"cpp/deserialisation_bad.cpp", "deserialisation", "Importer::read:1", "-unsafe-deserializer@2"},
    {"cpp/deserialisation_good.cpp", "deserialisation", "Importer::read:1", "+recursion-limit@5 +size-limit@4"},
    {"cpp/error-handling_bad.cpp", "error-handling", "Repository::load:1", "-catch-all@4 -exit-in-library@6 -swallowed-error@4"},
    {"cpp/error-handling_good.cpp", "error-handling", "Repository::load:1", "+error-logged@5 +error-wrapped@6 +specific-exception@4"},
    {"cpp/logging_bad.cpp", "logging", "OrderService::place:1", "+level-used@2 -string-concat-message@2"},
    {"cpp/logging_bad.cpp", "logging", "OrderService::fail:5", "-print-as-logging@6"},
    {"cpp/logging_good.cpp", "logging", "OrderService::place:1", "+level-used@2 +parameterised-message@2"},
    {"cpp/logging_good.cpp", "logging", "OrderService::fail:5", "+level-used@6 +parameterised-message@6"},
    {"cpp/timeouts_bad.cpp", "timeouts", "Client::fetch:1", "-fixed-delay-retry@5 -infinite-timeout@2 -unbounded-retry@3"},
    {"cpp/timeouts_good.cpp", "timeouts", "Client::stock:1", "+deadline-propagated@3"},
    {"cpp/timeouts_good.cpp", "timeouts", "Client::fetch:7", "+timeout-set@8"},
    {"csharp/access-control_bad.cs", "access-control", "AdminController:1", "-hardcoded-secret@3"},
    {"csharp/access-control_bad.cs", "access-control", "AdminController.Check:5", "-secret-equality@7"},
    {"csharp/access-control_bad.cs", "access-control", "AdminController.Client:10", "-tls-verification-disabled@13"},
    {"csharp/access-control_bad.cs", "access-control", "AdminController.Hash:17", "-weak-hash@19"},
    {"csharp/access-control_good.cs", "access-control", "AdminController.Delete:3", "+role-check@3"},
    {"csharp/access-control_good.cs", "access-control", "AdminController.CheckSignature:9", "+constant-time-compare@11"},
    {"csharp/access-control_good.cs", "access-control", "AdminController.Parameters:14", "+algorithm-pinned@19 +signature-verified@18"},
    {"csharp/backpressure_bad.cs", "backpressure", "Pipeline.Create:3", "-unbounded-queue@5"},
    {"csharp/backpressure_bad.cs", "backpressure", "Pipeline.Drain:8", "-spawn-per-item@12"},
    {"csharp/backpressure_good.cs", "backpressure", "Pipeline.Create:3", "+bounded-capacity@5 +overflow-strategy@7"},
    {"csharp/backpressure_good.cs", "backpressure", "Pipeline.Drain:11", "+parallelism-bound@13"},
    {"csharp/deserialisation_bad.cs", "deserialisation", "Importer.Read:3", "-unsafe-deserializer@5"},
    {"csharp/deserialisation_bad.cs", "deserialisation", "Importer.Json:9", "-default-typing@11"},
    {"csharp/deserialisation_good.cs", "deserialisation", "Importer.Read:3", "+recursion-limit@7 +schema-validated@11 +strict-unknown-fields@8"},
    {"csharp/deserialisation_good.cs", "deserialisation", "Importer.Xml:15", "+size-limit@17 +xxe-protection@17"},
    {"csharp/error-handling_bad.cs", "error-handling", "Repository.Load:3", "-catch-all@9 -swallowed-error@9"},
    {"csharp/error-handling_bad.cs", "error-handling", "Repository.Save:15", "+specific-exception@21 -cause-lost@23"},
    {"csharp/error-handling_good.cs", "error-handling", "Repository.Load:3", "+cleanup-in-finally@14 +error-logged@11 +error-wrapped@12 +specific-exception@9"},
    {"csharp/logging_bad.cs", "logging", "OrderService.Place:3", "+level-used@5 +level-used@6 -string-concat-message@5 -string-interpolation-message@6"},
    {"csharp/logging_bad.cs", "logging", "OrderService.Fail:9", "+level-used@15 -exception-message-only@15 -print-as-logging@14 -print-stack-trace@14"},
    {"csharp/logging_bad.cs", "logging", "OrderService.Batch:19", "-print-as-logging@23"},
    {"csharp/logging_good.cs", "logging", "OrderService.Place:3", "+level-used@7 +parameterised-message@7 +structured-fields@5"},
    {"csharp/logging_good.cs", "logging", "OrderService.Fail:11", "+exception-attached@13 +level-used@13 +parameterised-message@13"},
    {"csharp/messaging_bad.cs", "messaging", "Publisher.Publish:3", "-acks-none@5 -fire-and-forget@7"},
    {"csharp/messaging_bad.cs", "messaging", "Publisher.Consume:10", "-auto-ack@13 -auto-commit@12"},
    {"csharp/messaging_good.cs", "messaging", "Publisher.Publish:3", "+acks-all@8 +delivery-callback@12 +idempotent-producer@9"},
    {"csharp/messaging_good.cs", "messaging", "Publisher.Consume:15", "+commit-after-processing@19"},
    {"csharp/performance-testing_bad.cs", "performance-testing", "SerializerBenchmarks.Serialize:3", "-hand-timed@6"},
    {"csharp/performance-testing_good.cs", "performance-testing", "SerializerBenchmarks:1", "+measurement-config@1 +warmup@1"},
    {"csharp/performance-testing_good.cs", "performance-testing", "SerializerBenchmarks.Serialize:5", "+result-consumed@5"},
    {"csharp/reactive_bad.cs", "reactive", "Dashboard.Load:3", "-blocking-get@5 -dangling-task@8 -sleep-in-async@6 -sync-io-in-async@7"},
    {"csharp/reactive_good.cs", "reactive", "Dashboard.Load:3", "+concurrent-await@7 +non-blocking-io@8"},
    {"csharp/resilience-testing_bad.cs", "resilience-testing", "ParserProperties.Positive:3", "-excessive-filtering@6"},
    {"csharp/resilience-testing_good.cs", "resilience-testing", "ParserProperties.NeverThrows:3", "+invalid-input-generator@6 +many-examples@3 +reproducible-seed@3"},
    {"csharp/resilience-testing_good.cs", "resilience-testing", "ParserProperties.RejectsMaliciousInput:9", "+invalid-input-generator@12 +malicious-input@12"},
    {"csharp/timeouts_bad.cs", "timeouts", "InventoryClient.Stock:3", "-fixed-delay-retry@13 -missing-timeout@9 -unbounded-retry@5"},
    {"csharp/timeouts_bad.cs", "timeouts", "InventoryClient.Configure:18", "-background-context@21 -infinite-timeout@20"},
    {"csharp/timeouts_good.cs", "timeouts", "InventoryClient.InventoryClient:3", "+bounded-attempts@6 +circuit-breaker@8 +exponential-backoff@7 +jitter@7 +retry-policy@6 +timeout-set@5"},
    {"csharp/timeouts_good.cs", "timeouts", "InventoryClient.Stock:11", "+deadline-propagated@13"},
    {"csharp/tracing_bad.cs", "tracing", "Checkout.Run:3", "+metric-recorded@7 -span-not-ended@5 -unbounded-label@7"},
    {"csharp/tracing_good.cs", "tracing", "Checkout:1", "+latency-histogram@4"},
    {"csharp/tracing_good.cs", "tracing", "Checkout.Run:6", "+error-recorded@16 +latency-histogram@19 +span-attributes@9 +span-ended-in-finally@8"},
    {"csharp/validation_bad.cs", "validation", "TransferController.Post:3", "-path-traversal@7 -shell-injection@6 -sql-concatenation@5"},
    {"csharp/validation_good.cs", "validation", "TransferRequest:1", "+declarative-constraints@3 +declarative-constraints@4 +declarative-constraints@7 +length-check@4 +range-check@7"},
    {"csharp/validation_good.cs", "validation", "TransferController.Post:15", "+allow-list@17 +parameterised-sql@20 +range-check@18"},
    {"kotlin/access-control_bad.kt", "access-control", "AdminController:1", "-hardcoded-secret@2"},
    {"kotlin/access-control_bad.kt", "access-control", "AdminController.check:4", "-secret-equality@5"},
    {"kotlin/access-control_bad.kt", "access-control", "AdminController.claims:8", "-jwt-unverified@8"},
    {"kotlin/access-control_bad.kt", "access-control", "AdminController.client:10", "-tls-verification-disabled@10"},
    {"kotlin/access-control_bad.kt", "access-control", "AdminController.hash:12", "-weak-hash@12"},
    {"kotlin/access-control_good.kt", "access-control", "AdminController.delete:2", "+role-check@2"},
    {"kotlin/access-control_good.kt", "access-control", "AdminController.verify:7", "+algorithm-pinned@8 +signature-verified@8"},
    {"kotlin/access-control_good.kt", "access-control", "AdminController.checkSignature:11", "+constant-time-compare@11"},
    {"kotlin/backpressure_bad.kt", "backpressure", "Pipeline.jobs:2", "-unbounded-queue@2"},
    {"kotlin/backpressure_bad.kt", "backpressure", "Pipeline.drain:4", "-spawn-per-item@7 -unbounded-pool@5"},
    {"kotlin/backpressure_good.kt", "backpressure", "Pipeline.jobs:2", "+bounded-capacity@2 +overflow-strategy@2"},
    {"kotlin/backpressure_good.kt", "backpressure", "Pipeline.drain:4", "+parallelism-bound@5 +parallelism-bound@6"},
    {"kotlin/deserialisation_bad.kt", "deserialisation", "Importer.read:2", "-unsafe-deserializer@3"},
    {"kotlin/deserialisation_bad.kt", "deserialisation", "Importer.config:7", "-default-typing@9 -unsafe-yaml@10"},
    {"kotlin/deserialisation_good.kt", "deserialisation", "Importer.read:5", "+recursion-limit@6 +schema-validated@7 +size-limit@6"},
    {"kotlin/deserialisation_good.kt", "deserialisation", "Importer.config:10", "+safe-loader@10 +size-limit@10"},
    {"kotlin/error-handling_bad.kt", "error-handling", "Repository.load:2", "-catch-all@5 -swallowed-error@5"},
    {"kotlin/error-handling_bad.kt", "error-handling", "Repository.save:10", "+specific-exception@13 -cause-lost@14"},
    {"kotlin/error-handling_good.kt", "error-handling", "Repository.load:2", "+cleanup-in-finally@8 +error-logged@6 +error-wrapped@7 +specific-exception@5"},
    {"kotlin/logging_bad.kt", "logging", "OrderService.place:2", "+level-used@3 +level-used@4 -string-concat-message@3 -string-interpolation-message@4"},
    {"kotlin/logging_bad.kt", "logging", "OrderService.fail:7", "+level-used@12 -exception-message-only@12 -print-stack-trace@11"},
    {"kotlin/logging_bad.kt", "logging", "OrderService.batch:16", "-print-as-logging@18"},
    {"kotlin/logging_good.kt", "logging", "OrderService.place:2", "+level-used@4 +parameterised-message@4 +structured-fields@3"},
    {"kotlin/logging_good.kt", "logging", "OrderService.fail:7", "+exception-attached@8 +level-used@8 +parameterised-message@8"},
    {"kotlin/messaging_bad.kt", "messaging", "Publisher.producer:2", "-acks-none@4"},
    {"kotlin/messaging_bad.kt", "messaging", "Publisher.publish:8", "-fire-and-forget@9"},
    {"kotlin/messaging_bad.kt", "messaging", "Publisher.consumer:12", "-auto-commit@13"},
    {"kotlin/messaging_good.kt", "messaging", "Publisher.producer:2", "+acks-all@4 +idempotent-producer@5"},
    {"kotlin/messaging_good.kt", "messaging", "Publisher.publish:9", "+delivery-callback@10"},
    {"kotlin/messaging_good.kt", "messaging", "Publisher.consume:13", "+commit-after-processing@16"},
    {"kotlin/performance-testing_bad.kt", "performance-testing", "SerializerBenchmark.serialize:2", "-hand-timed@4"},
    {"kotlin/performance-testing_good.kt", "performance-testing", "SerializerBenchmark:1", "+measurement-config@3 +warmup@2"},
    {"kotlin/performance-testing_good.kt", "performance-testing", "SerializerBenchmark.serialize:5", "+result-consumed@6 +result-consumed@7"},
    {"kotlin/reactive_bad.kt", "reactive", "Dashboard.load:2", "-blocking-get@3 -dangling-task@6 -sleep-in-async@4 -sync-io-in-async@5"},
    {"kotlin/reactive_good.kt", "reactive", "Dashboard.load:2", "+concurrent-await@5"},
    {"kotlin/reactive_good.kt", "reactive", "Dashboard.updates:9", "+composition@10 +error-recovery@10"},
    {"kotlin/resilience-testing_bad.kt", "resilience-testing", "ParserProperties:1", "+invalid-input-generator@3 -excessive-filtering@3"},
    {"kotlin/resilience-testing_good.kt", "resilience-testing", "ParserProperties:1", "+invalid-input-generator@3 +invalid-input-generator@9 +malicious-input@9 +many-examples@3 +reproducible-seed@3"},
    {"kotlin/timeouts_bad.kt", "timeouts", "InventoryClient.stock:2", "-fixed-delay-retry@7 -missing-timeout@5 -unbounded-retry@3"},
    {"kotlin/timeouts_bad.kt", "timeouts", "InventoryClient.client:12", "-infinite-timeout@12"},
    {"kotlin/timeouts_good.kt", "timeouts", "InventoryClient:1", "+bounded-attempts@7 +exponential-backoff@9 +jitter@9 +retry-policy@7 +timeout-set@2"},
    {"kotlin/timeouts_good.kt", "timeouts", "InventoryClient.stock:12", "+timeout-set@12"},
    {"kotlin/tracing_bad.kt", "tracing", "Checkout.run:2", "+metric-recorded@5 -span-not-ended@3 -unbounded-label@5"},
    {"kotlin/tracing_good.kt", "tracing", "Checkout.run:2", "+error-recorded@8 +error-recorded@9 +span-attributes@5 +span-ended-in-finally@12"},
    {"kotlin/tracing_good.kt", "tracing", "Checkout.timed:16", "+latency-histogram@17"},
    {"kotlin/validation_bad.kt", "validation", "TransferController.post:2", "-path-traversal@5 -shell-injection@4 -sql-concatenation@3"},
    {"kotlin/validation_good.kt", "validation", "TransferRequest:1", "+declarative-constraints@2 +declarative-constraints@3 +length-check@2 +range-check@3"},
    {"kotlin/validation_good.kt", "validation", "TransferController.post:7", "+allow-list@8 +declarative-constraints@7 +parameterised-sql@10 +range-check@9"},
    {"php/deserialisation_bad.php", "deserialisation", "Importer.session:4", "-unbounded-body@6 -unsafe-deserializer@7"},
    {"php/deserialisation_good.php", "deserialisation", "Importer.read:4", "+recursion-limit@6 +strict-unknown-fields@6"},
    {"php/deserialisation_good.php", "deserialisation", "Importer.cached:9", "+type-allowlist@11"},
    {"php/error-handling_bad.php", "error-handling", "Repository.load:4", "-catch-all@8 -swallowed-error@8"},
    {"php/error-handling_bad.php", "error-handling", "Repository.save:13", "+specific-exception@17 -cause-lost@18"},
    {"php/error-handling_good.php", "error-handling", "Repository.load:4", "+cleanup-in-finally@11 +error-logged@9 +error-wrapped@10 +specific-exception@8"},
    {"php/logging_bad.php", "logging", "OrderService.place:4", "+level-used@6 +level-used@7 -string-concat-message@7 -string-interpolation-message@6"},
    {"php/logging_bad.php", "logging", "OrderService.fail:10", "-print-as-logging@12"},
    {"php/logging_good.php", "logging", "OrderService.place:4", "+level-used@6 +parameterised-message@6 +structured-fields@6"},
    {"php/logging_good.php", "logging", "OrderService.fail:9", "+exception-attached@11 +level-used@11 +parameterised-message@11 +structured-fields@11"},
    {"php/timeouts_bad.php", "timeouts", "InventoryClient.stock:4", "-fixed-delay-retry@10 -missing-timeout@8 -unbounded-retry@6"},
    {"php/timeouts_good.php", "timeouts", "InventoryClient.client:4", "+timeout-set@6"},
    {"ruby/deserialisation_bad.rb", "deserialisation", "Importer.config:2", "-unsafe-yaml@3"},
    {"ruby/deserialisation_bad.rb", "deserialisation", "Importer.session:6", "-unsafe-deserializer@7"},
    {"ruby/deserialisation_good.rb", "deserialisation", "Importer.config:2", "+safe-loader@3 +type-allowlist@3"},
    {"ruby/deserialisation_good.rb", "deserialisation", "Importer.order:6", "+recursion-limit@7"},
    {"ruby/error-handling_bad.rb", "error-handling", "Repository.load:2", "-catch-all@4 -swallowed-error@4"},
    {"ruby/error-handling_bad.rb", "error-handling", "Repository.save:7", "-swallowed-error@8"},
    {"ruby/error-handling_good.rb", "error-handling", "Repository.load:2", "+cleanup-in-finally@7 +error-logged@5 +error-wrapped@6 +specific-exception@4"},
    {"ruby/logging_bad.rb", "logging", "OrderService.place:2", "+level-used@3 -string-interpolation-message@3"},
    {"ruby/logging_bad.rb", "logging", "OrderService.fail:6", "-print-as-logging@9 -print-stack-trace@10"},
    {"ruby/logging_good.rb", "logging", "OrderService.place:2", "+level-used@3 +structured-fields@3"},
    {"ruby/logging_good.rb", "logging", "OrderService.fail:6", "+exception-attached@7 +level-used@7 +parameterised-message@7 +structured-fields@7"},
    {"ruby/timeouts_bad.rb", "timeouts", "InventoryClient.stock:2", "-fixed-delay-retry@5 -missing-timeout@3 -unbounded-retry@6"},
    {"ruby/timeouts_good.rb", "timeouts", "InventoryClient.stock:2", "+timeout-set@3"},
    {"ruby/timeouts_good.rb", "timeouts", "InventoryClient.with_retries:8", "+bounded-attempts@9 +jitter@9 +retry-policy@9"},
    {"rust/deserialisation_bad.rs", "deserialisation", "read:1", "-unbounded-body@3 -unbounded-body@4"},
    {"rust/deserialisation_good.rs", "deserialisation", "read:7", "+schema-validated@9 +size-limit@8"},
    {"rust/error-handling_bad.rs", "error-handling", "load:1", "-cause-lost@6 -exit-in-library@2 -exit-in-library@6 -swallowed-error@3"},
    {"rust/error-handling_good.rs", "error-handling", "load:1", "+error-logged@5 +error-propagated@2 +error-wrapped@2"},
    {"rust/logging_bad.rs", "logging", "place:1", "+level-used@2 +parameterised-message@2 -string-interpolation-message@2"},
    {"rust/logging_bad.rs", "logging", "fail:5", "-print-as-logging@6"},
    {"rust/logging_good.rs", "logging", "place:1", "+level-used@2 +structured-fields@2"},
    {"rust/logging_good.rs", "logging", "fail:5", "+exception-attached@6 +level-used@6 +parameterised-message@6"},
    {"rust/timeouts_bad.rs", "timeouts", "stock:1", "-fixed-delay-retry@7 -missing-timeout@3 -unbounded-retry@2"},
    {"rust/timeouts_good.rs", "timeouts", "client:1", "+timeout-set@2"},
    {"rust/timeouts_good.rs", "timeouts", "stock:8", "+bounded-attempts@9 +exponential-backoff@9 +jitter@9 +retry-policy@10 +retry-policy@9"},
    {"scala/access-control_bad.scala", "access-control", "AdminRoutes:1", "-hardcoded-secret@2"},
    {"scala/access-control_bad.scala", "access-control", "AdminRoutes.check:4", "-secret-equality@5"},
    {"scala/access-control_bad.scala", "access-control", "AdminRoutes.claims:8", "-jwt-unverified@8"},
    {"scala/access-control_bad.scala", "access-control", "AdminRoutes.hash:10", "-weak-hash@10"},
    {"scala/access-control_good.scala", "access-control", "AdminRoutes.delete:2", "+role-check@3"},
    {"scala/access-control_good.scala", "access-control", "AdminRoutes.claims:7", "+algorithm-pinned@7 +signature-verified@7"},
    {"scala/access-control_good.scala", "access-control", "AdminRoutes.checkSignature:9", "+constant-time-compare@9"},
    {"scala/backpressure_bad.scala", "backpressure", "Pipeline:1", "-unbounded-pool@2 -unbounded-queue@3"},
    {"scala/backpressure_bad.scala", "backpressure", "Pipeline.drain:5", "-spawn-per-item@7"},
    {"scala/backpressure_good.scala", "backpressure", "Pipeline.jobs:2", "+bounded-capacity@3 +overflow-strategy@3 +parallelism-bound@3 +rate-limited@3 +reactive-stream@3"},
    {"scala/deserialisation_bad.scala", "deserialisation", "Importer.read:2", "-unsafe-deserializer@3"},
    {"scala/deserialisation_bad.scala", "deserialisation", "Importer.config:7", "-default-typing@9 -unsafe-yaml@10"},
    {"scala/deserialisation_good.scala", "deserialisation", "Importer.read:6", "+recursion-limit@7 +schema-validated@8 +size-limit@7"},
    {"scala/deserialisation_good.scala", "deserialisation", "Importer.config:11", "+safe-loader@11"},
    {"scala/error-handling_bad.scala", "error-handling", "Repository.load:2", "-catch-all@5 -swallowed-error@5"},
    {"scala/error-handling_bad.scala", "error-handling", "Repository.save:9", "+specific-exception@12 -cause-lost@12"},
    {"scala/error-handling_good.scala", "error-handling", "Repository.load:2", "+cleanup-in-finally@8 +error-logged@6 +specific-exception@5"},
    {"scala/error-handling_good.scala", "error-handling", "Repository.supervised:13", "+supervisor-backoff@14"},
    {"scala/logging_bad.scala", "logging", "OrderService.place:2", "+level-used@3 +level-used@4 -string-concat-message@3 -string-interpolation-message@4"},
    {"scala/logging_bad.scala", "logging", "OrderService.fail:7", "+level-used@12 -exception-message-only@12 -print-stack-trace@11"},
    {"scala/logging_bad.scala", "logging", "OrderService.batch:16", "-print-as-logging@18"},
    {"scala/logging_good.scala", "logging", "OrderService.place:2", "+level-used@4 +parameterised-message@4 +structured-fields@3"},
    {"scala/logging_good.scala", "logging", "OrderService.fail:7", "+exception-attached@8 +level-used@8 +level-used@9 +parameterised-message@9"},
    {"scala/messaging_bad.scala", "messaging", "Publisher.producer:2", "-acks-none@4"},
    {"scala/messaging_bad.scala", "messaging", "Publisher.publish:8", "-fire-and-forget@9"},
    {"scala/messaging_bad.scala", "messaging", "Publisher.consumer:12", "-auto-commit@13"},
    {"scala/messaging_good.scala", "messaging", "Publisher.producer:2", "+acks-all@4 +idempotent-producer@5"},
    {"scala/messaging_good.scala", "messaging", "Publisher.consume:9", "+commit-after-processing@12"},
    {"scala/performance-testing_bad.scala", "performance-testing", "CheckoutBenchmark.checkout:2", "-hand-timed@4 -hand-timed@6"},
    {"scala/performance-testing_good.scala", "performance-testing", "CheckoutSimulation:1", "+latency-assertion@5 +load-profile@4 +percentiles@5 +throughput-assertion@5"},
    {"scala/reactive_bad.scala", "reactive", "Dashboard.load:2", "-blocking-get@3"},
    {"scala/reactive_bad.scala", "reactive", "Dashboard.refresh:7", "-sleep-in-async@8 -sync-io-in-async@9"},
    {"scala/reactive_good.scala", "reactive", "Dashboard.load:2", "+composition@5 +concurrent-await@5 +error-recovery@5"},
    {"scala/resilience-testing_bad.scala", "resilience-testing", "ParserSpec:1", "-excessive-filtering@3"},
    {"scala/resilience-testing_good.scala", "resilience-testing", "ParserSpec:1", "+invalid-input-generator@9 +malicious-input@9 +many-examples@2"},
    {"scala/timeouts_bad.scala", "timeouts", "InventoryClient.stock:2", "-fixed-delay-retry@7 -missing-timeout@5 -unbounded-retry@3"},
    {"scala/timeouts_bad.scala", "timeouts", "InventoryClient.wait:13", "-infinite-timeout@13"},
    {"scala/timeouts_good.scala", "timeouts", "InventoryClient:1", "+timeout-set@2"},
    {"scala/timeouts_good.scala", "timeouts", "InventoryClient.stream:6", "+bounded-attempts@7 +exponential-backoff@7 +jitter@7 +retry-policy@7"},
    {"scala/tracing_bad.scala", "tracing", "Checkout.run:2", "+metric-recorded@5 -span-not-ended@3 -unbounded-label@5"},
    {"scala/tracing_good.scala", "tracing", "Checkout.run:2", "+error-recorded@9 +span-attributes@5 +span-ended-in-finally@12"},
    {"scala/tracing_good.scala", "tracing", "Checkout.timed:16", "+latency-histogram@17"},
    {"scala/validation_bad.scala", "validation", "TransferRoutes.post:2", "-path-traversal@5 -shell-injection@4 -sql-concatenation@3"},
    {"scala/validation_good.scala", "validation", "TransferRoutes.post:4", "+allow-list@5 +length-check@7 +parameterised-sql@8 +range-check@6"},
};
// clang-format on

std::map<std::string, std::string> actual_regions(const std::string& fixture, const std::string& concept_id) {
  std::map<std::string, std::string> out;
  for (const Finding& finding : analyse(fixture).findings) {
    if (finding.concept_id != concept_id || !finding.presence) continue;
    out[finding.region_name + ":" + std::to_string(finding.start_line)] = signal_text(finding);
  }
  return out;
}

double mean_quality(const std::string& fixture, const std::string& concept_id) {
  double sum = 0;
  int count = 0;
  for (const Finding& finding : analyse(fixture).findings) {
    if (finding.concept_id != concept_id || !finding.presence) continue;
    sum += finding.quality;
    ++count;
  }
  return count == 0 ? -1 : sum / count;
}

TEST(PacksJvmDotnetTier2, FixtureFindingsAreExactlyTheListedRegionsAndSignals) {
  std::map<std::pair<std::string, std::string>, std::map<std::string, std::string>> wanted;
  for (const Expected& e : k_expected) wanted[{e.fixture, e.concept_id}][e.region] = normalise(e.signals);
  for (const auto& [key, regions] : wanted) {
    EXPECT_EQ(actual_regions(key.first, key.second), regions) << key.first << " " << key.second;
  }
}

TEST(PacksJvmDotnetTier2, GoodFixtureScoresAboveBadFixture) {
  std::set<std::pair<std::string, std::string>> pairs;  // (language folder + concept, extension)
  for (const Expected& e : k_expected) {
    const std::string fixture = e.fixture;
    const auto cut = fixture.find("_good.");
    if (cut == std::string::npos) continue;
    pairs.insert({fixture.substr(0, cut), fixture.substr(cut + 6)});
  }
  ASSERT_GE(pairs.size(), 12u * 3 + 4u * 5);
  for (const auto& [stem, extension] : pairs) {
    const std::string concept_id = stem.substr(stem.find('/') + 1);
    const double good = mean_quality(stem + "_good." + extension, concept_id);
    const double bad = mean_quality(stem + "_bad." + extension, concept_id);
    EXPECT_GE(bad, 0) << stem << ": the bad fixture must have a finding too (an unsafe use is present)";
    EXPECT_GT(good, bad) << stem << "_good scores " << good << ", _bad " << bad;
  }
}

TEST(PacksJvmDotnetTier2, LookAlikesGetNoFinding) {
  for (const char* fixture : {"csharp/lookalikes.cs", "kotlin/lookalikes.kt", "scala/lookalikes.scala"}) {
    const FileAnalysis& analysis = analyse(fixture);
    for (const Finding& finding : analysis.findings) {
      ADD_FAILURE() << fixture << ": unexpected " << finding.concept_id << " finding at line "
                    << finding.start_line << " (" << signal_text(finding) << ")";
    }
    EXPECT_GE(analysis.totals.size(), 12u) << fixture << ": every concept covers the language";
  }
}

TEST(PacksJvmDotnetTier2, SecondTierLanguagesAreCoveredForFourConcepts) {
  const std::set<std::string> required = {"deserialisation", "error-handling", "logging", "timeouts"};
  for (const char* fixture : {"rust/logging_good.rs", "ruby/logging_good.rb", "c/logging_good.c",
                              "cpp/logging_good.cpp", "php/logging_good.php"}) {
    std::set<std::string> covered;
    for (const ConceptTotals& totals : analyse(fixture).totals) covered.insert(totals.concept_id);
    for (const std::string& concept_id : required) {
      EXPECT_TRUE(covered.count(concept_id)) << fixture << " is not covered for " << concept_id;
    }
  }
}

}  // namespace
}  // namespace faultline::analyzer
