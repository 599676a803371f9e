// StructuralMatcher: runs one "simple" query pattern (analyzer/pattern_shape.h: a node with
// child steps by field or position, node types, `(_)`, `_`, tokens, alternations, anchors and
// captures, without quantifiers or negated fields) at one node, directly with tree-sitter
// node and tree-cursor calls, instead of setting up a one-pattern TSQuery per candidate.
//
// It follows the query engine's semantics for these steps: a step's children match distinct
// children of the node in the order they are written (not necessarily adjacent), a field step
// only a child held by that field, a named type only nodes of its symbol, `(_)` any named node
// and `_` any node except an ERROR node, an alternation whichever of its alternatives fits;
// (a node with several children by a field a step names is left undecided: see undecided());
// an anchor `.` allows no named child between two steps (before the first: before it; after
// the last: after it); every way of matching is a match. The classifier
// only uses the union of what the matches capture (analyzer/scorer.h), so matches with
// identical captures, which the query engine folds into one, are equivalent.
//
// Thread-safety: a StructuralPattern is immutable once built and shared by all threads; a
// StructuralMatcher holds the scratch buffers of one thread.
#pragma once

#include <tree_sitter/api.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "analyzer/pattern_shape.h"

namespace faultline::analyzer {

class StructuralPattern {
 public:
  // Resolves `shape` (PatternShape::simple) against `grammar`, with the capture ids
  // `capture_id` gives for capture names (-1 = unknown). False when a type, field or capture
  // does not resolve to something the matcher can test by equality (e.g. a supertype).
  bool build(const TSLanguage* grammar, const ShapeStep& shape,
             const std::function<int64_t(const std::string&)>& capture_id);

  struct Step {
    TSSymbol symbol = 0;  // 0 with `wildcard` or `alternation`
    bool wildcard = false;
    bool named = true;         // wildcard: only named nodes
    bool alternation = false;  // the children are alternatives
    bool anchored_before = false;
    bool anchored_end = false;
    TSFieldId field = 0;  // 0 = any child
    std::vector<uint32_t> captures;
    uint32_t first_child = 0;  // children: steps [first_child, first_child + child_count)
    uint32_t child_count = 0;
  };
  const std::vector<Step>& steps() const { return m_steps; }  // [0] is the root

 private:
  bool add(const TSLanguage* grammar, const ShapeStep& shape,
           const std::function<int64_t(const std::string&)>& capture_id, uint32_t index);
  std::vector<Step> m_steps;
};

class StructuralMatcher {
 public:
  StructuralMatcher() = default;
  ~StructuralMatcher();
  StructuralMatcher(const StructuralMatcher&) = delete;
  StructuralMatcher& operator=(const StructuralMatcher&) = delete;

  // Matches `pattern` at `node` (the caller has checked its type against the root step) and
  // returns the number of matches; match(i) gives the captures of match i, valid up to the
  // next call.
  size_t match(const StructuralPattern& pattern, TSNode node);
  // Forgets the children of nodes seen so far (kept while match() is called at one node, for
  // the several patterns tried there). Call it before matching in another tree.
  void forget();

  // True when the last match() could not decide (a node with several children by one field
  // that a step names): the pattern must then be run by the query engine at that node.
  bool undecided() const { return m_undecided; }
  struct Captures {
    const TSQueryCapture* captures;
    uint32_t count;
  };
  Captures result(size_t i) const {
    const List& list = m_lists[m_results + i];
    return {m_captures.data() + list.first, list.count};
  }

 private:
  struct List {
    uint32_t first = 0;  // into m_captures
    uint32_t count = 0;
  };
  struct Kid {
    TSNode node;
    TSFieldId field;
    uint32_t named_before;  // named children before it
  };
  struct Range {
    uint32_t begin = 0;
    uint32_t end = 0;
  };

  // Appends to m_lists the capture list of every match of step `step` at `node`, after any
  // scratch lists; returns the range of those matches.
  Range match_step(const StructuralPattern& pattern, uint32_t step, TSNode node);
  Range match_children(const StructuralPattern& pattern, const StructuralPattern::Step& step, TSNode node);
  void choose(const StructuralPattern& pattern, const StructuralPattern::Step& step, TSNode node, size_t kids,
              size_t count, size_t ranges, size_t chosen, size_t j, size_t from);
  void append(const StructuralPattern::Step& step, TSNode node, const size_t* chosen, size_t count);
  static bool node_fits(const StructuralPattern::Step& step, TSNode node);
  // The index in m_kids of the first child of `node`, collected on first use.
  size_t children_of(TSNode node);

  std::vector<TSQueryCapture> m_captures;
  std::vector<List> m_lists;
  // The children of the nodes seen at the current root node (see children_of), and where.
  struct Known {
    const void* id;
    uint32_t start;
    size_t kids;
  };
  std::vector<Known> m_known;
  std::vector<Kid> m_kids;
  // Scratch stacks: each level of match_children uses a slice above its caller's.
  std::vector<Range> m_ranges;
  std::vector<size_t> m_chosen;
  size_t m_results = 0;
  bool m_undecided = false;
  TSTreeCursor m_cursor{};
  bool m_has_cursor = false;
};

}  // namespace faultline::analyzer
