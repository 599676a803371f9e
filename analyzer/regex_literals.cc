// Deriving literal conditions. The pattern is read as an alternation of branches, each a
// sequence of pieces (a literal character, a class, a group, each possibly quantified, or an
// anchor). A piece is "finite" when the strings it can match are few and known: a literal,
// a class listing characters, a group of finite branches, any of these with `?`. Anything
// else (`.`, `*`, negated classes, \w, assertions, lookarounds, back-references) is an
// unknown piece: it matches some string, but which one is not known. `x+` is read as `x`
// followed by an unknown piece. For each top-level branch:
//   - anchored at both ends and finite throughout: its expansions are exact words;
//   - anchored at the start: the expansions of its longest finite leading run are prefixes
//     every matching text starts with (a shorter run is used if the expansion grows too
//     large; a run that can be empty gives nothing);
//   - else (or if that gives nothing) anchored at the end: the same from the end, as suffixes;
//   - else: the expansions of its most selective finite run, as substrings;
//   - a branch that is only an unquantified group (`^(a|b\d+)$`) is replaced by the group's
//     branches under its anchors;
//   - a branch with no finite run at all makes the whole derivation fail.
// The result is exact when every branch gave words.
#include "analyzer/regex_literals.h"

#include <cctype>

namespace faultline::analyzer {
namespace {

constexpr size_t k_max_strings = 4096;

struct Piece;
using Branch = std::vector<Piece>;

struct Piece {
  enum class Kind { strings, unknown, start, end } kind = Kind::unknown;
  std::vector<std::string> strings;  // kind == strings
  std::vector<Branch> group;         // an unquantified group that is not finite: its branches
};

class RegexReader {
 public:
  explicit RegexReader(std::string_view text) : m_text(text) {}

  // The top-level branches; false on syntax the reader refuses.
  bool read_top(std::vector<Branch>& branches) {
    if (!read_alternation(branches)) return false;
    return m_pos == m_text.size();
  }

 private:
  bool at_end() const { return m_pos >= m_text.size(); }
  char peek() const { return at_end() ? '\0' : m_text[m_pos]; }

  bool read_alternation(std::vector<Branch>& branches) {
    branches.emplace_back();
    while (!at_end()) {
      char c = peek();
      if (c == ')') return true;
      if (c == '|') {
        ++m_pos;
        branches.emplace_back();
        continue;
      }
      Piece piece;
      if (!read_piece(piece)) return false;
      if (!read_quantifier(piece, branches.back())) return false;
    }
    return true;
  }

  // A quantifier after `piece`, if any, then appends the result to `branch`.
  bool read_quantifier(Piece& piece, Branch& branch) {
    char c = peek();
    bool anchor = piece.kind == Piece::Kind::start || piece.kind == Piece::Kind::end;
    if (c == '?' || c == '*' || c == '+' || c == '{') {
      if (anchor) return false;
      ++m_pos;
      if (c == '{') {
        while (!at_end() && peek() != '}') ++m_pos;
        if (at_end()) return false;
        ++m_pos;
        piece = Piece{};
      } else if (c == '?') {
        if (piece.kind == Piece::Kind::strings) piece.strings.emplace_back();
      } else if (c == '*') {
        piece = Piece{};
      } else {  // x+ = x, then anything
        branch.push_back(std::move(piece));
        piece = Piece{};
      }
      if (peek() == '?') ++m_pos;  // lazy: same language
    }
    branch.push_back(std::move(piece));
    return true;
  }

  bool read_piece(Piece& piece) {
    char c = m_text[m_pos++];
    switch (c) {
      case '^':
        piece.kind = Piece::Kind::start;
        return true;
      case '$':
        piece.kind = Piece::Kind::end;
        return true;
      case '.':
        piece.kind = Piece::Kind::unknown;
        return true;
      case '[':
        return read_class(piece);
      case '(':
        return read_group(piece);
      case '\\':
        return read_escape(piece);
      case '*':
      case '+':
      case '?':
      case '{':
      case ')':
      case '|':
        return false;
      default:
        piece.kind = Piece::Kind::strings;
        piece.strings = {std::string(1, c)};
        return true;
    }
  }

  bool read_escape(Piece& piece) {
    if (at_end()) return false;
    char c = m_text[m_pos++];
    if (std::isalnum(static_cast<unsigned char>(c))) {
      char literal = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : '\0';
      if (literal == '\0') {
        piece.kind = Piece::Kind::unknown;  // classes, assertions, back-references, \x.. \u....
        if (c == 'x') m_pos = std::min(m_text.size(), m_pos + 2);
        if (c == 'u') m_pos = std::min(m_text.size(), m_pos + 4);
        return true;
      }
      c = literal;
    }
    piece.kind = Piece::Kind::strings;
    piece.strings = {std::string(1, c)};
    return true;
  }

  bool read_class(Piece& piece) {
    bool negated = false;
    if (peek() == '^') {
      negated = true;
      ++m_pos;
    }
    if (peek() == ']') return false;  // ECMAScript's [] and [^]: refused
    std::string members;
    bool unknown = negated;
    while (!at_end() && peek() != ']') {
      char c = m_text[m_pos++];
      if (c == '\\') {
        if (at_end()) return false;
        char e = m_text[m_pos++];
        if (std::isalnum(static_cast<unsigned char>(e)) && e != 'n' && e != 't' && e != 'r') {
          unknown = true;
          continue;
        }
        c = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
      }
      if (peek() == '-' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] != ']') {
        ++m_pos;
        char high = m_text[m_pos++];
        if (high == '\\') {
          unknown = true;  // an escaped range end: refuse to enumerate
          if (!at_end()) ++m_pos;
          continue;
        }
        if (high < c) return false;
        for (int x = static_cast<unsigned char>(c); x <= static_cast<unsigned char>(high); ++x)
          members += static_cast<char>(x);
        continue;
      }
      members += c;
    }
    if (at_end()) return false;
    ++m_pos;  // ']'
    if (unknown) {
      piece.kind = Piece::Kind::unknown;
      return true;
    }
    piece.kind = Piece::Kind::strings;
    for (char c : members) {
      std::string one(1, c);
      bool seen = false;
      for (const std::string& s : piece.strings) seen = seen || s == one;
      if (!seen) piece.strings.push_back(one);
    }
    return true;
  }

  bool read_group(Piece& piece) {
    bool lookaround = false;
    if (peek() == '?') {
      ++m_pos;
      char kind = peek();
      if (kind == ':') {
        ++m_pos;
      } else if (kind == '=' || kind == '!') {
        ++m_pos;
        lookaround = true;
      } else {
        return false;
      }
    }
    std::vector<Branch> inner;
    if (!read_alternation(inner)) return false;
    if (peek() != ')') return false;
    ++m_pos;
    piece = Piece{};
    if (lookaround) return true;  // zero-width, unknown
    std::vector<std::string> all;
    bool finite = true;
    for (const Branch& branch : inner) {
      std::vector<std::string> expanded = {""};
      for (const Piece& part : branch) {
        if (part.kind != Piece::Kind::strings) {  // unknown (anchors inside groups too)
          finite = false;
          break;
        }
        std::vector<std::string> next;
        for (const std::string& head : expanded) {
          for (const std::string& tail : part.strings) next.push_back(head + tail);
        }
        expanded = std::move(next);
        if (expanded.size() > k_max_strings) {
          finite = false;
          break;
        }
      }
      if (!finite) break;
      all.insert(all.end(), expanded.begin(), expanded.end());
      if (all.size() > k_max_strings) {
        finite = false;
        break;
      }
    }
    if (!finite) {
      char next = peek();
      if (next != '?' && next != '*' && next != '+' && next != '{') piece.group = std::move(inner);
      return true;
    }
    piece.kind = Piece::Kind::strings;
    piece.strings = std::move(all);
    return true;
  }

  std::string_view m_text;
  size_t m_pos = 0;
};

// The expansions of pieces [begin, end) of `pieces`, or false if they exceed the limit.
bool expand(const std::vector<Piece>& pieces, size_t begin, size_t end, std::vector<std::string>& out) {
  out = {""};
  for (size_t i = begin; i < end; ++i) {
    std::vector<std::string> next;
    for (const std::string& head : out) {
      for (const std::string& tail : pieces[i].strings) next.push_back(head + tail);
    }
    if (next.size() > k_max_strings) return false;
    out = std::move(next);
  }
  return true;
}

bool has_empty(const std::vector<std::string>& strings) {
  for (const std::string& s : strings) {
    if (s.empty()) return true;
  }
  return false;
}

}  // namespace

bool LiteralSets::admits(std::string_view text) const {
  if (!words.empty() && words.contains(text)) return true;
  for (const std::string& prefix : prefixes) {
    if (text.substr(0, prefix.size()) == prefix) return true;
  }
  for (const std::string& suffix : suffixes) {
    if (text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix) return true;
  }
  for (const std::string& infix : infixes) {
    if (text.find(infix) != std::string_view::npos) return true;
  }
  return false;
}

namespace {

// Adds the condition of one top-level branch to `sets`; false when it has none.
bool add_branch(const Branch& branch, LiteralSets& sets) {
  std::vector<Piece> pieces;
  bool start = false;
  bool end = false;
  for (size_t i = 0; i < branch.size(); ++i) {
    if (branch[i].kind == Piece::Kind::start) {
      if (i != 0) return false;
      start = true;
    } else if (branch[i].kind == Piece::Kind::end) {
      if (i + 1 != branch.size()) return false;
      end = true;
    } else {
      pieces.push_back(branch[i]);
    }
  }
  // `^(a|b[0-9]*)$`: the group's branches, each under the same anchors.
  if (pieces.size() == 1 && !pieces[0].group.empty()) {
    for (const Branch& inner : pieces[0].group) {
      Branch spliced;
      if (start) spliced.push_back(Piece{Piece::Kind::start, {}, {}});
      spliced.insert(spliced.end(), inner.begin(), inner.end());
      if (end) spliced.push_back(Piece{Piece::Kind::end, {}, {}});
      if (!add_branch(spliced, sets)) return false;
    }
    return true;
  }
  bool finite = true;
  for (const Piece& piece : pieces) finite = finite && piece.kind == Piece::Kind::strings;
  std::vector<std::string> strings;
  if (start && end && finite && expand(pieces, 0, pieces.size(), strings)) {
    sets.words.insert(strings.begin(), strings.end());
    return true;
  }
  sets.exact = false;
  if (start) {
    size_t run = 0;
    while (run < pieces.size() && pieces[run].kind == Piece::Kind::strings) ++run;
    while (run > 0 && !expand(pieces, 0, run, strings)) --run;
    if (run > 0 && !has_empty(strings)) {
      sets.prefixes.insert(strings.begin(), strings.end());
      return true;
    }
  }
  if (end) {
    size_t first = pieces.size();
    while (first > 0 && pieces[first - 1].kind == Piece::Kind::strings) --first;
    while (first < pieces.size() && !expand(pieces, first, pieces.size(), strings)) ++first;
    if (first < pieces.size() && !has_empty(strings)) {
      sets.suffixes.insert(strings.begin(), strings.end());
      return true;
    }
  }
  // Anywhere: the finite run whose shortest expansion is longest.
  std::vector<std::string> best;
  size_t best_shortest = 0;
  for (size_t begin = 0; begin < pieces.size();) {
    if (pieces[begin].kind != Piece::Kind::strings) {
      ++begin;
      continue;
    }
    size_t stop = begin;
    while (stop < pieces.size() && pieces[stop].kind == Piece::Kind::strings) ++stop;
    size_t last = stop;
    while (last > begin && !expand(pieces, begin, last, strings)) --last;
    if (last > begin) {
      size_t shortest = SIZE_MAX;
      for (const std::string& s : strings) shortest = std::min(shortest, s.size());
      if (shortest > best_shortest) {
        best_shortest = shortest;
        best = strings;
      }
    }
    begin = stop;
  }
  if (best_shortest == 0) return false;
  sets.infixes.insert(sets.infixes.end(), best.begin(), best.end());
  return true;
}

}  // namespace

std::optional<LiteralSets> literal_sets(std::string_view pattern) {
  std::vector<Branch> branches;
  RegexReader reader(pattern);
  if (!reader.read_top(branches)) return std::nullopt;
  LiteralSets sets;
  sets.exact = true;
  for (const Branch& branch : branches) {
    if (!add_branch(branch, sets)) return std::nullopt;
  }
  return sets;
}

bool anchored_at_start(std::string_view pattern) {
  if (pattern.empty() || pattern[0] != '^') return false;
  int depth = 0;
  bool in_class = false;
  for (size_t i = 1; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\') {
      ++i;
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return false;
    }
  }
  return true;
}

}  // namespace faultline::analyzer
