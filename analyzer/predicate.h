// Predicate: a text condition on a query match (#eq?, #match?, #any-of? and their #not-
// forms), which the tree-sitter 0.20.7 runtime parses but does not evaluate.
#pragma once

#include <tree_sitter/api.h>

#include <memory>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/regex_literals.h"
#include "base/result.h"

namespace faultline::analyzer {

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

  // The capture the predicate tests (an id of the query it was parsed from).
  uint32_t capture() const { return m_capture; }
  // When the predicate holds only for texts that meet a literal condition (#eq? with a
  // string, #any-of?, #match? of a pattern with literal anchors; not negated): that
  // condition. Otherwise nullptr.
  const LiteralSets* literal_gate() const {
    if (m_negated || m_other_is_capture) return nullptr;
    return m_literals.get();
  }

 private:
  bool holds_for(std::string_view text, const TSQueryMatch& match, std::string_view source) const;

  Op m_op = Op::eq;
  bool m_negated = false;
  uint32_t m_capture = 0;
  bool m_other_is_capture = false;  // #eq? @a @b
  uint32_t m_other_capture = 0;
  std::string m_literal;
  WordSet m_words;  // #any-of?
  // What a matching text must look like (analyzer/regex_literals.h): for #match?, a fast
  // refusal before the regex runs, or the whole test when exact.
  std::shared_ptr<const LiteralSets> m_literals;
  std::shared_ptr<const std::regex> m_regex;  // #match? patterns that are not exact word sets
  std::regex_constants::match_flag_type m_search_flags = std::regex_constants::match_default;
};

}  // namespace faultline::analyzer
