// ConceptSet: everything the classifier needs that does not change between files: the
// languages, the concept packs, one compiled LanguagePack per language, and the analyzer
// version. Built once by load_concepts (analyzer/classifier.h).
//
// Thread-safety: immutable once loaded; share it by shared_ptr across worker threads.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "analyzer/concept.h"
#include "analyzer/language.h"
#include "analyzer/language_pack.h"
#include "base/result.h"

namespace faultline::analyzer {

class ConceptSet {
 public:
  // Builds the set from the languages.json at `languages_path` and the pack folders in
  // `pack_dirs`, in order (a later pack with an already loaded id replaces it).
  static Result<std::shared_ptr<const ConceptSet>> build(const std::string& languages_path,
                                                         const std::vector<std::string>& pack_dirs);

  const std::vector<Language>& languages() const { return m_languages; }
  // Concepts by id.
  const std::map<std::string, Concept>& concepts() const { return m_concepts; }
  // The pack of language `id`, or nullptr when faultline does not know the language.
  const LanguagePack* pack(std::string_view id) const;
  const Language* language(std::string_view id) const;
  const std::string& version() const { return m_version; }

 private:
  std::vector<Language> m_languages;
  std::map<std::string, Concept> m_concepts;
  std::deque<LanguagePack> m_packs;  // parallel to m_languages
  std::string m_version;
};

}  // namespace faultline::analyzer
