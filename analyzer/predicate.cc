// Predicates are parsed from the query's predicate steps (a capture, then strings or
// captures, then a Done step) into a small struct evaluated per match. Regular expressions
// dominate the cost, so a #match? whose pattern denotes a finite set of words
// ("^((Debug|Info)f?|Print)$") becomes a hash-set lookup, and others are compiled once with
// std::regex (ECMAScript) and searched, like tree-sitter's own bindings do, after a literal
// pre-check (analyzer/regex_literals.h) has refused most texts without running them.
#include "analyzer/predicate.h"

#include "analyzer/node_text.h"

namespace faultline::analyzer {

bool Predicate::holds_for(std::string_view text, const TSQueryMatch& match, std::string_view source) const {
  bool result = false;
  switch (m_op) {
    case Op::eq:
      if (m_other_is_capture) {
        result = true;
        for (uint16_t i = 0; i < match.capture_count; ++i) {
          if (match.captures[i].index == m_other_capture &&
              node_text(match.captures[i].node, source) != text) {
            result = false;
          }
        }
      } else {
        result = text == m_literal;
      }
      break;
    case Op::any_of:
      result = m_words.contains(text);
      break;
    case Op::match:
      if (m_literals && m_literals->exact) {
        result = m_literals->words.contains(text);
      } else if (m_literals && !m_literals->admits(text)) {
        result = false;
      } else {
        // An anchored pattern is tried at the start only, not at every position of the text.
        result = std::regex_search(text.begin(), text.end(), *m_regex, m_search_flags);
      }
      break;
  }
  return result != m_negated;
}

bool Predicate::holds(const TSQueryMatch& match, std::string_view source) const {
  for (uint16_t i = 0; i < match.capture_count; ++i) {
    if (match.captures[i].index != m_capture) continue;
    if (!holds_for(node_text(match.captures[i].node, source), match, source)) return false;
  }
  return true;
}

Result<std::vector<Predicate>> Predicate::parse_all(const TSQuery* query, uint32_t pattern,
                                                    const std::string& where) {
  std::vector<Predicate> out;
  uint32_t step_count = 0;
  const TSQueryPredicateStep* steps = ts_query_predicates_for_pattern(query, pattern, &step_count);
  uint32_t i = 0;
  while (i < step_count) {
    uint32_t end = i;
    while (end < step_count && steps[end].type != TSQueryPredicateStepTypeDone) ++end;
    // steps[i .. end): name, arguments
    if (steps[i].type != TSQueryPredicateStepTypeString)
      return Error(where + ": a predicate must start with its name");
    uint32_t length = 0;
    std::string name = ts_query_string_value_for_id(query, steps[i].value_id, &length);
    Predicate predicate;
    std::string base = name;
    if (base.rfind("not-", 0) == 0) {
      predicate.m_negated = true;
      base = base.substr(4);
    }
    if (base == "eq?") {
      predicate.m_op = Op::eq;
    } else if (base == "match?") {
      predicate.m_op = Op::match;
    } else if (base == "any-of?") {
      predicate.m_op = Op::any_of;
    } else {
      return Error(where + ": unsupported predicate #" + name +
                   " (faultline evaluates #eq? #not-eq? #match? #not-match? #any-of? #not-any-of?)");
    }
    uint32_t args = end - i - 1;
    if (args < 2 || steps[i + 1].type != TSQueryPredicateStepTypeCapture)
      return Error(where + ": #" + name + " takes a capture and then a value");
    predicate.m_capture = steps[i + 1].value_id;
    if (predicate.m_op == Op::any_of) {
      for (uint32_t k = i + 2; k < end; ++k) {
        if (steps[k].type != TSQueryPredicateStepTypeString)
          return Error(where + ": #" + name + " takes strings after its capture");
        predicate.m_words.emplace(ts_query_string_value_for_id(query, steps[k].value_id, &length));
      }
      auto literals = std::make_shared<LiteralSets>();
      literals->exact = true;
      literals->words = predicate.m_words;
      predicate.m_literals = std::move(literals);
    } else {
      if (args != 2) return Error(where + ": #" + name + " takes exactly two arguments");
      const TSQueryPredicateStep& value = steps[i + 2];
      if (value.type == TSQueryPredicateStepTypeCapture) {
        if (predicate.m_op != Op::eq) return Error(where + ": #" + name + " needs a string pattern");
        predicate.m_other_is_capture = true;
        predicate.m_other_capture = value.value_id;
      } else {
        predicate.m_literal = ts_query_string_value_for_id(query, value.value_id, &length);
        if (predicate.m_op == Op::eq) {
          auto literals = std::make_shared<LiteralSets>();
          literals->exact = true;
          literals->words.insert(predicate.m_literal);
          predicate.m_literals = std::move(literals);
        }
        if (predicate.m_op == Op::match) {
          if (auto literals = literal_sets(predicate.m_literal)) {
            predicate.m_literals = std::make_shared<const LiteralSets>(std::move(*literals));
          }
          if (!predicate.m_literals || !predicate.m_literals->exact) {
            try {
              predicate.m_regex = std::make_shared<const std::regex>(
                  predicate.m_literal, std::regex::ECMAScript | std::regex::optimize);
              if (anchored_at_start(predicate.m_literal))
                predicate.m_search_flags = std::regex_constants::match_continuous;
            } catch (const std::regex_error& error) {
              return Error(where + ": #" + name + " \"" + predicate.m_literal +
                           "\": invalid regular expression: " + error.what());
            }
          }
        }
      }
    }
    out.push_back(std::move(predicate));
    i = end + 1;
  }
  return out;
}

}  // namespace faultline::analyzer
