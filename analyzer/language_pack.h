// LanguagePack: every concept query of one language compiled into ONE TSQuery, with what
// each pattern and capture means (which concept, which signal, mark or context), and the
// DispatchPlan that runs most of its patterns only at the nodes where they can match.
//
// Thread-safety: immutable after build(); one pack is shared by all Classifier threads.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "analyzer/concept.h"
#include "analyzer/dispatch_plan.h"
#include "analyzer/language.h"
#include "analyzer/predicate.h"
#include "analyzer/ts_handles.h"
#include "base/result.h"

namespace faultline::analyzer {

enum class CaptureKind : uint8_t { ignore, presence, signal, mark, context };

struct CaptureRole {
  CaptureKind kind = CaptureKind::ignore;
  int index = -1;  // signal: index in Concept::signals; mark: in PackConcept::marks; context: in contexts()
};

// A concept as this language's query uses it.
struct PackConcept {
  const Concept* manifest = nullptr;
  std::vector<std::string> marks;  // names of @mark.<name> captures in its queries
  // Per signal: the context it must lie in (index in contexts()), -1 = anywhere,
  // -2 = a context this language never defines (the signal cannot fire).
  std::vector<int> within;
  // Per signal: the context it must not lie in, -1 = none (or never defined by this language).
  std::vector<int> not_within;
  // Per signal: the facts that cancel it; a fact is a signal index, or
  // signals.size() + a mark index.
  std::vector<std::vector<int>> unless;

  int fact_count() const { return static_cast<int>(manifest->signals.size() + marks.size()); }
};

class LanguagePack {
 public:
  // Compiles the <language>.scm of each concept in `concepts` (sorted by id; each has a query
  // for `language`, its own or one of the language it extends), each preceded by the
  // concept's file of the language `language` extends (Concept::base_queries), as one query.
  // Errors name the .scm file, line and column.
  static Result<LanguagePack> build(const Language& language, const std::vector<const Concept*>& concepts);

  const Language& language() const { return *m_language; }
  // The combined query, with the patterns dispatch() runs disabled: run it over the whole
  // tree when dispatch().has_rest().
  const TSQuery* query() const { return m_query.get(); }
  const DispatchPlan& dispatch() const { return m_dispatch; }
  // The combined query with every pattern enabled, compiled on first use: running it over the
  // whole tree gives what the dispatch plan must give (ClassifyOptions::plain_query). Null
  // if it does not compile (it compiled once already). Safe from many threads.
  const TSQuery* plain_query() const;
  const std::vector<PackConcept>& concepts() const { return m_concepts; }
  const std::vector<std::string>& contexts() const { return m_contexts; }

  // The concept (index in concepts()) that pattern `pattern` of query() belongs to.
  int concept_of(uint32_t pattern) const { return m_pattern_concept[pattern]; }
  const std::vector<Predicate>& predicates(uint32_t pattern) const { return m_predicates[pattern]; }
  bool has_predicates(uint32_t pattern) const { return !m_predicates[pattern].empty(); }
  // What capture `capture` means in a pattern of concept `concept_slot`.
  const CaptureRole& role(int concept_slot, uint32_t capture) const {
    return m_roles[static_cast<size_t>(concept_slot) * m_capture_count + capture];
  }

 private:
  const Language* m_language = nullptr;
  TsQuery m_query;
  DispatchPlan m_dispatch;
  std::vector<PackConcept> m_concepts;
  std::vector<std::string> m_contexts;
  std::vector<int> m_pattern_concept;
  std::vector<std::vector<Predicate>> m_predicates;
  std::vector<CaptureRole> m_roles;  // [concept_slot * m_capture_count + capture]
  uint32_t m_capture_count = 0;
  std::string m_combined;  // the text of query()
  struct Plain {
    std::once_flag once;
    TsQuery query;
  };
  std::unique_ptr<Plain> m_plain = std::make_unique<Plain>();
};

}  // namespace faultline::analyzer
