// Reading the analyzer's data files and naming places in them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.h"

namespace faultline::analyzer {

// The whole content of the file at `path`; the error names the path and the reason.
Result<std::string> read_text_file(const std::string& path);

// "path:line:col" (1-based) of byte `offset` in `text`, the form every load error uses.
std::string place_in(const std::string& path, std::string_view text, size_t offset);

// A stable 64-bit FNV-1a hash of `bytes`, continued from `seed` (same on every machine).
uint64_t fnv1a(std::string_view bytes, uint64_t seed = 0xcbf29ce484222325ULL);

}  // namespace faultline::analyzer
