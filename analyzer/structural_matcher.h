// StructuralMatcher: runs one "simple" query pattern (analyzer/pattern_shape.h: a node with
// child steps by field or position, node types, `(_)`, `_`, tokens and captures, without
// quantifiers, alternations, anchors or negated fields) at one node, directly with tree-sitter
// node and tree-cursor calls, instead of setting up a one-pattern TSQuery per candidate.
//
// It follows the query engine's semantics for these steps: a step's children match distinct
// children of the node in the order they are written (not necessarily adjacent), a field step
// only a child held by that field, a named type only nodes of its symbol, `(_)` any named node
// and `_` any node except an ERROR node; every way of matching is a match. The classifier
// only uses the union of what the matches capture (analyzer/scorer.h), so matches with
// identical captures, which the query engine folds into one, are equivalent.
//
// Thread-safety: a StructuralPattern is immutable once built and shared by all threads; a
// StructuralMatcher holds the scratch buffers of one thread.
#pragma once

#include <tree_sitter/api.h>

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
    TSSymbol symbol = 0;  // 0 with `wildcard`
    bool wildcard = false;
    bool named = true;    // wildcard: only named nodes
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

  // Calls `on_match` with the captures of each match of `pattern` rooted at `node` (whose
  // type the caller has checked against the root step). The span is valid during the call.
  void match(const StructuralPattern& pattern, TSNode node,
             const std::function<void(const TSQueryCapture* captures, uint32_t count)>& on_match);

 private:
  // The capture lists of every match of step `step` at `node`, appended to m_lists; returns
  // the index range [first, end) of the lists it added.
  std::pair<size_t, size_t> match_step(const StructuralPattern& pattern, uint32_t step, TSNode node);
  bool node_fits(const StructuralPattern::Step& step, TSNode node) const;

  struct List {
    uint32_t first = 0;  // into m_captures
    uint32_t count = 0;
  };
  std::vector<TSQueryCapture> m_captures;
  std::vector<List> m_lists;
  TSTreeCursor m_cursor{};
  bool m_has_cursor = false;
};

}  // namespace faultline::analyzer
