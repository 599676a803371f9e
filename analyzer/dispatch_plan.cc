// Building a DispatchPlan. For each pattern of the combined query: read its shape from its
// text (analyzer/pattern_shape.h); resolve its root types to grammar symbols (named, visible
// types only: a supertype never is a node's own symbol); turn each predicate that requires
// a word set of a capture lying at the end of a gate path into a gate; compile the pattern
// alone unless it is root-only; then disable it in the combined query. Gates are grouped per
// root symbol and field chain into one word → slots table, so that a node is gated with one
// hash lookup per chain, however many patterns share it.
#include "analyzer/dispatch_plan.h"

#include <algorithm>
#include <cstring>

#include "analyzer/pattern_shape.h"

namespace faultline::analyzer {
namespace {

constexpr size_t k_max_needles = 16;

std::string capture_name(const TSQuery* query, uint32_t id) {
  uint32_t length = 0;
  const char* name = ts_query_capture_name_for_id(query, id, &length);
  return std::string(name, length);
}

// The id of capture `name` in `query`, or -1.
int64_t capture_id(const TSQuery* query, std::string_view name) {
  for (uint32_t id = 0; id < ts_query_capture_count(query); ++id) {
    uint32_t length = 0;
    const char* text = ts_query_capture_name_for_id(query, id, &length);
    if (std::string_view(text, length) == name) return id;
  }
  return -1;
}

// The symbol of node type `type` (a named type, or a token's text) if visible nodes can
// carry it; 0 otherwise.
TSSymbol node_symbol(const TSLanguage* grammar, const std::string& type, bool named) {
  TSSymbol symbol =
      ts_language_symbol_for_name(grammar, type.data(), static_cast<uint32_t>(type.size()), named);
  TSSymbolType wanted = named ? TSSymbolTypeRegular : TSSymbolTypeAnonymous;
  if (symbol == 0 || ts_language_symbol_type(grammar, symbol) != wanted) return 0;
  return symbol;
}

}  // namespace

const AloneQuery& DispatchEntry::alone() const {
  std::call_once(lazy->once, [this] {
    AloneQuery& alone = lazy->query;
    uint32_t offset = 0;
    TSQueryError error = TSQueryErrorNone;
    TsQuery compiled(ts_query_new(grammar, text.data(), static_cast<uint32_t>(text.size()), &offset, &error));
    if (!compiled || ts_query_pattern_count(compiled.get()) != 1) return;
    std::vector<uint32_t> capture_map;
    for (uint32_t id = 0; id < ts_query_capture_count(compiled.get()); ++id) {
      int64_t combined_id = capture_id(combined, capture_name(compiled.get(), id));
      if (combined_id < 0) return;
      capture_map.push_back(static_cast<uint32_t>(combined_id));
    }
    auto own = Predicate::parse_all(compiled.get(), 0, "(dispatched pattern)");
    if (!own.ok()) return;
    alone.capture_map = std::move(capture_map);
    alone.predicates = std::move(*own);
    alone.query = std::move(compiled);
  });
  return lazy->query;
}

DispatchPlan DispatchPlan::build(const TSLanguage* grammar, TSQuery* query,
                                 const std::vector<std::string>& texts,
                                 const std::vector<std::vector<Predicate>>& predicates) {
  DispatchPlan plan;
  plan.m_by_symbol.assign(ts_language_symbol_count(grammar), -1);
  plan.m_by_child.assign(ts_language_symbol_count(grammar), -1);
  for (uint32_t symbol = 0; symbol < ts_language_symbol_count(grammar); ++symbol) {
    const auto type = ts_language_symbol_type(grammar, static_cast<TSSymbol>(symbol));
    plan.m_named.push_back(type == TSSymbolTypeRegular ? 1 : 0);
  }
  for (uint32_t p = 0; p < texts.size(); ++p) {
    if (plan.add(grammar, query, p, texts[p], predicates[p])) {
      ts_query_disable_pattern(query, p);
    } else {
      ++plan.m_rest_patterns;
    }
  }
  return plan;
}

bool DispatchPlan::add(const TSLanguage* grammar, const TSQuery* query, uint32_t pattern,
                       const std::string& text, const std::vector<Predicate>& predicates) {
  PatternShape shape = read_pattern_shape(text);
  if (!shape.dispatchable) return false;
  const bool at_parent = !shape.anchor_type.empty();
  std::vector<TSSymbol> symbols;
  if (at_parent) {
    TSSymbol symbol = node_symbol(grammar, shape.anchor_type, shape.anchor_named);
    if (symbol == 0 || symbol >= m_by_child.size()) return false;
    symbols.push_back(symbol);
  }
  for (const std::string& type : shape.root_types) {
    TSSymbol symbol = node_symbol(grammar, type, true);
    if (symbol == 0 || symbol >= m_by_symbol.size()) return false;
    if (std::find(symbols.begin(), symbols.end(), symbol) == symbols.end()) symbols.push_back(symbol);
  }

  // Gates: a predicate with a literal condition on a capture whose places are certain.
  struct Gate {
    std::vector<std::vector<TSFieldId>> chains;  // alternatives
    const LiteralSets* literals;
  };
  std::vector<Gate> gates;
  for (const Predicate& predicate : predicates) {
    const LiteralSets* literals = predicate.literal_gate();
    if (literals == nullptr) continue;
    std::string name = capture_name(query, predicate.capture());
    auto place = std::find_if(shape.gates.begin(), shape.gates.end(),
                              [&](const GatePath& gate) { return gate.capture == name; });
    if (place == shape.gates.end()) continue;
    Gate gate{{}, literals};
    if (place->on_token) m_gates_on_tokens = true;
    for (const std::vector<std::string>& steps : place->paths) {
      std::vector<TSFieldId> chain;
      for (const std::string& field : steps) {
        TSFieldId id = 0;
        if (!field.empty()) {
          id = ts_language_field_id_for_name(grammar, field.data(), static_cast<uint32_t>(field.size()));
          if (id == 0) return false;
        }
        chain.push_back(id);
      }
      gate.chains.push_back(std::move(chain));
    }
    gates.push_back(std::move(gate));
  }

  DispatchEntry entry;
  entry.pattern = pattern;
  entry.text = text;
  entry.grammar = grammar;
  entry.combined = query;
  entry.predicates = predicates;
  auto combined_id = [query](const std::string& name) { return capture_id(query, name); };
  if (shape.root_only) {
    entry.kind = DispatchEntry::Kind::root_only;
    for (const std::string& name : shape.root_captures) {
      int64_t id = capture_id(query, name);
      if (id < 0) return false;
      entry.root_captures.push_back(static_cast<uint32_t>(id));
    }
  } else if (shape.simple && entry.structural.build(grammar, shape.steps, combined_id)) {
    entry.kind = DispatchEntry::Kind::structural;
  } else {
    entry.kind = DispatchEntry::Kind::query;
  }

  uint32_t entry_index = static_cast<uint32_t>(m_entries.size());
  m_entries.push_back(std::move(entry));
  std::vector<int>& by = at_parent ? m_by_child : m_by_symbol;
  for (TSSymbol symbol : symbols) {
    if (by[symbol] < 0) {
      by[symbol] = static_cast<int>(m_symbols.size());
      m_symbols.emplace_back();
    }
    SymbolDispatch& dispatch = m_symbols[static_cast<size_t>(by[symbol])];
    SymbolDispatch::Candidate candidate;
    candidate.entry = entry_index;
    for (const Gate& gate : gates) {
      uint16_t slot = dispatch.gate_count++;
      bool all_scanned = true;
      for (const std::vector<TSFieldId>& steps : gate.chains) {
        auto found = std::find_if(dispatch.chains.begin(), dispatch.chains.end(),
                                  [&](const GateChain& chain) { return chain.steps == steps; });
        if (found == dispatch.chains.end()) {
          dispatch.chains.emplace_back();
          dispatch.chains.back().steps = steps;
          const bool cheap = steps.size() <= 3 && std::count(steps.begin(), steps.end(), 0) <= 1;
          dispatch.scanned.push_back(cheap ? 1 : 0);
          found = dispatch.chains.end() - 1;
          dispatch.deepest = std::max(dispatch.deepest, steps.size());
          if (dispatch.by_length.size() <= steps.size()) dispatch.by_length.resize(steps.size() + 1);
          dispatch.by_length[steps.size()].push_back(static_cast<uint32_t>(dispatch.chains.size() - 1));
          m_deepest = std::max(m_deepest, steps.size());
        }
        found->add_condition(*gate.literals, slot);
        all_scanned = all_scanned && dispatch.scanned[static_cast<size_t>(found - dispatch.chains.begin())];
      }
      if (!all_scanned) {
        SymbolDispatch::Assumed assumed;
        assumed.slot = slot;
        const LiteralSets& literals = *gate.literals;
        if (literals.words.size() + literals.prefixes.size() + literals.suffixes.size() +
                literals.infixes.size() <=
            k_max_needles) {
          for (const auto* set : {&literals.words, &literals.prefixes, &literals.suffixes}) {
            assumed.needles.insert(assumed.needles.end(), set->begin(), set->end());
          }
          assumed.needles.insert(assumed.needles.end(), literals.infixes.begin(), literals.infixes.end());
          if (std::find(assumed.needles.begin(), assumed.needles.end(), "") != assumed.needles.end())
            assumed.needles.clear();
        }
        dispatch.assumed.push_back(std::move(assumed));
      }
      candidate.gate_slots.push_back(slot);
    }
    dispatch.candidates.push_back(std::move(candidate));
  }
  return true;
}

}  // namespace faultline::analyzer
