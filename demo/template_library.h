// TemplateLibrary: the code the demo's repositories are made of, read from
// data/demo/templates/ (templates are data: a user changes the demo without recompiling).
//
// Per language, templates/<language>/templates.json names
//   skeleton  files of the first commit (build file, README),
//   concepts  per concept, the file path and one template per variant (e.g. timeouts:
//             "timeout", "retry-unbounded", "retry-backoff"),
//   filler    a file template and function templates: the ordinary code that keeps changing
//             around the concept files so that diffs look like real work.
// templates/vocabulary.json holds the words filler names are made of.
// Templates use {{name}} placeholders; rendering with a name that is not given is an error.
//
// Thread-safety: immutable once loaded.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace faultline::demo {

using Variables = std::map<std::string, std::string>;

struct SkeletonFile {
  std::string path;  // a template
  std::string text;
};

struct ConceptTemplate {
  std::string path;                             // a template
  std::map<std::string, std::string> variants;  // variant → text
};

struct FillerTemplates {
  std::string path;  // a template over {{dir}}, {{name}}, {{Name}}
  std::string file;  // holds {{functions}}
  std::vector<std::string> functions;
};

struct LanguageTemplates {
  std::string language;
  std::vector<SkeletonFile> skeleton;
  std::map<std::string, ConceptTemplate> concepts;
  FillerTemplates filler;
};

struct Vocabulary {
  std::vector<std::string> verbs;
  std::vector<std::string> fields;
  std::vector<std::string> files;
  std::vector<std::string> dirs;
};

class TemplateLibrary {
 public:
  // Loads vocabulary.json and each of `languages` from `templates_dir`. Errors name the file.
  static Result<TemplateLibrary> load(const std::string& templates_dir,
                                      const std::vector<std::string>& languages);

  // REQUIRES: `language` was loaded.
  const LanguageTemplates& language(const std::string& language) const { return m_languages.at(language); }
  const Vocabulary& vocabulary() const { return m_vocabulary; }

 private:
  std::map<std::string, LanguageTemplates> m_languages;
  Vocabulary m_vocabulary;
};

// Replaces every {{key}} of `text` by vars[key]; `name` names the template in errors.
Result<std::string> render_template(std::string_view text, const Variables& vars, std::string_view name);

// Case forms of a name given as lower-case words: {"unit", "price"} → "unit_price",
// "unitPrice", "UnitPrice".
std::string snake_case(const std::vector<std::string>& words);
std::string camel_case(const std::vector<std::string>& words);
std::string pascal_case(const std::vector<std::string>& words);

}  // namespace faultline::demo
