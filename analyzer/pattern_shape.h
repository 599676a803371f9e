// PatternShape: what the classifier needs to know about the structure of one tree-sitter
// query pattern in order to run it only where it can match: the node types its root can
// have, the captures on its root, and its "gates": chains of fields from the root to a node
// that a predicate names (`name: (identifier) @_n` with `(#any-of? @_n "info" "warn")`).
//
// The tree-sitter 0.20.7 C API does not expose a pattern's steps, so the shape is read from
// the pattern's source text. The reader is conservative: anything it does not fully
// understand (top-level sequences, wildcard or supertype roots, quantified roots, captures on
// groups) makes the pattern "not dispatchable", and such patterns keep running as an ordinary
// query over the whole tree. It never has to reject a valid query: the text was already
// compiled by tree-sitter.
//
// Thread-safety: plain values.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace faultline::analyzer {

// Where a capture certainly lies in every match: at the end of one of `paths`, each a chain
// of steps from the pattern's root, a step being a field name or "" for "any child" (a child
// pattern without a field). The chains pass only through nodes every match contains (no
// quantifier on the way; through an alternation only when each alternative holds the
// capture), so a predicate on the capture must hold for some node at the end of some path.
struct GatePath {
  std::string capture;
  std::vector<std::vector<std::string>> paths;  // {} = the root itself
  bool on_token = false;  // the capture may be an anonymous node (on a "token" or a bare `_`)
};

// One step of a "simple" pattern (see PatternShape::simple): a node of one type, a child by
// one field or by none, with its captures and its own child steps; or an alternation of
// such steps (`[(a) (b)] @c`), whose field and captures apply to whichever alternative fits.
struct ShapeStep {
  std::string type;          // a named type, "_" for any named node (`(_)`), or an anonymous token's text
  bool named = true;         // false: an anonymous token ("async", "!="), or `_` (any node) when type is "_"
  bool alternation = false;  // `children` are alternatives, `type` is unused
  std::string field;         // "" = any child
  std::vector<std::string> captures;
  std::vector<ShapeStep> children;  // in order
  bool anchored_before = false;     // a `.` precedes it among its parent's children
  bool anchored_end = false;        // a `.` follows its last child
};

struct PatternShape {
  // The pattern has one root node whose type is one of `root_types` (named, concrete types;
  // several for a top-level alternation such as `[(for_statement) (while_statement)] @c`),
  // or, for a wildcard root `(_ ...)`, whose children always include a node of type
  // `anchor_type` (named, or an anonymous token such as "async" when !anchor_named), so that
  // it can be run at the parent of each such node. When false, nothing else below is
  // meaningful.
  bool dispatchable = false;
  std::vector<std::string> root_types;
  std::string anchor_type;  // "" unless the root is a wildcard
  bool anchor_named = true;
  std::vector<std::string> root_captures;  // captures on the root node
  // The root has no children, fields or negated fields in the pattern: a match is exactly a
  // node of a root type (whose root predicates, if any, hold).
  bool root_only = false;
  std::vector<GatePath> gates;  // one per capture whose place is certain
  // The pattern is one node of a concrete type or `(_)`, or an alternation of such nodes, whose
  // descendants are plain steps: nodes of a type, `(_)`, `_`, tokens or alternations of them,
  // each with at most a field and captures, and `.` anchors between them; no quantifiers,
  // groups or negated fields. `steps` is then its root.
  bool simple = false;
  ShapeStep steps;
};

// Reads the shape of the single pattern in `text` (one pattern with its predicates, plus
// any comments and whitespace around it).
PatternShape read_pattern_shape(std::string_view text);

}  // namespace faultline::analyzer
