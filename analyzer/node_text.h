// The source bytes a tree-sitter node spans ("" when the node lies outside `source`, as after
// an edit the tree was not told of).
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <string_view>

namespace faultline::analyzer {

inline std::string_view node_text(TSNode node, std::string_view source) {
  uint32_t start = ts_node_start_byte(node);
  uint32_t end = ts_node_end_byte(node);
  if (end > source.size() || start > end) return {};
  return source.substr(start, end - start);
}

}  // namespace faultline::analyzer
