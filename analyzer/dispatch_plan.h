// DispatchPlan: how a language's combined query is run without running most of it.
//
// Most concept patterns are rooted at one node type (a call, a catch) and require a field
// child's text to be one of a few words (`name: (identifier) @_n (#any-of? @_n "info" ...)`).
// Run as one query over the whole tree, every call starts a match of every such pattern and
// nearly all are thrown away by the predicates. The plan instead lets the classifier walk the
// tree once, and at each node look up (by grammar symbol) the patterns rooted at its type,
// check their "gates" (the words, prefixes or suffixes the text at the end of a chain of
// fields must have: a necessary condition for any match) with a few hash lookups per chain,
// and only then match (a wildcard-rooted pattern is tried
// instead at the parent of each node of a type every match has as a child):
//   - a root-only pattern (`(catch_clause) @presence`) is its node: the classifier evaluates its
//     predicates on the node and emits its captures directly;
//   - a simple pattern (analyzer/pattern_shape.h: plain node, field and token steps) is
//     matched at the node by the StructuralMatcher (analyzer/structural_matcher.h);
//   - any other pattern runs as its own one-pattern query on the node's subtree, compiled on
//     its first use (so a pack compiles at about the cost of its combined query).
// Patterns the plan cannot dispatch (see analyzer/pattern_shape.h) stay enabled in the
// combined query, which still runs over the whole tree when any remain.
//
// A pattern run on a candidate's subtree may also match again at a nested node of the same
// type that is itself a candidate: such duplicates repeat identical captures, which scoring
// treats as one (analyzer/scorer.h).
//
// Thread-safety: immutable after build(); shared by all Classifier threads.
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/gate_chain.h"
#include "analyzer/predicate.h"
#include "analyzer/structural_matcher.h"
#include "analyzer/ts_handles.h"
#include "base/result.h"

namespace faultline::analyzer {

// A dispatched pattern's text compiled alone, on first use (most patterns are matched by
// the StructuralMatcher or are root-only, and never need it): its capture ids mapped to the
// combined query's, and its predicates in its own capture ids. `query` is null when the text
// did not compile alone (the collector then reports an error instead of dropping matches).
struct AloneQuery {
  TsQuery query;
  std::vector<uint32_t> capture_map;
  std::vector<Predicate> predicates;
};

struct DispatchEntry {
  uint32_t pattern = 0;  // index in the combined query
  std::string text;      // its source text (for diagnostics)
  enum class Kind : uint8_t { root_only, structural, query };
  Kind kind = Kind::query;
  // root_only: the combined capture ids on the root node. root_only and structural: the
  // pattern's predicates, in combined capture ids.
  std::vector<uint32_t> root_captures;
  std::vector<Predicate> predicates;
  StructuralPattern structural;  // structural
  // query: the pattern compiled alone, once, on first use. Safe from many threads.
  const AloneQuery& alone() const;

  const TSLanguage* grammar = nullptr;
  const TSQuery* combined = nullptr;
  struct Lazy {
    std::once_flag once;
    AloneQuery query;
  };
  std::unique_ptr<Lazy> lazy = std::make_unique<Lazy>();
};

// What to try at a node of one grammar symbol.
struct SymbolDispatch {
  struct Candidate {
    uint32_t entry = 0;                // index in DispatchPlan::entries()
    std::vector<uint16_t> gate_slots;  // gates that must all hold at the node
  };
  std::vector<GateChain> chains;
  uint16_t gate_count = 0;
  size_t deepest = 0;                            // the length of the longest chain
  std::vector<std::vector<uint32_t>> by_length;  // [n]: the indices of the chains of n steps
  std::vector<Candidate> candidates;
  // For gates checked by scanning a node's children (wildcard-rooted patterns): the chains
  // cheap to scan (at most one "any child" step, at most three steps); a gate with another
  // chain holds if the node's text contains one of its `needles` (its words, prefixes and
  // suffixes: a node at the end of a chain lies within the node), or always when it has too
  // many to look for.
  struct Assumed {
    uint16_t slot = 0;
    std::vector<std::string> needles;  // empty: holds without a look
  };
  std::vector<char> scanned;  // parallel to chains
  std::vector<Assumed> assumed;
};

class DispatchPlan {
 public:
  // Plans the patterns of `query` (the combined query of `grammar`), whose source texts are
  // `texts` (one per pattern, with its predicates) and whose parsed predicates are
  // `predicates`. Dispatched patterns are disabled in `query`; a pattern the plan cannot
  // dispatch (or whose text does not compile alone) stays enabled there.
  static DispatchPlan build(const TSLanguage* grammar, TSQuery* query, const std::vector<std::string>& texts,
                            const std::vector<std::vector<Predicate>>& predicates);

  // The dispatch of nodes of `symbol`, or nullptr when no dispatched pattern is rooted there.
  const SymbolDispatch* at(TSSymbol symbol) const { return lookup(m_by_symbol, symbol); }
  // The dispatch of the parent of a node of `symbol` (wildcard-rooted patterns that always
  // have such a child), or nullptr.
  const SymbolDispatch* at_parent_of(TSSymbol symbol) const { return lookup(m_by_child, symbol); }
  const std::vector<DispatchEntry>& entries() const { return m_entries; }
  // True when some pattern was not dispatched: the combined query must still run.
  bool has_rest() const { return m_rest_patterns > 0; }
  uint32_t rest_patterns() const { return m_rest_patterns; }
  // The length of the longest gate chain of any symbol.
  size_t deepest() const { return m_deepest; }
  // False when no gate reads an anonymous node: the walk then notes only named nodes' texts.
  bool gates_on_tokens() const { return m_gates_on_tokens; }
  // True when nodes of `symbol` are named.
  bool named(TSSymbol symbol) const { return symbol < m_named.size() && m_named[symbol] != 0; }

 private:
  bool add(const TSLanguage* grammar, const TSQuery* query, uint32_t pattern, const std::string& text,
           const std::vector<Predicate>& predicates);
  const SymbolDispatch* lookup(const std::vector<int>& by, TSSymbol symbol) const {
    if (symbol >= by.size() || by[symbol] < 0) return nullptr;
    return &m_symbols[static_cast<size_t>(by[symbol])];
  }

  std::vector<DispatchEntry> m_entries;
  std::vector<SymbolDispatch> m_symbols;
  std::vector<int> m_by_symbol;  // TSSymbol → index in m_symbols, -1 = none
  std::vector<int> m_by_child;   // TSSymbol of an anchor child → index in m_symbols, -1 = none
  uint32_t m_rest_patterns = 0;
  size_t m_deepest = 0;
  bool m_gates_on_tokens = false;
  std::vector<char> m_named;  // by TSSymbol
};

}  // namespace faultline::analyzer
