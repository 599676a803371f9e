// Move-only owners of the tree-sitter C handles the analyzer uses (see base/unique_handle.h).
#pragma once

#include <tree_sitter/api.h>

#include "base/unique_handle.h"

namespace faultline::analyzer {

using TsParser = UniqueHandle<TSParser, ts_parser_delete>;
using TsTree = UniqueHandle<TSTree, ts_tree_delete>;
using TsQuery = UniqueHandle<TSQuery, ts_query_delete>;
using TsQueryCursor = UniqueHandle<TSQueryCursor, ts_query_cursor_delete>;

}  // namespace faultline::analyzer
