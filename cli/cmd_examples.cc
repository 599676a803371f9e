// faultline examples: the organisation's best (or worst) examples of a concept.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "ingest/git_handles.h"
#include "review/example_finder.h"

namespace faultline::cli {
namespace {

struct ExamplesArguments {
  std::string db_path;
  review::ExampleQuery query;
  bool json = false;
};

int run_examples(const ExamplesArguments& args) {
  ingest::GitLibrary git;
  auto db = store::Database::open(args.db_path, /*read_only=*/true);
  if (!db.ok()) return fail(db.error().message());
  auto examples = review::find_examples(*db, args.query);
  if (!examples.ok()) return fail(examples.error().message());
  if (args.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& example : *examples) {
      nlohmann::json authors = nlohmann::json::array();
      for (const auto& author : example.authors)
        authors.push_back({{"name", author.name}, {"email", author.email}, {"lines", author.lines}});
      out.push_back({{"repo", example.repo},
                     {"path", example.path},
                     {"region", example.region},
                     {"start_line", example.start_line},
                     {"end_line", example.end_line},
                     {"quality", example.quality},
                     {"signals", nlohmann::json::parse(example.signals_json, nullptr, false)},
                     {"snippet", example.snippet},
                     {"link", example.link},
                     {"services", example.services},
                     {"incidents_per_day", example.incidents_per_day},
                     {"authors", authors}});
    }
    std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return k_exit_ok;
  }
  if (examples->empty()) {
    std::cout << "no examples of " << args.query.concept_id
              << " in the scanned heads (run faultline scan first?)\n";
    return k_exit_ok;
  }
  for (const auto& example : *examples) {
    std::cout << example.repo << "/" << example.path << ":" << example.start_line << "-" << example.end_line
              << "  " << example.region << "  quality " << example.quality;
    if (!example.services.empty()) {
      std::cout << "  service";
      for (const auto& service : example.services) std::cout << " " << service;
      std::cout << " (" << example.incidents_per_day << " incidents/day)";
    }
    std::cout << "\n";
    auto signals = nlohmann::json::parse(example.signals_json, nullptr, false);
    if (signals.is_array() && !signals.empty()) {
      std::cout << "  signals:";
      for (const auto& signal : signals)
        std::cout << " " << signal.value("name", "") << "(" << signal.value("line", 0) << ")";
      std::cout << "\n";
    }
    if (!example.link.empty()) std::cout << "  " << example.link << "\n";
    if (!example.authors.empty()) {
      std::cout << "  ask:";
      for (const auto& author : example.authors)
        std::cout << " " << author.name << " <" << author.email << "> (" << author.lines << " lines)";
      std::cout << "\n";
    }
    for (size_t i = 0; i < example.snippet.size(); ++i)
      std::cout << "  " << example.start_line + static_cast<int64_t>(i) << " | " << example.snippet[i]
                << "\n";
    std::cout << "\n";
  }
  return k_exit_ok;
}

}  // namespace

Command examples_command() {
  return {"examples",
          "The organisation's best (or worst) examples of a concept, with snippets, links and authors",
          [](CLI::App& sub) -> RunFunction {
            auto args = std::make_shared<ExamplesArguments>();
            add_db_option(sub, args->db_path);
            sub.add_option("CONCEPT", args->query.concept_id, "Concept id, e.g. logging")->required();
            sub.add_flag("--worst", args->query.worst, "The worst examples instead of the best");
            sub.add_option("--limit", args->query.limit, "How many (default 10)")->check(CLI::Range(1, 1000));
            sub.add_option("--cache", args->query.cache_dir, "Where scan mirrors remote repositories");
            sub.add_flag("--json", args->json, "Machine-readable output");
            return [args] { return run_examples(*args); };
          }};
}

}  // namespace faultline::cli
