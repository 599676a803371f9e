// Collecting matches. Gates are evaluated as the walk goes: each frame of the walk's stack
// remembers the field its node hangs by and, when patterns are rooted at its type, a slice of
// gate slots. On entering a node, the open frames up to the deepest gate chain above it are
// checked: where the fields from a frame down to the node spell one of that frame's chains,
// the node's text is tested against the chain's gates (analyzer/gate_chain.h) and the slots
// it satisfies are set. Fields are read only for nodes within reach of a chain, texts only for
// named nodes unless some gate reads a token. On leaving a node, all its descendants have been
// seen, so its gates are final:
//   1. each candidate pattern whose slots all hold is matched: a root-only pattern by
//      evaluating its predicates on the node itself (a match whose captures are all that
//      node), a simple one by the StructuralMatcher (analyzer/structural_matcher.h), any
//      other (or a simple one the matcher leaves undecided) by running its one-pattern query,
//      compiled on first use, on the node's subtree;
//   2. wildcard-rooted patterns anchored at the type of one of its children are gated by
//      scanning its children with a tree cursor (they are few; only short chains are
//      scanned, gates with a long one are taken to hold), then matched the same way;
//   3. each surviving capture becomes a Capture (presence, signal, mark) or a ContextRange,
//      according to its pattern's concept (LanguagePack::role).
#include "analyzer/match_collector.h"

#include <algorithm>

#include "analyzer/node_text.h"

namespace faultline::analyzer {
namespace {

bool all_hold(const std::vector<Predicate>& predicates, const TSQueryMatch& match, std::string_view source) {
  for (const Predicate& predicate : predicates) {
    if (!predicate.holds(match, source)) return false;
  }
  return true;
}

}  // namespace

MatchCollector::MatchCollector() : m_cursor(ts_query_cursor_new()), m_fields{} {}

MatchCollector::~MatchCollector() {
  if (m_fields.tree != nullptr) ts_tree_cursor_delete(&m_fields);
}

void MatchCollector::begin(const LanguagePack& pack, std::string_view source, std::vector<Capture>& captures,
                           std::vector<ContextRange>& contexts) {
  m_pack = &pack;
  m_source = source;
  m_captures = &captures;
  m_contexts = &contexts;
  m_frames.clear();
  m_gated.clear();
  m_bits.clear();
  m_anchored.clear();
  m_failure.clear();
  m_matcher.forget();
}

void MatchCollector::emit(uint32_t pattern, uint32_t capture_id, TSNode node) {
  int concept_slot = m_pack->concept_of(pattern);
  const CaptureRole& role = m_pack->role(concept_slot, capture_id);
  if (role.kind == CaptureKind::ignore) return;
  if (role.kind == CaptureKind::context) {
    m_contexts->push_back({role.index, ts_node_start_byte(node), ts_node_end_byte(node)});
    return;
  }
  Capture capture;
  capture.concept_slot = concept_slot;
  capture.kind = role.kind;
  capture.index = role.index;
  capture.start_byte = ts_node_start_byte(node);
  capture.end_byte = ts_node_end_byte(node);
  capture.line = static_cast<int>(ts_node_start_point(node).row) + 1;
  m_captures->push_back(capture);
}

void MatchCollector::note_gate_text(TSNode node) {
  const size_t top = m_frames.size() - 1;
  const size_t limit = m_pack->dispatch().deepest();
  std::string_view text;
  bool have_text = false;
  for (size_t g = m_gated.size(); g > 0; --g) {
    const size_t depth = top - m_gated[g - 1];
    if (depth > limit) break;
    const Frame& owner = m_frames[m_gated[g - 1]];
    const SymbolDispatch* own = owner.own;
    if (own->deepest < depth) continue;
    for (uint32_t c : own->by_length[depth]) {
      const GateChain& chain = own->chains[c];
      // The last step (the field holding the node itself) first: it refuses most.
      bool fits = true;
      for (size_t k = depth; k > 0 && fits; --k) {
        fits = chain.steps[k - 1] == 0 || m_frames[top - depth + k].field == chain.steps[k - 1];
      }
      if (!fits) continue;
      if (!have_text) {
        text = node_text(node, m_source);
        have_text = true;
      }
      chain.mark(text, m_bits.data() + owner.bits);
    }
  }
}

void MatchCollector::scan_gates(const SymbolDispatch& dispatch, TSNode node, std::vector<char>& holds) {
  holds.assign(dispatch.gate_count, 0);
  if (!dispatch.assumed.empty()) {
    std::string_view text = node_text(node, m_source);
    for (const SymbolDispatch::Assumed& assumed : dispatch.assumed) {
      bool found = assumed.needles.empty();
      for (size_t i = 0; i < assumed.needles.size() && !found; ++i) {
        found = text.find(assumed.needles[i]) != std::string_view::npos;
      }
      holds[assumed.slot] = found ? 1 : 0;
    }
  }
  for (size_t c = 0; c < dispatch.chains.size(); ++c) {
    if (!dispatch.scanned[c]) continue;
    const GateChain& chain = dispatch.chains[c];
    m_level.assign(1, node);
    for (TSFieldId field : chain.steps) {
      m_next_level.clear();
      for (TSNode parent : m_level) {
        if (m_fields.tree == nullptr) {
          m_fields = ts_tree_cursor_new(parent);
        } else {
          ts_tree_cursor_reset(&m_fields, parent);
        }
        if (!ts_tree_cursor_goto_first_child(&m_fields)) continue;
        do {
          if (field == 0 || ts_tree_cursor_current_field_id(&m_fields) == field) {
            m_next_level.push_back(ts_tree_cursor_current_node(&m_fields));
          }
        } while (ts_tree_cursor_goto_next_sibling(&m_fields));
      }
      m_level.swap(m_next_level);
      if (m_level.empty()) break;
    }
    for (TSNode end : m_level) chain.mark(node_text(end, m_source), holds.data());
  }
}

void MatchCollector::run_candidates(const SymbolDispatch& dispatch, TSNode node, const char* holds) {
  const auto& entries = m_pack->dispatch().entries();
  for (const SymbolDispatch::Candidate& candidate : dispatch.candidates) {
    bool open = true;
    for (uint16_t slot : candidate.gate_slots) {
      if (!holds[slot]) {
        open = false;
        break;
      }
    }
    if (open) run_entry(entries[candidate.entry], node);
  }
}

void MatchCollector::run_entry(const DispatchEntry& entry, TSNode node) {
  if (entry.kind == DispatchEntry::Kind::root_only) {
    m_root_captures.clear();
    for (uint32_t id : entry.root_captures) m_root_captures.push_back({node, id});
    TSQueryMatch match{0, static_cast<uint16_t>(entry.pattern), static_cast<uint16_t>(m_root_captures.size()),
                       m_root_captures.data()};
    if (!all_hold(entry.predicates, match, m_source)) return;
    for (uint32_t id : entry.root_captures) emit(entry.pattern, id, node);
    return;
  }
  if (entry.kind == DispatchEntry::Kind::structural) {
    const size_t matches = m_matcher.match(entry.structural, node);
    if (m_matcher.undecided()) {
      run_alone(entry, node);
      return;
    }
    for (size_t m = 0; m < matches; ++m) {
      auto [captures, count] = m_matcher.result(m);
      TSQueryMatch match{0, static_cast<uint16_t>(entry.pattern), static_cast<uint16_t>(count), captures};
      if (!all_hold(entry.predicates, match, m_source)) continue;
      for (uint32_t i = 0; i < count; ++i) emit(entry.pattern, captures[i].index, captures[i].node);
    }
    return;
  }
  run_alone(entry, node);
}

void MatchCollector::run_alone(const DispatchEntry& entry, TSNode node) {
  const AloneQuery& alone = entry.alone();
  if (!alone.query) {
    if (m_failure.empty()) m_failure = "a dispatched pattern does not compile alone: " + entry.text;
    return;
  }
  // Only matches rooted at `node` are wanted. The cursor starts new matches only at nodes
  // that intersect its byte range, and descends outside the range only while a started match
  // needs deeper nodes: a one-byte range at the node's start confines the work to the node's
  // own match, plus (rarely) matches rooted at descendants that start at the same byte.
  TSQueryCursor* cursor = m_cursor.get();
  uint32_t start = ts_node_start_byte(node);
  if (ts_node_end_byte(node) > start) {
    ts_query_cursor_set_byte_range(cursor, start, start + 1);
  } else {
    ts_query_cursor_set_byte_range(cursor, 0, UINT32_MAX);
  }
  ts_query_cursor_exec(cursor, alone.query.get(), node);
  TSQueryMatch match;
  while (ts_query_cursor_next_match(cursor, &match)) {
    if (!all_hold(alone.predicates, match, m_source)) continue;
    for (uint16_t i = 0; i < match.capture_count; ++i) {
      emit(entry.pattern, alone.capture_map[match.captures[i].index], match.captures[i].node);
    }
  }
}

void MatchCollector::enter(TSNode node, TSSymbol symbol, const TSTreeCursor* cursor) {
  const DispatchPlan& plan = m_pack->dispatch();
  const int inherited = m_frames.empty() ? -1 : m_frames.back().reach - 1;
  Frame& frame = m_frames.emplace_back();  // filled in place: a copy from the stack stalls
  frame.node = node;
  // Only a node within reach of an open frame's gate chains can lie on one of them.
  frame.field = inherited >= 0 && cursor != nullptr ? ts_tree_cursor_current_field_id(cursor) : 0;
  frame.own = plan.at(symbol);
  frame.bits = m_bits.size();
  frame.reach = inherited;
  if (frame.own != nullptr && frame.own->gate_count > 0) {
    m_bits.resize(m_bits.size() + frame.own->gate_count, 0);
    frame.reach = std::max(inherited, static_cast<int>(frame.own->deepest));
    m_gated.push_back(m_frames.size() - 1);
  }
  // No open frame has a gate chain down to here: nothing to note.
  if ((frame.reach >= 0 || inherited >= 0) && (plan.gates_on_tokens() || plan.named(symbol)))
    note_gate_text(node);
  const SymbolDispatch* anchored = plan.at_parent_of(symbol);
  if (anchored != nullptr && m_frames.size() >= 2) {
    const size_t parent = m_frames.size() - 2;
    bool queued = false;
    for (size_t i = m_anchored.size(); i > 0 && m_anchored[i - 1].depth == parent && !queued; --i) {
      queued = m_anchored[i - 1].dispatch == anchored;
    }
    if (!queued) m_anchored.push_back({parent, anchored});
  }
}

void MatchCollector::leave() {
  const size_t depth = m_frames.size() - 1;
  const TSNode node = m_frames.back().node;
  const SymbolDispatch* own = m_frames.back().own;
  const size_t bits = m_frames.back().bits;
  if (own != nullptr) run_candidates(*own, node, m_bits.data() + bits);
  while (!m_anchored.empty() && m_anchored.back().depth == depth) {
    const SymbolDispatch* dispatch = m_anchored.back().dispatch;
    m_anchored.pop_back();
    scan_gates(*dispatch, node, m_scanned);
    run_candidates(*dispatch, node, m_scanned.data());
  }
  m_bits.resize(bits);
  if (!m_gated.empty() && m_gated.back() == depth) m_gated.pop_back();
  m_frames.pop_back();
}

void MatchCollector::run_rest(TSNode root) {
  if (m_pack->dispatch().has_rest()) run_query(m_pack->query(), root);
}

bool MatchCollector::run_plain(TSNode root) {
  const TSQuery* query = m_pack->plain_query();
  if (query == nullptr) return false;
  run_query(query, root);
  return true;
}

void MatchCollector::run_query(const TSQuery* query, TSNode root) {
  TSQueryCursor* cursor = m_cursor.get();
  ts_query_cursor_set_byte_range(cursor, 0, UINT32_MAX);
  ts_query_cursor_exec(cursor, query, root);
  TSQueryMatch match;
  while (ts_query_cursor_next_match(cursor, &match)) {
    if (m_pack->has_predicates(match.pattern_index) &&
        !all_hold(m_pack->predicates(match.pattern_index), match, m_source))
      continue;
    for (uint16_t i = 0; i < match.capture_count; ++i)
      emit(match.pattern_index, match.captures[i].index, match.captures[i].node);
  }
}

}  // namespace faultline::analyzer
