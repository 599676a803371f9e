// Reading a pattern's shape. A small recursive-descent reader follows tree-sitter's own query
// grammar (lib/src/query.c, ts_query__parse_pattern): an item is a parenthesised node or
// group, a `[...]` alternation, a "string" (anonymous node) or `_`, optionally prefixed by
// `field:`, followed by any mix of quantifiers (? * +) and @captures; inside a node, `.`
// anchors and `!field` negations may appear; `(#name ...)` predicates may appear anywhere
// and constrain the whole pattern, so they are skipped here (the classifier reads them through
// the C API). The tree of items is then reduced to a PatternShape: unwrap groups around the
// single root, take its type(s) and captures, and collect the chains of fields (or "any
// child" steps) that lead from it, through nodes every match must contain, to captures.
#include "analyzer/pattern_shape.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace faultline::analyzer {
namespace {

struct Item {
  enum class Kind {
    node,
    wildcard,
    anonymous,
    alternation,
    group,
    predicate,
    anchor,
    negated_field,
    invalid
  };
  Kind kind = Kind::invalid;
  std::string type;   // node: its type ("_" for `(_)`); anonymous: its text
  std::string field;  // the field this item is a child by, "" if none
  bool quantified = false;
  std::vector<std::string> captures;
  std::vector<Item> children;
};

class Reader {
 public:
  explicit Reader(std::string_view text) : m_text(text) {}

  // All top-level items up to the end of the text.
  std::vector<Item> read_all() {
    std::vector<Item> items;
    while (true) {
      skip_space();
      if (at_end()) break;
      Item item = read_item();
      if (item.kind == Item::Kind::invalid) {
        m_failed = true;
        break;
      }
      items.push_back(std::move(item));
    }
    return items;
  }
  bool failed() const { return m_failed; }

 private:
  bool at_end() const { return m_pos >= m_text.size(); }
  char peek() const { return at_end() ? '\0' : m_text[m_pos]; }

  void skip_space() {
    while (!at_end()) {
      char c = m_text[m_pos];
      if (std::isspace(static_cast<unsigned char>(c))) {
        ++m_pos;
      } else if (c == ';') {
        while (!at_end() && m_text[m_pos] != '\n') ++m_pos;
      } else {
        break;
      }
    }
  }

  static bool ident_start(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
  }
  static bool ident_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == '?' ||
           c == '!';
  }

  std::string read_identifier() {
    size_t start = m_pos;
    while (!at_end() && ident_char(m_text[m_pos])) ++m_pos;
    return std::string(m_text.substr(start, m_pos - start));
  }

  // Skips a "..." string with backslash escapes, keeping its content in `content` if given;
  // REQUIRES: peek() == '"'.
  bool skip_string(std::string* content = nullptr) {
    ++m_pos;
    while (!at_end()) {
      char c = m_text[m_pos++];
      if (c == '\\') {
        if (at_end()) return false;
        char e = m_text[m_pos++];
        if (content != nullptr)
          *content += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == '0' ? '\0' : e;
      } else if (c == '"') {
        return true;
      } else if (content != nullptr) {
        *content += c;
      }
    }
    return false;
  }

  // Skips to the ')' closing a predicate, minding strings and nested parentheses.
  bool skip_predicate() {
    int depth = 1;
    while (!at_end()) {
      char c = peek();
      if (c == '"') {
        if (!skip_string()) return false;
        continue;
      }
      ++m_pos;
      if (c == '(') ++depth;
      if (c == ')' && --depth == 0) return true;
    }
    return false;
  }

  // Items up to `close`, which is consumed.
  bool read_children(char close, std::vector<Item>& children) {
    while (true) {
      skip_space();
      if (at_end()) return false;
      if (peek() == close) {
        ++m_pos;
        return true;
      }
      Item child = read_item();
      if (child.kind == Item::Kind::invalid) return false;
      children.push_back(std::move(child));
    }
  }

  void read_suffixes(Item& item) {
    while (true) {
      skip_space();
      char c = peek();
      if (c == '?' || c == '*' || c == '+') {
        item.quantified = true;
        ++m_pos;
      } else if (c == '@') {
        ++m_pos;
        item.captures.push_back(read_identifier());
      } else {
        return;
      }
    }
  }

  Item read_item() {
    Item item;
    skip_space();
    char c = peek();
    if (c == '.') {
      ++m_pos;
      item.kind = Item::Kind::anchor;
      return item;
    }
    if (c == '!') {
      ++m_pos;
      item.kind = Item::Kind::negated_field;
      item.field = read_identifier();
      return item;
    }
    if (c == '(') {
      ++m_pos;
      skip_space();
      char next = peek();
      if (next == '#') {
        item.kind = Item::Kind::predicate;
        if (!skip_predicate()) item.kind = Item::Kind::invalid;
        return item;  // predicates take no suffixes
      }
      if (next == '(' || next == '[' || next == '"' || next == '.') {
        item.kind = Item::Kind::group;
        if (!read_children(')', item.children)) return Item{};
      } else if (ident_start(next)) {
        item.kind = Item::Kind::node;
        item.type = read_identifier();
        if (peek() == '/') {  // supertype/subtype: not handled by the dispatcher
          ++m_pos;
          item.type += "/" + read_identifier();
        }
        if (!read_children(')', item.children)) return Item{};
      } else {
        return Item{};
      }
    } else if (c == '[') {
      ++m_pos;
      item.kind = Item::Kind::alternation;
      if (!read_children(']', item.children)) return Item{};
    } else if (c == '"') {
      item.kind = Item::Kind::anonymous;
      if (!skip_string(&item.type)) return Item{};
    } else if (ident_start(c)) {
      std::string word = read_identifier();
      skip_space();
      if (peek() == ':') {
        ++m_pos;
        Item child = read_item();
        if (child.kind == Item::Kind::invalid || !child.field.empty()) return Item{};
        child.field = std::move(word);
        return child;  // its suffixes were read with it
      }
      if (word != "_") return Item{};
      item.kind = Item::Kind::wildcard;
    } else {
      return Item{};
    }
    read_suffixes(item);
    return item;
  }

  std::string_view m_text;
  size_t m_pos = 0;
  bool m_failed = false;
};

bool is_structural(const Item& item) { return item.kind != Item::Kind::predicate; }

bool is_concrete_type(const std::string& type) {
  return !type.empty() && type != "_" && type != "ERROR" && type != "MISSING" &&
         type.find('/') == std::string::npos;
}

using Path = std::vector<std::string>;
using CapturePaths = std::map<std::string, std::vector<Path>>;

void merge(CapturePaths& into, CapturePaths&& from) {
  for (auto& [capture, paths] : from) {
    auto& target = into[capture];
    for (Path& path : paths) {
      if (std::find(target.begin(), target.end(), path) == target.end()) target.push_back(std::move(path));
    }
  }
}

// The captures that every match of `item`, placed at `at` from the root, holds, and the
// paths where they may lie.
CapturePaths required_places(const Item& item, const Path& at) {
  CapturePaths out;
  if (item.kind == Item::Kind::node || item.kind == Item::Kind::wildcard ||
      item.kind == Item::Kind::anonymous) {
    for (const std::string& capture : item.captures) out[capture].push_back(at);
    for (const Item& child : item.children) {
      bool matchable = child.kind == Item::Kind::node || child.kind == Item::Kind::wildcard ||
                       child.kind == Item::Kind::anonymous || child.kind == Item::Kind::alternation;
      if (!matchable || child.quantified) continue;
      Path path = at;
      path.push_back(child.field);
      merge(out, required_places(child, path));
    }
  } else if (item.kind == Item::Kind::alternation) {
    for (const std::string& capture : item.captures) out[capture].push_back(at);
    std::vector<CapturePaths> each;
    for (const Item& alternative : item.children) {
      if (!is_structural(alternative)) continue;
      bool matchable = alternative.kind == Item::Kind::node || alternative.kind == Item::Kind::wildcard ||
                       alternative.kind == Item::Kind::anonymous ||
                       alternative.kind == Item::Kind::alternation;
      if (!matchable || alternative.quantified || !alternative.field.empty()) return out;
      each.push_back(required_places(alternative, at));
    }
    if (each.empty()) return out;
    for (auto& [capture, paths] : each[0]) {
      CapturePaths all;
      all[capture] = paths;
      bool everywhere = true;
      for (size_t i = 1; i < each.size() && everywhere; ++i) {
        auto found = each[i].find(capture);
        if (found == each[i].end()) {
          everywhere = false;
        } else {
          CapturePaths more;
          more[capture] = found->second;
          merge(all, std::move(more));
        }
      }
      if (everywhere) merge(out, std::move(all));
    }
  }
  return out;
}

// Adds to `out` the captures of `item` and its descendants that may be anonymous nodes.
bool may_be_token(const Item& item) {
  if (item.kind == Item::Kind::node) return false;
  if (item.kind != Item::Kind::alternation) return true;
  for (const Item& alternative : item.children) {
    if (alternative.kind != Item::Kind::predicate && may_be_token(alternative)) return true;
  }
  return false;
}

void token_captures(const Item& item, std::set<std::string>& out) {
  if (may_be_token(item)) out.insert(item.captures.begin(), item.captures.end());
  for (const Item& child : item.children) token_captures(child, out);
}

// The gates of `root`: where each capture certainly lies.
std::vector<GatePath> gates_of(const Item& root) {
  std::set<std::string> tokens;
  token_captures(root, tokens);
  std::vector<GatePath> gates;
  for (auto& [capture, paths] : required_places(root, {}))
    gates.push_back({capture, std::move(paths), tokens.count(capture) > 0});
  return gates;
}

// Fills `step` from `item` when it and all below it are plain steps (PatternShape::simple).
bool simple_step(const Item& item, ShapeStep& step) {
  if (item.quantified) return false;
  if (item.kind == Item::Kind::node) {
    if (item.type != "_" && !is_concrete_type(item.type)) return false;
    step.type = item.type;
    step.named = true;
  } else if (item.kind == Item::Kind::wildcard) {
    step.type = "_";
    step.named = false;
  } else if (item.kind == Item::Kind::anonymous) {
    if (item.type.empty()) return false;
    step.type = item.type;
    step.named = false;
  } else if (item.kind == Item::Kind::alternation) {
    step.alternation = true;
  } else {
    return false;
  }
  step.field = item.field;
  step.captures = item.captures;
  bool anchor = false;
  for (const Item& child : item.children) {
    if (child.kind == Item::Kind::predicate) continue;
    if (child.kind == Item::Kind::anchor) {
      if (step.alternation || anchor) return false;
      anchor = true;
      continue;
    }
    ShapeStep inner;
    if (!simple_step(child, inner)) return false;
    if (step.alternation && (!inner.field.empty() || inner.alternation)) return false;
    inner.anchored_before = anchor;
    anchor = false;
    step.children.push_back(std::move(inner));
  }
  if (anchor) {
    if (step.children.empty()) return false;
    step.anchored_end = true;
  }
  return !step.alternation || !step.children.empty();
}

}  // namespace

PatternShape read_pattern_shape(std::string_view text) {
  PatternShape shape;
  Reader reader(text);
  std::vector<Item> items = reader.read_all();
  if (reader.failed()) return shape;

  // The single root, through groups that only wrap it (and its predicates).
  std::vector<const Item*> top;
  for (const Item& item : items) {
    if (is_structural(item)) top.push_back(&item);
  }
  while (top.size() == 1 && top[0]->kind == Item::Kind::group && !top[0]->quantified &&
         top[0]->captures.empty()) {
    const Item* group = top[0];
    top.clear();
    for (const Item& item : group->children) {
      if (is_structural(item)) top.push_back(&item);
    }
  }
  if (top.size() != 1) return shape;
  const Item& root = *top[0];
  if (root.quantified || !root.field.empty()) return shape;

  if (root.kind == Item::Kind::node && root.type == "_") {
    // A wildcard root `(_ ...)`: run where a node of a type every match has as a child is
    // found, at that node's parent. A token ("async") is usually rarer than a named node.
    for (const Item& child : root.children) {
      if (child.kind == Item::Kind::anonymous && !child.quantified && !child.type.empty()) {
        shape.anchor_type = child.type;
        shape.anchor_named = false;
        break;
      }
    }
    for (const Item& child : root.children) {
      if (!shape.anchor_type.empty()) break;
      if (child.kind == Item::Kind::node && !child.quantified && is_concrete_type(child.type)) {
        shape.anchor_type = child.type;
      }
    }
    if (shape.anchor_type.empty()) return shape;
    shape.gates = gates_of(root);
    shape.dispatchable = true;
    shape.simple = simple_step(root, shape.steps);
    return shape;
  }
  if (root.kind == Item::Kind::node) {
    if (!is_concrete_type(root.type)) return shape;
    shape.root_types = {root.type};
    shape.root_captures = root.captures;
    shape.root_only = true;
    for (const Item& child : root.children) {
      if (is_structural(child)) shape.root_only = false;
    }
    shape.gates = gates_of(root);
    shape.dispatchable = true;
    shape.simple = simple_step(root, shape.steps);
    return shape;
  }
  if (root.kind == Item::Kind::alternation) {
    // An alternation of concrete node types; root-only when they are bare (`[(a) (b)] @c`).
    bool bare = true;
    for (const Item& alternative : root.children) {
      if (!is_structural(alternative)) continue;
      if (alternative.kind != Item::Kind::node || !is_concrete_type(alternative.type) ||
          alternative.quantified || !alternative.field.empty())
        return PatternShape{};
      if (!alternative.captures.empty()) bare = false;
      for (const Item& child : alternative.children) {
        if (is_structural(child)) bare = false;
      }
      shape.root_types.push_back(alternative.type);
    }
    if (shape.root_types.empty()) return PatternShape{};
    shape.root_captures = root.captures;
    shape.root_only = bare;
    shape.gates = gates_of(root);
    shape.dispatchable = true;
    shape.simple = !bare && simple_step(root, shape.steps);
  }
  return shape;
}

}  // namespace faultline::analyzer
