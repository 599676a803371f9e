// ConceptSet: everything the classifier needs that does not change between files: the
// languages, the concept packs, one compiled LanguagePack per language, and the analyzer
// version. Built once by load_concepts (analyzer/classifier.h).
//
// A language's pack is compiled on first use (compiling every language's queries costs
// seconds; a scan or a classify usually needs a few), once, under a std::once_flag.
//
// Thread-safety: logically immutable once loaded (the lazy compile is synchronised); share it
// by shared_ptr across worker threads.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
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
  // `compile_now` compiles every language's pack before returning, so that a broken pack
  // fails the build (with its file, line and column) instead of its first use.
  static Result<std::shared_ptr<const ConceptSet>> build(const std::string& languages_path,
                                                         const std::vector<std::string>& pack_dirs,
                                                         bool compile_now = true);

  const std::vector<Language>& languages() const { return m_languages; }
  // Concepts by id.
  const std::map<std::string, Concept>& concepts() const { return m_concepts; }
  // The pack of language `id`, compiled on first use; nullptr when faultline does not know
  // the language. Fails when the language's queries do not compile.
  Result<const LanguagePack*> pack(std::string_view id) const;
  const Language* language(std::string_view id) const;
  const std::string& version() const { return m_version; }

 private:
  std::vector<Language> m_languages;
  std::map<std::string, Concept> m_concepts;
  struct LazyPack {
    std::vector<const Concept*> covering;  // concepts with a query for the language, by id
    std::once_flag once;
    std::optional<LanguagePack> pack;
    std::optional<Error> error;
  };
  mutable std::deque<LazyPack> m_packs;  // parallel to m_languages
  std::string m_version;
};

}  // namespace faultline::analyzer
