// BlobFacts: what a scan records of a blob from its bytes alone (size, lines, why it is not
// analysed, its shebang line for language detection). Worked out where the bytes are first read
// (the commit's line diff), so that a scan that does not analyse never reads a blob twice.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace faultline::ingest {

struct BlobFacts {
  int64_t bytes = 0;
  int64_t lines = 0;                // counted unless binary or over the size limit
  std::optional<std::string> skip;  // skip_for_content's reason
  std::string head;                 // the first k_head_bytes bytes of a file that starts with "#!"
};

inline constexpr size_t k_head_bytes = 256;

// `lines`: the content's line count when the caller has it (its lines split for a diff).
BlobFacts blob_facts(std::string_view content, uint64_t max_bytes,
                     std::optional<int64_t> lines = std::nullopt);

}  // namespace faultline::ingest
