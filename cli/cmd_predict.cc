// faultline predict: the risk of a change between two refs, before it merges.
#include <iostream>

#include "cli/command.h"
#include "ingest/git_handles.h"
#include "review/change_review.h"
#include "review/review_format.h"
#include "store/database.h"

namespace faultline::cli {
namespace {

struct PredictArguments {
  std::string db_path;
  std::string repo;
  std::string base;
  std::string head;
  std::string format = "text";
  std::string cache_dir;
  std::vector<std::string> concept_dirs;
  std::optional<double> fail_over;
};

int run_predict(const PredictArguments& args) {
  ingest::GitLibrary git;
  auto db = store::Database::open(args.db_path, /*read_only=*/true);
  if (!db.ok()) return fail(db.error().message());
  auto concepts = analyzer::load_concepts(args.concept_dirs);
  if (!concepts.ok()) return fail(concepts.error().message());
  auto review = review::review_change(*db, *concepts, {args.repo, args.base, args.head, args.cache_dir});
  if (!review.ok()) return fail(review.error().message());
  auto dump = [](const nlohmann::json& json) {
    return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  if (args.format == "json")
    std::cout << dump(review::review_json(*review)) << "\n";
  else if (args.format == "markdown")
    std::cout << review::review_markdown(*review);
  else if (args.format == "sarif")
    std::cout << dump(review::review_sarif(*review)) << "\n";
  else
    std::cout << review::review_text(*review);
  if (args.fail_over && review->max_rate_change_percent &&
      *review->max_rate_change_percent > *args.fail_over) {
    std::cerr << "faultline: predicted incident rate rises by " << *review->max_rate_change_percent
              << "% (over " << *args.fail_over << "%)\n";
    return k_exit_check_failed;
  }
  return k_exit_ok;
}

}  // namespace

Command predict_command() {
  return {
      "predict", "Predict the change in incident rate, severity and time to resolve of a change (base..head)",
      [](CLI::App& sub) -> RunFunction {
        auto args = std::make_shared<PredictArguments>();
        add_db_option(sub, args->db_path);
        sub.add_option("--repo", args->repo, "Local clone, or the name of a scanned repository")->required();
        sub.add_option("--base", args->base, "Base revision (e.g. main)")->required();
        sub.add_option("--head", args->head, "Head revision (e.g. my-branch)")->required();
        sub.add_option("--format", args->format, "text, json, markdown or sarif")
            ->check(CLI::IsMember({"text", "json", "markdown", "sarif"}));
        sub.add_option("--fail-over", args->fail_over,
                       "Exit 1 when the predicted incident rate rises by more than X percent");
        sub.add_option("--cache", args->cache_dir, "Where scan mirrors remote repositories");
        sub.add_option("--concepts", args->concept_dirs, "Extra concept pack directory (repeatable)");
        return [args] { return run_predict(*args); };
      }};
}

}  // namespace faultline::cli
