// The region walk. A TSTreeCursor visits every node in pre-order without recursion; each
// node's grammar symbol is looked up in the language's role table (one array index), so the
// walk costs little beside the parse. A stack parallel to the cursor depth remembers which
// region each open node started, so that the enclosing region of a new one is its top.
// Names are read only for the (few) region nodes: the language's name fields, descending
// through declarator-like fields (C), else the first child of a name type (Kotlin), else,
// for anonymous functions, the field of the parent that names them (JS `const f = () => …`).
#include "analyzer/region_walker.h"

#include <algorithm>

#include "analyzer/node_text.h"

namespace faultline::analyzer {
namespace {

constexpr size_t k_max_name = 120;

// A node's text as a region name: its first line, at most k_max_name bytes.
std::string text_of(TSNode node, std::string_view source) {
  std::string_view text = node_text(node, source);
  size_t cut = text.find_first_of("\r\n");
  if (cut != std::string_view::npos) text = text.substr(0, cut);
  if (text.size() > k_max_name) text = text.substr(0, k_max_name);
  return std::string(text);
}

std::string own_name(const Language& language, TSNode node, std::string_view source) {
  for (TSFieldId field : language.name_fields) {
    TSNode name = ts_node_child_by_field_id(node, field);
    if (ts_node_is_null(name)) continue;
    for (bool descended = true; descended;) {
      descended = false;
      for (TSFieldId inner : language.name_descend) {
        TSNode next = ts_node_child_by_field_id(name, inner);
        if (!ts_node_is_null(next)) {
          name = next;
          descended = true;
          break;
        }
      }
    }
    return text_of(name, source);
  }
  uint32_t count = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < count; ++i) {
    TSNode child = ts_node_named_child(node, i);
    TSSymbol symbol = ts_node_symbol(child);
    if (symbol < language.name_child_symbols.size() && language.name_child_symbols[symbol])
      return text_of(child, source);
  }
  return "";
}

// Go: the receiver's type name ("Server" of `func (s *Server) Handle()`).
std::string owner_name(const Language& language, TSNode node, std::string_view source) {
  if (language.owner_field == 0) return "";
  TSNode owner = ts_node_child_by_field_id(node, language.owner_field);
  if (ts_node_is_null(owner)) return "";
  TSTreeCursor cursor = ts_tree_cursor_new(owner);
  std::string found;
  for (bool more = true; more && found.empty();) {
    TSNode current = ts_tree_cursor_current_node(&cursor);
    TSSymbol symbol = ts_node_symbol(current);
    if (symbol < language.owner_symbols.size() && language.owner_symbols[symbol]) {
      found = text_of(current, source);
      break;
    }
    if (ts_tree_cursor_goto_first_child(&cursor)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        more = false;
        break;
      }
    }
  }
  ts_tree_cursor_delete(&cursor);
  return found;
}

int line_after(TSPoint end, TSPoint start) {
  // A node ending at column 0 ends on the previous line (its last byte is a newline).
  if (end.column == 0 && end.row > start.row) return static_cast<int>(end.row);
  return static_cast<int>(end.row) + 1;
}

}  // namespace

const char* region_kind_name(RegionKind kind) {
  switch (kind) {
    case RegionKind::function:
      return "function";
    case RegionKind::class_like:
      return "class";
    case RegionKind::file:
      return "file";
  }
  return "file";
}

int find_regions(const Language& language, TSNode root, std::string_view source, std::vector<Region>& regions,
                 const WalkHooks& hooks) {
  regions.clear();
  Region file;
  file.kind = RegionKind::file;
  file.start_byte = 0;
  file.end_byte = static_cast<uint32_t>(source.size());
  file.start_line = 1;
  file.end_line = 1;
  file.end_line += static_cast<int>(std::count(source.begin(), source.end(), '\n'));
  if (!source.empty() && source.back() == '\n') --file.end_line;
  regions.push_back(std::move(file));

  struct Frame {
    TSNode node;
    int region;  // region opened by this node, or -1
  };
  std::vector<Frame> stack;
  std::vector<int> open = {0};  // enclosing regions, innermost last
  int functions = 0;

  TSTreeCursor cursor = ts_tree_cursor_new(root);
  while (true) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    TSSymbol symbol = ts_node_symbol(node);
    if (hooks.enter) hooks.enter(node, symbol, stack.empty() ? nullptr : &cursor);
    RegionRole role = language.role_of(symbol);
    int opened = -1;
    if (role != RegionRole::none && role != RegionRole::wrapper) {
      std::string name;
      bool is_region = true;
      TSNode extent = node;
      if (!stack.empty() && language.role_of(ts_node_symbol(stack.back().node)) == RegionRole::wrapper) {
        extent = stack.back().node;
      }
      if (role == RegionRole::anonymous_function) {
        is_region = false;
        if (!stack.empty()) {
          TSNode parent = stack.back().node;
          TSSymbol parent_symbol = ts_node_symbol(parent);
          if (parent_symbol < language.parent_name_field.size() &&
              language.parent_name_field[parent_symbol] != 0) {
            TSNode name_node = ts_node_child_by_field_id(parent, language.parent_name_field[parent_symbol]);
            if (!ts_node_is_null(name_node)) {
              name = text_of(name_node, source);
              is_region = !name.empty();
            }
          }
        }
      } else {
        name = own_name(language, node, source);
        std::string owner = owner_name(language, node, source);
        if (!owner.empty()) name = owner + "." + name;
      }
      if (is_region) {
        Region region;
        region.kind = role == RegionRole::class_like ? RegionKind::class_like : RegionKind::function;
        region.start_byte = ts_node_start_byte(extent);
        region.end_byte = ts_node_end_byte(node);
        TSPoint start = ts_node_start_point(extent);
        region.start_line = static_cast<int>(start.row) + 1;
        region.end_line = line_after(ts_node_end_point(node), start);
        region.parent = open.back();
        const std::string& outer = regions[open.back()].name;
        region.name = outer.empty() ? name : outer + "." + name;
        if (region.kind == RegionKind::function) ++functions;
        opened = static_cast<int>(regions.size());
        regions.push_back(std::move(region));
        open.push_back(opened);
      }
    }
    stack.push_back({node, opened});
    if (ts_tree_cursor_goto_first_child(&cursor)) continue;
    // Leave nodes until one has a next sibling.
    bool done = false;
    while (true) {
      if (stack.back().region >= 0) open.pop_back();
      stack.pop_back();
      if (hooks.leave) hooks.leave();
      if (ts_tree_cursor_goto_next_sibling(&cursor)) break;
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        done = true;
        break;
      }
    }
    if (done) break;
  }
  ts_tree_cursor_delete(&cursor);
  return functions;
}

}  // namespace faultline::analyzer
