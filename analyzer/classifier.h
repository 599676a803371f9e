// The analyzer's public face: which language a file is in, the concept packs, and the
// Classifier that turns one file's bytes into findings. Knows nothing of git or SQLite.
//
// Thread-safety: a ConceptSet is immutable once loaded and shared by all threads (hold it by
// shared_ptr). A Classifier owns tree-sitter parsers and query cursors: one per thread.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/finding.h"
#include "base/result.h"

namespace faultline::analyzer {

class ConceptSet;  // defined in analyzer/concept_set.h

// The bundled data folder: $FAULTLINE_DATA, else <dir of the running binary>/../share/faultline,
// else the source tree's data/ (compiled in).
std::string data_dir();

// Loads data/languages.json and the packs of <data_dir>/concepts, then each of `extra_dirs`
// (a pack whose id is already loaded replaces it). Checks every grammar's ABI against the
// runtime. Errors name the file, line and column.
Result<std::shared_ptr<const ConceptSet>> load_concepts(const std::vector<std::string>& extra_dirs = {});

// A stable hash of the packs, languages.json, grammar pins and engine version: findings made
// under another version are stale.
const std::string& analyzer_version(const ConceptSet& concepts);

// The language id of a file ("java", "tsx", ...) from its extension, else from a shebang in
// `head` (the first bytes of the file); nullopt when faultline does not analyse it.
std::optional<std::string> detect_language(const ConceptSet& concepts, std::string_view path,
                                           std::string_view head);

struct ClassifyOptions {
  // Parsing stops after this long per file (a hostile file cannot hang a scan);
  // the file is then reported as an error naming the timeout.
  uint64_t parse_timeout_micros = 5'000'000;
  // Runs each pack's patterns as one query over the whole tree instead of dispatching them
  // during the region walk (analyzer/dispatch_plan.h). Slower; the findings are the same
  // (tests check it).
  bool plain_query = false;
};

class Classifier {
 public:
  explicit Classifier(std::shared_ptr<const ConceptSet> concepts, ClassifyOptions options = {});
  ~Classifier();
  Classifier(Classifier&&) noexcept;
  Classifier& operator=(Classifier&&) noexcept;

  // Parses `source` as `language` (an id detect_language returned) and runs every concept's
  // query for that language in one pass. `name` (a path) is only used in error messages.
  Result<FileAnalysis> analyze(std::string_view language, std::string_view source,
                               std::string_view name = "");

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace faultline::analyzer
