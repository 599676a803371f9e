// Matching a simple pattern bottom-up. For a step at a node: when the node fits the step
// (type, or wildcard), collect the node's children with their fields (one tree-cursor pass),
// then for each child step and each child that fits it, the capture lists of the child step's
// matches there (recursively; most are refused by their type at once). Every increasing
// choice of one child per child step, each with one of its capture lists, is a match of the
// step: its capture list is the step's own captures followed by the chosen lists. All lists
// live in two flat buffers reused from one call to the next.
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
  if (shape.type == "_") {
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

bool StructuralMatcher::node_fits(const StructuralPattern::Step& step, TSNode node) const {
  TSSymbol symbol = ts_node_symbol(node);
  if (!step.wildcard) return symbol == step.symbol;
  if (symbol == k_error_symbol) return false;
  return !step.named || ts_node_is_named(node);
}

std::pair<size_t, size_t> StructuralMatcher::match_step(const StructuralPattern& pattern, uint32_t index,
                                                        TSNode node) {
  const StructuralPattern::Step& step = pattern.steps()[index];
  const size_t first = m_lists.size();
  if (!node_fits(step, node)) return {first, first};
  if (step.child_count == 0) {
    List list{static_cast<uint32_t>(m_captures.size()), static_cast<uint32_t>(step.captures.size())};
    for (uint32_t id : step.captures) m_captures.push_back({node, id});
    m_lists.push_back(list);
    return {first, m_lists.size()};
  }

  // The node's children and their fields.
  struct Kid {
    TSNode node;
    TSFieldId field;
  };
  std::vector<Kid> kids;
  if (!m_has_cursor) {
    m_cursor = ts_tree_cursor_new(node);
    m_has_cursor = true;
  } else {
    ts_tree_cursor_reset(&m_cursor, node);
  }
  if (ts_tree_cursor_goto_first_child(&m_cursor)) {
    do {
      kids.push_back({ts_tree_cursor_current_node(&m_cursor), ts_tree_cursor_current_field_id(&m_cursor)});
    } while (ts_tree_cursor_goto_next_sibling(&m_cursor));
  }
  const size_t k = step.child_count;
  if (kids.size() < k) return {first, first};

  // ranges[j * kids + i]: the lists of child step j matched at kid i.
  std::vector<std::pair<size_t, size_t>> ranges(k * kids.size(), {0, 0});
  for (size_t j = 0; j < k; ++j) {
    const uint32_t child = step.first_child + static_cast<uint32_t>(j);
    const StructuralPattern::Step& child_step = pattern.steps()[child];
    bool any = false;
    // Child step j can only use kids j .. kids - (k - j): the others need room around it.
    for (size_t i = j; i + (k - j) <= kids.size(); ++i) {
      if (child_step.field != 0 && kids[i].field != child_step.field) continue;
      auto range = match_step(pattern, child, kids[i].node);
      ranges[j * kids.size() + i] = range;
      any = any || range.first != range.second;
    }
    if (!any) return {m_lists.size(), m_lists.size()};
  }

  // Every increasing choice of kids, with every choice of a list at each.
  const size_t results = m_lists.size();
  std::vector<size_t> chosen(k, 0);  // a list index per child step
  auto emit = [&] {
    List list{static_cast<uint32_t>(m_captures.size()), 0};
    for (uint32_t id : step.captures) m_captures.push_back({node, id});
    for (size_t j = 0; j < k; ++j) {
      const List part = m_lists[chosen[j]];
      for (uint32_t c = 0; c < part.count; ++c) {
        const TSQueryCapture capture = m_captures[part.first + c];
        m_captures.push_back(capture);
      }
    }
    list.count = static_cast<uint32_t>(m_captures.size()) - list.first;
    m_lists.push_back(list);
  };
  std::function<void(size_t, size_t)> choose = [&](size_t j, size_t from) {
    if (j == k) {
      emit();
      return;
    }
    for (size_t i = from; i + (k - j) <= kids.size(); ++i) {
      auto [begin, end] = ranges[j * kids.size() + i];
      for (size_t l = begin; l < end; ++l) {
        chosen[j] = l;
        choose(j + 1, i + 1);
      }
    }
  };
  choose(0, 0);
  // The step's matches are the lists added since `results`; the child lists before them are
  // scratch that the caller skips.
  return {results, m_lists.size()};
}

void StructuralMatcher::match(const StructuralPattern& pattern, TSNode node,
                              const std::function<void(const TSQueryCapture*, uint32_t)>& on_match) {
  m_captures.clear();
  m_lists.clear();
  auto [begin, end] = match_step(pattern, 0, node);
  for (size_t l = begin; l < end; ++l) on_match(m_captures.data() + m_lists[l].first, m_lists[l].count);
}

}  // namespace faultline::analyzer
