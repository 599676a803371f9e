// Literal conditions implied by a regular expression, so that most texts can be accepted or
// refused by a hash lookup instead of running std::regex: the exact words of a finite
// pattern (`^((Debug|Info)(f|w)?|Print)$`), or else the literal prefixes, suffixes, words
// and substrings one of which any matching text must have (`^(Has|Can)[A-Z]\w*$|[Ll]ogger$`,
// `BadRequest|[Ii]nvalid`).
//
// Thread-safety: plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace faultline::analyzer {

// A set of strings that can be searched with a string_view, without a copy.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

struct LiteralSets {
  // exact: a text matches the expression if and only if it is one of `words` (the other sets
  // are then empty). Otherwise a text can match only if it is one of `words`, starts with one
  // of `prefixes`, ends with one of `suffixes` or contains one of `infixes` (a necessary
  // condition only).
  bool exact = false;
  WordSet words;
  WordSet prefixes;
  WordSet suffixes;
  std::vector<std::string> infixes;

  // True when `text` meets the condition above.
  bool admits(std::string_view text) const;
  // True when the condition can be checked with hash lookups alone (no infixes).
  bool hashable() const { return infixes.empty(); }
};

// The literal condition of ECMAScript regular expression `pattern` searched in a text (as
// #match? does), or nullopt when none can be derived (a branch with no literal of its own,
// such as `\w+` or `.*`).
std::optional<LiteralSets> literal_sets(std::string_view pattern);

// True when every match of ECMAScript regular expression `pattern` starts at the beginning of
// the searched text: it starts with `^` (not multiline) and has no `|` outside parentheses and
// brackets. std::regex_search may then be told to try the start only (match_continuous).
bool anchored_at_start(std::string_view pattern);

}  // namespace faultline::analyzer
