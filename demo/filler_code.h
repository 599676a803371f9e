// FillerCode: the ordinary helper code of a demo repository — files of small arithmetic
// functions rendered from the language's filler templates — and the edits a developer makes
// to it (add, tune or drop a function, add or move a file). Filler code carries no concept,
// so the concept files alone decide each service's concept scores.
//
// Names are drawn from the vocabulary and kept unique per repository (functions and files),
// with a numeric suffix once the words run out.
//
// Thread-safety: a FillerCode belongs to one repository's generator.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/result.h"
#include "demo/demo_random.h"
#include "demo/template_library.h"

namespace faultline::demo {

struct FillerFunction {
  size_t template_index = 0;
  std::vector<std::string> name;   // words: verb, field
  std::vector<std::string> field;  // words
  int factor = 1;
  int limit = 100;
};

struct FillerFile {
  std::string dir;
  std::vector<std::string> name;  // words
  std::vector<FillerFunction> functions;
};

class FillerCode {
 public:
  FillerCode(const LanguageTemplates& templates, const Vocabulary& vocabulary, Variables service_vars)
      : m_templates(&templates), m_vocabulary(&vocabulary), m_service_vars(std::move(service_vars)) {}

  // A new file (unused name) with `functions` new functions.
  FillerFile new_file(DemoRandom& random, int functions);
  // A new function with an unused name.
  FillerFunction new_function(DemoRandom& random);
  // A new, unused name for `file` (another word, sometimes another folder).
  void move(FillerFile& file, DemoRandom& random);

  // The file's path and text.
  Result<std::string> path(const FillerFile& file) const;
  Result<std::string> render(const FillerFile& file) const;

  // "totalAmount" style display name of a function, for commit messages.
  static std::string display(const FillerFunction& function);

 private:
  std::vector<std::string> file_words(DemoRandom& random);

  const LanguageTemplates* m_templates;
  const Vocabulary* m_vocabulary;
  Variables m_service_vars;
  std::set<std::string> m_function_names;
  std::set<std::string> m_file_names;
  int m_suffix = 1;
};

}  // namespace faultline::demo
