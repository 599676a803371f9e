// Classifier::analyze, one file in one pass:
//   1. parse with the language's grammar (one TSParser per Classifier, bounded by a timeout);
//   2. walk the tree once for its regions (analyzer/region_walker.h), and
//   3. in the same walk, try at each node the concept patterns rooted at its type whose
//      gates hold there, then run the few patterns that cannot be dispatched as one query
//      (analyzer/dispatch_plan.h, analyzer/match_collector.h); each match's predicates are
//      evaluated by faultline (the runtime does not), and each capture becomes a presence,
//      signal, mark or context according to its pattern's concept;
//   4. score per region and concept (analyzer/scorer.h).
// Buffers are kept in the Impl between files, so a long scan does not reallocate them.
#include "analyzer/classifier.h"

#include "analyzer/concept_set.h"
#include "analyzer/match_collector.h"
#include "analyzer/region_walker.h"
#include "analyzer/scorer.h"
#include "analyzer/ts_handles.h"

namespace faultline::analyzer {

struct Classifier::Impl {
  std::shared_ptr<const ConceptSet> concepts;
  ClassifyOptions options;
  TsParser parser{ts_parser_new()};
  MatchCollector collector;
  const TSLanguage* current_grammar = nullptr;
  std::vector<Region> regions;
  std::vector<Capture> captures;
  std::vector<ContextRange> contexts;
};

Classifier::Classifier(std::shared_ptr<const ConceptSet> concepts, ClassifyOptions options)
    : m_impl(std::make_unique<Impl>()) {
  m_impl->concepts = std::move(concepts);
  m_impl->options = options;
}

Classifier::~Classifier() = default;
Classifier::Classifier(Classifier&&) noexcept = default;
Classifier& Classifier::operator=(Classifier&&) noexcept = default;

Result<FileAnalysis> Classifier::analyze(std::string_view language, std::string_view source,
                                         std::string_view name) {
  Impl& impl = *m_impl;
  const std::string where = name.empty() ? std::string("(input)") : std::string(name);
  auto found = impl.concepts->pack(language);
  if (!found.ok()) return found.error();
  const LanguagePack* pack = *found;
  if (pack == nullptr)
    return Error(where + ": faultline does not analyse language '" + std::string(language) + "'");
  if (source.size() > UINT32_MAX)
    return Error(where + ": too large to parse (" + std::to_string(source.size()) + " bytes)");

  // 1. Parse.
  const TSLanguage* grammar = pack->language().grammar;
  if (impl.current_grammar != grammar) {
    if (!ts_parser_set_language(impl.parser.get(), grammar))
      return Error(where + ": grammar " + pack->language().grammar_symbol +
                   " refused by the tree-sitter runtime");
    impl.current_grammar = grammar;
  }
  ts_parser_set_timeout_micros(impl.parser.get(), impl.options.parse_timeout_micros);
  TsTree tree(ts_parser_parse_string(impl.parser.get(), nullptr, source.data(),
                                     static_cast<uint32_t>(source.size())));
  if (!tree) {
    ts_parser_reset(impl.parser.get());
    return Error(where + ": parsing as " + std::string(language) + " did not finish within " +
                 std::to_string(impl.options.parse_timeout_micros / 1000) + " ms");
  }
  TSNode root = ts_tree_root_node(tree.get());

  // 2-3. Regions and dispatched patterns in one walk, then the undispatched rest.
  FileAnalysis analysis;
  analysis.language = std::string(language);
  impl.captures.clear();
  impl.contexts.clear();
  int functions = 0;
  if (pack->concepts().empty()) {
    functions = find_regions(pack->language(), root, source, impl.regions);
  } else if (impl.options.plain_query) {
    functions = find_regions(pack->language(), root, source, impl.regions);
    impl.collector.begin(*pack, source, impl.captures, impl.contexts);
    if (!impl.collector.run_plain(root)) return Error(where + ": the combined query does not compile");
  } else {
    MatchCollector& collector = impl.collector;
    collector.begin(*pack, source, impl.captures, impl.contexts);
    WalkHooks hooks;
    hooks.enter = [&collector](TSNode node, TSSymbol symbol, const TSTreeCursor* cursor) {
      collector.enter(node, symbol, cursor);
    };
    hooks.leave = [&collector] { collector.leave(); };
    functions = find_regions(pack->language(), root, source, impl.regions, hooks);
    collector.run_rest(root);
    if (!collector.failure().empty()) return Error(where + ": " + collector.failure());
  }

  // 4. Score.
  score(*pack, impl.captures, impl.contexts, impl.regions, functions, analysis);
  return analysis;
}

}  // namespace faultline::analyzer
