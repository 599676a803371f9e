// find_examples: the organisation's best (or worst) examples of a concept, for people to
// learn from or to fix.
//
// Candidates are the present findings of the concept in the repositories' head trees, taken
// in quality order (store/example_queries.h), several times as many as asked. Each is scored
// by its quality and by the production record of the service that owns it (incidents per day
// over the organisation's incident window, relative to the worst service): best examples
// favour high quality in quiet services, worst ones low quality in noisy services. Only the
// examples shown get their snippet (from the stored head blob text) and their authors (git
// blame of those lines at the head commit, when the repository is on disk).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/database.h"

namespace faultline::review {

struct ExampleQuery {
  std::string concept_id;
  bool worst = false;
  int64_t limit = 10;
  std::string cache_dir;  // where scan mirrors remote repositories ("" = the default)
  bool blame = true;
};

struct ExampleAuthor {
  std::string name;
  std::string email;
  int64_t lines = 0;
};

struct FoundExample {
  std::string repo;
  std::string path;
  std::string region;
  int64_t start_line = 0;
  int64_t end_line = 0;
  double quality = 0;
  std::string signals_json;          // [{name, weight, line}]
  std::vector<std::string> snippet;  // the region's lines (at most 40)
  std::string link;
  std::vector<std::string> services;  // owning services
  double incidents_per_day = 0;       // of the owning services, summed
  double score = 0;
  std::vector<ExampleAuthor> authors;  // most lines first
};

Result<std::vector<FoundExample>> find_examples(store::Database& db, const ExampleQuery& query);

}  // namespace faultline::review
