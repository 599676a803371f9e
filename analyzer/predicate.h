// Predicate: a text condition on a query match (#eq?, #match?, #any-of? and their #not-
// forms), which the tree-sitter 0.20.7 runtime parses but does not evaluate.
#pragma once

#include <tree_sitter/api.h>

#include <memory>
#include <regex>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/result.h"

namespace faultline::analyzer {

// A set of strings that can be searched with a string_view, without a copy.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

class Predicate {
 public:
  enum class Op { eq, match, any_of };

  // True when every node captured by the subject capture in `match` satisfies the predicate
  // (a capture with no node passes, as in tree-sitter's own bindings). `source` is the text
  // the tree was parsed from. Safe to call from many threads at once.
  bool holds(const TSQueryMatch& match, std::string_view source) const;

  // The predicates of `pattern` in `query`; `where` (file:line:col of the pattern) prefixes
  // errors: an unknown predicate, a wrong argument count, an invalid regular expression.
  // Regular expressions are compiled here, once.
  static Result<std::vector<Predicate>> parse_all(const TSQuery* query, uint32_t pattern,
                                                  const std::string& where);

 private:
  bool holds_for(std::string_view text, const TSQueryMatch& match, std::string_view source) const;

  Op m_op = Op::eq;
  bool m_negated = false;
  uint32_t m_capture = 0;
  bool m_other_is_capture = false;  // #eq? @a @b
  uint32_t m_other_capture = 0;
  std::string m_literal;
  // #any-of?, and #match? of a plain anchored alternation ("^(log|logger)$"): a set lookup.
  WordSet m_words;
  bool m_use_words = false;
  std::shared_ptr<const std::regex> m_regex;  // other #match? patterns (ECMAScript, searched)
};

}  // namespace faultline::analyzer
