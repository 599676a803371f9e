// The tree-sitter grammars linked into faultline, looked up by their C symbol name
// ("tree_sitter_java"), each checked against the runtime's ABI range.
#pragma once

#include <tree_sitter/api.h>

#include <string_view>

#include "base/result.h"

namespace faultline::analyzer {

// The grammar whose C entry point is `symbol`. Errors: no such grammar is linked in, or its
// ABI (ts_language_version) is outside [TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION,
// TREE_SITTER_LANGUAGE_VERSION] of the runtime. Safe to call from any thread.
Result<const TSLanguage*> find_grammar(std::string_view symbol);

}  // namespace faultline::analyzer
