// Regions of a syntax tree: the functions and classes that findings are attributed to, each
// with a qualified name ("OrderService.place"), found by one iterative walk of the tree.
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/language.h"

namespace faultline::analyzer {

enum class RegionKind : uint8_t { file, class_like, function };

struct Region {
  RegionKind kind = RegionKind::file;
  uint32_t start_byte = 0;
  uint32_t end_byte = 0;
  int start_line = 1;  // 1-based, inclusive
  int end_line = 1;
  int parent = -1;   // index of the enclosing region; -1 for the file
  std::string name;  // qualified; "" for the file
};

const char* region_kind_name(RegionKind kind);

// Fills `regions` (cleared first) with the regions of the tree under `root`, in pre-order,
// so sorted by start byte with enclosing regions first; regions[0] is the whole file.
// Iterative: any nesting depth is safe. Returns the number of function regions.
// Per-node work that shares the region walk: `enter` is called for every node of the tree
// in pre-order, with its symbol and the walk's cursor standing on it (null for `root`), from
// which ts_tree_cursor_current_field_id gives the field by which its parent holds it, when
// wanted (it costs a lookup); `leave` when the node entered last and not yet left is done
// (all its descendants were entered and left). Either may be empty.
struct WalkHooks {
  std::function<void(TSNode node, TSSymbol symbol, const TSTreeCursor* cursor)> enter;
  std::function<void()> leave;
};

int find_regions(const Language& language, TSNode root, std::string_view source, std::vector<Region>& regions,
                 const WalkHooks& hooks = {});

}  // namespace faultline::analyzer
