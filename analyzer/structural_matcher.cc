// Matching a simple pattern bottom-up. For a step at a node: when the node fits the step
// (type, or wildcard), collect the node's children with their fields (one tree-cursor pass),
// then for each child step and each child that fits it, the capture lists of the child step's
// matches there (recursively; most are refused by their type at once). Every increasing
// choice of one child per child step, each with one of its capture lists, is a match of the
// step: its capture list is the step's own captures followed by the chosen lists. All lists
// live in two flat buffers and the ranges of each level in a scratch stack, all reused from
// one call to the next: a candidate allocates nothing once they have grown. The children of a
// node are collected once per candidate node, however many patterns are tried there (an
// `if err != nil` is tried by five Go patterns).
// An alternation's matches are its alternatives' (each given the alternation's captures).
#include "analyzer/structural_matcher.h"

namespace faultline::analyzer {
namespace {

constexpr TSSymbol k_error_symbol = static_cast<TSSymbol>(-1);

}  // namespace

bool StructuralPattern::build(const TSLanguage* grammar, const ShapeStep& shape,
                              const std::function<int64_t(const std::string&)>& capture_id) {
  m_steps.assign(1, Step{});
  return add(grammar, shape, capture_id, 0);
}

bool StructuralPattern::add(const TSLanguage* grammar, const ShapeStep& shape,
                            const std::function<int64_t(const std::string&)>& capture_id, uint32_t index) {
  Step step;
  step.named = shape.named;
  step.alternation = shape.alternation;
  step.anchored_before = shape.anchored_before;
  step.anchored_end = shape.anchored_end;
  if (shape.alternation) {
    // matched through its alternatives
  } else if (shape.type == "_") {
    step.wildcard = true;
  } else {
    step.symbol = ts_language_symbol_for_name(grammar, shape.type.data(),
                                              static_cast<uint32_t>(shape.type.size()), shape.named);
    TSSymbolType wanted = shape.named ? TSSymbolTypeRegular : TSSymbolTypeAnonymous;
    if (step.symbol == 0 || ts_language_symbol_type(grammar, step.symbol) != wanted) return false;
  }
  if (!shape.field.empty()) {
    step.field =
        ts_language_field_id_for_name(grammar, shape.field.data(), static_cast<uint32_t>(shape.field.size()));
    if (step.field == 0) return false;
  }
  for (const std::string& name : shape.captures) {
    int64_t id = capture_id(name);
    if (id < 0) return false;
    step.captures.push_back(static_cast<uint32_t>(id));
  }
  step.first_child = static_cast<uint32_t>(m_steps.size());
  step.child_count = static_cast<uint32_t>(shape.children.size());
  m_steps.resize(m_steps.size() + shape.children.size());
  m_steps[index] = step;
  for (uint32_t i = 0; i < step.child_count; ++i) {
    if (!add(grammar, shape.children[i], capture_id, step.first_child + i)) return false;
  }
  return true;
}

StructuralMatcher::~StructuralMatcher() {
  if (m_has_cursor) ts_tree_cursor_delete(&m_cursor);
}

bool StructuralMatcher::node_fits(const StructuralPattern::Step& step, TSNode node) {
  TSSymbol symbol = ts_node_symbol(node);
  if (!step.wildcard) return symbol == step.symbol;
  if (symbol == k_error_symbol) return false;
  return !step.named || ts_node_is_named(node);
}

void StructuralMatcher::forget() {
  m_known.clear();
  m_kids.clear();
}

size_t StructuralMatcher::children_of(TSNode node) {
  const uint32_t start = ts_node_start_byte(node);
  for (const Known& known : m_known) {
    if (known.id == node.id && known.start == start) return known.kids;
  }
  // A header (its named_before holds the number of children), the children with their
  // fields and the number of named children before each, then a sentinel whose named_before
  // is the number of named children in all.
  m_kids.push_back({TSNode{}, 0, 0});
  const size_t kids = m_kids.size();
  if (!m_has_cursor) {
    m_cursor = ts_tree_cursor_new(node);
    m_has_cursor = true;
  } else {
    ts_tree_cursor_reset(&m_cursor, node);
  }
  uint32_t named = 0;
  if (ts_tree_cursor_goto_first_child(&m_cursor)) {
    do {
      TSNode kid = ts_tree_cursor_current_node(&m_cursor);
      m_kids.push_back({kid, ts_tree_cursor_current_field_id(&m_cursor), named});
      named += ts_node_is_named(kid) ? 1 : 0;
    } while (ts_tree_cursor_goto_next_sibling(&m_cursor));
  }
  m_kids[kids - 1].named_before = static_cast<uint32_t>(m_kids.size() - kids);
  m_kids.push_back({TSNode{}, 0, named});
  m_known.push_back({node.id, start, kids});
  return kids;
}

size_t StructuralMatcher::match(const StructuralPattern& pattern, TSNode node) {
  if (m_known.empty() || m_known.front().id != node.id || m_known.front().start != ts_node_start_byte(node))
    forget();
  m_captures.clear();
  m_lists.clear();
  m_ranges.clear();
  m_chosen.clear();
  m_undecided = false;
  Range range = match_step(pattern, 0, node);
  if (m_undecided) return 0;
  m_results = range.begin;
  return range.end - range.begin;
}

StructuralMatcher::Range StructuralMatcher::match_step(const StructuralPattern& pattern, uint32_t index,
                                                       TSNode node) {
  const StructuralPattern::Step& step = pattern.steps()[index];
  if (step.alternation) {
    // Each alternative's matches, then copies of them (with the alternation's captures) laid
    // out together after the alternatives' scratch.
    const size_t base = m_ranges.size();
    for (uint32_t a = 0; a < step.child_count; ++a) {
      Range range = match_step(pattern, step.first_child + a, node);
      m_ranges.push_back(range);
    }
    const auto begin = static_cast<uint32_t>(m_lists.size());
    for (size_t a = base; a < m_ranges.size(); ++a) {
      for (uint32_t l = m_ranges[a].begin; l < m_ranges[a].end; ++l) {
        const size_t chosen = l;
        append(step, node, &chosen, 1);
      }
    }
    m_ranges.resize(base);
    return {begin, static_cast<uint32_t>(m_lists.size())};
  }
  const auto none = static_cast<uint32_t>(m_lists.size());
  if (!node_fits(step, node)) return {none, none};
  if (step.child_count == 0) {
    append(step, node, nullptr, 0);
    return {none, none + 1};
  }
  return match_children(pattern, step, node);
}

StructuralMatcher::Range StructuralMatcher::match_children(const StructuralPattern& pattern,
                                                           const StructuralPattern::Step& step, TSNode node) {
  const size_t kids = children_of(node);
  const size_t count = m_kids[kids - 1].named_before;  // the header before the node's children
  const size_t k = step.child_count;
  const auto none = static_cast<uint32_t>(m_lists.size());
  if (count < k) return {none, none};

  // A field held by several children: the query engine may stop at the first of them that
  // fails (it asks the grammar whether later siblings can hold the field, which the public API
  // does not tell), so leave such a node to it.
  for (size_t j = 0; j < k; ++j) {
    const TSFieldId field = pattern.steps()[step.first_child + j].field;
    if (field == 0) continue;
    int holders = 0;
    for (size_t i = 0; i < count; ++i) holders += m_kids[kids + i].field == field ? 1 : 0;
    if (holders > 1) {
      m_undecided = true;
      return {none, none};
    }
  }

  // m_ranges[ranges + j * count + i]: the matches of child step j at kid i. Child step j can
  // only use kids j .. count - (k - j): the others leave no room for the other steps.
  const size_t ranges = m_ranges.size();
  m_ranges.resize(ranges + k * count);
  for (size_t j = 0; j < k; ++j) {
    const uint32_t child = step.first_child + static_cast<uint32_t>(j);
    const TSFieldId field = pattern.steps()[child].field;
    bool any = false;
    for (size_t i = j; i + (k - j) <= count; ++i) {
      if (field != 0 && m_kids[kids + i].field != field) continue;
      Range range = match_step(pattern, child, m_kids[kids + i].node);
      m_ranges[ranges + j * count + i] = range;
      any = any || range.begin != range.end;
    }
    if (!any) {
      m_ranges.resize(ranges);
      return {none, none};
    }
  }

  const auto begin = static_cast<uint32_t>(m_lists.size());
  const size_t chosen = m_chosen.size();
  m_chosen.resize(chosen + k);
  choose(pattern, step, node, kids, count, ranges, chosen, 0, 0);
  m_chosen.resize(chosen);
  m_ranges.resize(ranges);
  return {begin, static_cast<uint32_t>(m_lists.size())};
}

void StructuralMatcher::choose(const StructuralPattern& pattern, const StructuralPattern::Step& step,
                               TSNode node, size_t kids, size_t count, size_t ranges, size_t chosen, size_t j,
                               size_t from) {
  const size_t k = step.child_count;
  if (j == k) {
    append(step, node, m_chosen.data() + chosen, k);
    return;
  }
  const StructuralPattern::Step& child = pattern.steps()[step.first_child + j];
  const uint32_t named_total = m_kids[kids + count].named_before;
  for (size_t i = from; i + (k - j) <= count; ++i) {
    const Kid& kid = m_kids[kids + i];
    // `.` before the step: no named child between the previous step's kid (or the start) and
    // this one; further kids only add named children in between.
    if (child.anchored_before && kid.named_before != m_kids[kids + from].named_before) break;
    // `.` after the last step: no named child after it.
    if (j + 1 == k && step.anchored_end && m_kids[kids + i + 1].named_before != named_total) continue;
    const Range range = m_ranges[ranges + j * count + i];
    for (uint32_t l = range.begin; l < range.end; ++l) {
      m_chosen[chosen + j] = l;
      choose(pattern, step, node, kids, count, ranges, chosen, j + 1, i + 1);
    }
  }
}

void StructuralMatcher::append(const StructuralPattern::Step& step, TSNode node, const size_t* chosen,
                               size_t count) {
  List list{static_cast<uint32_t>(m_captures.size()), 0};
  for (uint32_t id : step.captures) m_captures.push_back({node, id});
  for (size_t j = 0; j < count; ++j) {
    const List part = m_lists[chosen[j]];
    for (uint32_t c = 0; c < part.count; ++c) {
      const TSQueryCapture capture = m_captures[part.first + c];
      m_captures.push_back(capture);
    }
  }
  list.count = static_cast<uint32_t>(m_captures.size()) - list.first;
  m_lists.push_back(list);
}

}  // namespace faultline::analyzer
