// MatchCollector: turns one file's query matches into the captures scoring needs, running
// a language pack's patterns the way its DispatchPlan says (analyzer/dispatch_plan.h). It
// rides on the region walk (analyzer/region_walker.h): enter() and leave() are its hooks, so
// the tree is walked once for everything. run_rest() then runs the patterns that could not
// be dispatched as one query over the whole tree. Every match's predicates are evaluated here
// (the 0.20.7 runtime evaluates none).
//
// Thread-safety: owns a query cursor and a tree cursor: one MatchCollector per thread.
#pragma once

#include <tree_sitter/api.h>

#include <string>
#include <string_view>
#include <vector>

#include "analyzer/language_pack.h"
#include "analyzer/scorer.h"
#include "analyzer/structural_matcher.h"
#include "analyzer/ts_handles.h"

namespace faultline::analyzer {

class MatchCollector {
 public:
  MatchCollector();
  ~MatchCollector();
  MatchCollector(const MatchCollector&) = delete;
  MatchCollector& operator=(const MatchCollector&) = delete;

  // Starts a file: its pack, the text its tree was parsed from, and where captures go
  // (appended; the caller clears them). All must outlive the calls up to the next begin().
  void begin(const LanguagePack& pack, std::string_view source, std::vector<Capture>& captures,
             std::vector<ContextRange>& contexts);

  // The walk hooks (see WalkHooks): `node` of `symbol`, on which `cursor` stands (null for
  // the root), is entered; the node entered last is left, and the dispatched patterns rooted
  // there (or anchored at one of its children's types) whose gates held are matched.
  void enter(TSNode node, TSSymbol symbol, const TSTreeCursor* cursor);
  void leave();

  // Runs the patterns left in the pack's combined query over the tree under `root`.
  void run_rest(TSNode root);
  // Runs every pattern of the pack's combined query over the tree under `root`, without the
  // dispatch plan (ClassifyOptions::plain_query); false if that query does not compile.
  bool run_plain(TSNode root);

  // What went wrong in this file's matching ("" = nothing): a dispatched pattern that could
  // not be run. The file's findings are then incomplete and must not be used.
  const std::string& failure() const { return m_failure; }

 private:
  struct Frame {
    TSNode node;
    TSFieldId field;            // by which its parent holds it (read only where a gate chain can reach)
    const SymbolDispatch* own;  // patterns rooted at its type, or nullptr
    size_t bits;                // offset of its gate slots in m_bits
    int reach;                  // how many levels below it an open frame's gate chains reach
  };
  struct Anchored {
    size_t depth;  // the frame the patterns run at
    const SymbolDispatch* dispatch;
  };

  void note_gate_text(TSNode node);
  void scan_gates(const SymbolDispatch& dispatch, TSNode node, std::vector<char>& holds);
  void run_candidates(const SymbolDispatch& dispatch, TSNode node, const char* holds);
  void run_entry(const DispatchEntry& entry, TSNode node);
  void run_alone(const DispatchEntry& entry, TSNode node);  // its one-pattern query
  void emit(uint32_t pattern, uint32_t capture, TSNode node);
  void run_query(const TSQuery* query, TSNode root);

  const LanguagePack* m_pack = nullptr;
  std::string_view m_source;
  std::vector<Capture>* m_captures = nullptr;
  std::vector<ContextRange>* m_contexts = nullptr;
  TsQueryCursor m_cursor;
  StructuralMatcher m_matcher;
  std::string m_failure;
  TSTreeCursor m_fields;  // walks a node's children to find its field children
  std::vector<Frame> m_frames;
  std::vector<size_t> m_gated;  // indices of the open frames whose own patterns have gates
  std::vector<char> m_bits;     // gate slots of the open frames, stacked
  std::vector<Anchored> m_anchored;
  std::vector<char> m_scanned;
  std::vector<TSNode> m_level;
  std::vector<TSNode> m_next_level;
  std::vector<TSQueryCapture> m_root_captures;
};

}  // namespace faultline::analyzer
