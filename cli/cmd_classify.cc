// faultline classify [--json] [--concepts DIR]... FILE...
// Findings for files on disk, no database: each file's language is detected (extension,
// then shebang), parsed and scored for every concept covering it. A file in a language
// faultline does not analyse is reported as such (not an error); an unreadable file or one
// that fails to parse makes the exit code 2, after the other files are reported.
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "analyzer/classifier.h"
#include "analyzer/text_file.h"
#include "cli/command.h"

namespace faultline::cli {
namespace {

using nlohmann::json;

struct ClassifyArgs {
  bool json_output = false;
  std::vector<std::string> concept_dirs;
  std::vector<std::string> files;
};

std::string quality_text(double quality) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", quality);
  return buffer;
}

// "path:12-30 logging q=0.80 function OrderService.place +structured-fields(14)"
std::string finding_line(const std::string& path, const analyzer::Finding& finding) {
  std::ostringstream out;
  out << path << ":" << finding.start_line << "-" << finding.end_line << " " << finding.concept_id
      << " q=" << quality_text(finding.quality) << " " << finding.region_kind;
  if (!finding.region_name.empty()) out << " " << finding.region_name;
  for (const analyzer::Signal& signal : finding.signals)
    out << " " << signal.name << "(" << signal.line << ")";
  return out.str();
}

json finding_json(const analyzer::Finding& finding) {
  json signals = json::array();
  for (const analyzer::Signal& signal : finding.signals) {
    signals.push_back({{"name", signal.name}, {"weight", signal.weight}, {"line", signal.line}});
  }
  return {{"concept", finding.concept_id},      {"region_kind", finding.region_kind},
          {"region_name", finding.region_name}, {"start_line", finding.start_line},
          {"end_line", finding.end_line},       {"start_byte", finding.start_byte},
          {"end_byte", finding.end_byte},       {"presence", finding.presence},
          {"quality", finding.quality},         {"signals", signals}};
}

int run_classify(const ClassifyArgs& args) {
  auto concepts = analyzer::load_concepts(args.concept_dirs);
  if (!concepts.ok()) return fail(concepts.error().message());
  analyzer::Classifier classifier(*concepts);
  json report = json::array();
  int exit_code = k_exit_ok;
  for (const std::string& path : args.files) {
    auto source = analyzer::read_text_file(path);
    if (!source.ok()) {
      std::cerr << "faultline: " << source.error().message() << "\n";
      report.push_back({{"path", path}, {"error", source.error().message()}});
      exit_code = k_exit_bad_input;
      continue;
    }
    auto language = analyzer::detect_language(**concepts, path, std::string_view(*source).substr(0, 256));
    if (!language) {
      if (!args.json_output) std::cout << path << ": not analysed (faultline does not know its language)\n";
      report.push_back({{"path", path}, {"language", nullptr}, {"analysed", false}});
      continue;
    }
    auto analysis = classifier.analyze(*language, *source, path);
    if (!analysis.ok()) {
      std::cerr << "faultline: " << analysis.error().message() << "\n";
      report.push_back({{"path", path}, {"language", *language}, {"error", analysis.error().message()}});
      exit_code = k_exit_bad_input;
      continue;
    }
    if (args.json_output) {
      json findings = json::array();
      for (const analyzer::Finding& finding : analysis->findings) findings.push_back(finding_json(finding));
      json covered = json::array();
      for (const analyzer::ConceptTotals& totals : analysis->totals) covered.push_back(totals.concept_id);
      report.push_back({{"path", path},
                        {"language", *language},
                        {"analysed", true},
                        {"regions", analysis->regions},
                        {"concepts_covered", covered},
                        {"findings", findings}});
    } else if (analysis->findings.empty()) {
      std::cout << path << ": no findings (" << *language << ", " << analysis->regions << " regions)\n";
    } else {
      for (const analyzer::Finding& finding : analysis->findings)
        std::cout << finding_line(path, finding) << "\n";
    }
  }
  if (args.json_output) std::cout << report.dump(2) << "\n";
  return exit_code;
}

}  // namespace

Command classify_command() {
  return {"classify", "findings for files on disk, no database", [](CLI::App& sub) -> RunFunction {
            auto args = std::make_shared<ClassifyArgs>();
            sub.add_flag("--json", args->json_output, "a JSON array, one object per file");
            sub.add_option("--concepts", args->concept_dirs, "an extra concept pack folder (repeatable)");
            sub.add_option("files", args->files, "source files")->required();
            return [args] { return run_classify(*args); };
          }};
}

}  // namespace faultline::cli
