// Classifier::analyze, one file in one pass:
//   1. parse with the language's grammar (one TSParser per Classifier, bounded by a timeout);
//   2. walk the tree once for its regions (analyzer/region_walker.h);
//   3. run the language's one combined query with one cursor; each match's predicates are
//      evaluated here (the runtime does not), and each capture becomes a presence, signal,
//      mark or context according to its pattern's concept (analyzer/language_pack.h);
//   4. score per region and concept (analyzer/scorer.h).
// Buffers are kept in the Impl between files, so a long scan does not reallocate them.
#include "analyzer/classifier.h"

#include "analyzer/concept_set.h"
#include "analyzer/region_walker.h"
#include "analyzer/scorer.h"
#include "analyzer/ts_handles.h"

namespace faultline::analyzer {

struct Classifier::Impl {
  std::shared_ptr<const ConceptSet> concepts;
  ClassifyOptions options;
  TsParser parser{ts_parser_new()};
  TsQueryCursor cursor{ts_query_cursor_new()};
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

Result<FileAnalysis> Classifier::analyze(std::string_view language, std::string_view source, std::string_view name) {
  Impl& impl = *m_impl;
  const std::string where = name.empty() ? std::string("(input)") : std::string(name);
  auto found = impl.concepts->pack(language);
  if (!found.ok()) return found.error();
  const LanguagePack* pack = *found;
  if (pack == nullptr) return Error(where + ": faultline does not analyse language '" + std::string(language) + "'");
  if (source.size() > UINT32_MAX) return Error(where + ": too large to parse (" + std::to_string(source.size()) + " bytes)");

  // 1. Parse.
  const TSLanguage* grammar = pack->language().grammar;
  if (impl.current_grammar != grammar) {
    if (!ts_parser_set_language(impl.parser.get(), grammar))
      return Error(where + ": grammar " + pack->language().grammar_symbol + " refused by the tree-sitter runtime");
    impl.current_grammar = grammar;
  }
  ts_parser_set_timeout_micros(impl.parser.get(), impl.options.parse_timeout_micros);
  TsTree tree(ts_parser_parse_string(impl.parser.get(), nullptr, source.data(), static_cast<uint32_t>(source.size())));
  if (!tree) {
    ts_parser_reset(impl.parser.get());
    return Error(where + ": parsing as " + std::string(language) + " did not finish within " +
                 std::to_string(impl.options.parse_timeout_micros / 1000) + " ms");
  }
  TSNode root = ts_tree_root_node(tree.get());

  // 2. Regions.
  FileAnalysis analysis;
  analysis.language = std::string(language);
  int functions = find_regions(pack->language(), root, source, impl.regions);

  // 3. The one query.
  impl.captures.clear();
  impl.contexts.clear();
  if (!pack->concepts().empty()) {
    TSQueryCursor* cursor = impl.cursor.get();
    ts_query_cursor_exec(cursor, pack->query(), root);
    TSQueryMatch match;
    while (ts_query_cursor_next_match(cursor, &match)) {
      if (pack->has_predicates(match.pattern_index)) {
        bool holds = true;
        for (const Predicate& predicate : pack->predicates(match.pattern_index)) {
          if (!predicate.holds(match, source)) {
            holds = false;
            break;
          }
        }
        if (!holds) continue;
      }
      int concept_slot = pack->concept_of(match.pattern_index);
      for (uint16_t i = 0; i < match.capture_count; ++i) {
        const CaptureRole& role = pack->role(concept_slot, match.captures[i].index);
        if (role.kind == CaptureKind::ignore) continue;
        TSNode node = match.captures[i].node;
        if (role.kind == CaptureKind::context) {
          impl.contexts.push_back({role.index, ts_node_start_byte(node), ts_node_end_byte(node)});
          continue;
        }
        Capture capture;
        capture.concept_slot = concept_slot;
        capture.kind = role.kind;
        capture.index = role.index;
        capture.start_byte = ts_node_start_byte(node);
        capture.end_byte = ts_node_end_byte(node);
        capture.line = static_cast<int>(ts_node_start_point(node).row) + 1;
        impl.captures.push_back(capture);
      }
    }
  }

  // 4. Score.
  score(*pack, impl.captures, impl.contexts, impl.regions, functions, analysis);
  return analysis;
}

}  // namespace faultline::analyzer
