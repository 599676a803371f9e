// Which files a scan records but does not analyse, and why. Path rules (vendored and generated
// folders, minified names) are decided from the path alone; content rules (binary, over the
// size limit, minified or marked generated) from the blob's bytes. Reasons are short words
// stored in changes.skip / blobs.skip and counted in the scan summary.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace faultline::ingest {

// "vendored" (vendor/, node_modules/, third_party/, ...), "generated" (a generated folder or
// name) or "minified" (*.min.js ...), else nullopt.
std::optional<std::string> skip_for_path(std::string_view path);

// "too-large" (over `max_bytes`), "binary" (a NUL byte in the first 8 KiB), "minified" (very
// long lines) or "generated" (a marker such as "Code generated ... DO NOT EDIT" or "@generated"
// in the first 1 KiB), else nullopt.
std::optional<std::string> skip_for_content(std::string_view content, uint64_t size, uint64_t max_bytes);

// Lines in `content`: newlines, plus one when the last line has none.
int64_t count_lines(std::string_view content);

}  // namespace faultline::ingest
