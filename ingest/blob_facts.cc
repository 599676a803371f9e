#include "ingest/blob_facts.h"

#include "ingest/skip_rules.h"

namespace faultline::ingest {

BlobFacts blob_facts(std::string_view content, uint64_t max_bytes, std::optional<int64_t> lines) {
  BlobFacts facts;
  facts.bytes = static_cast<int64_t>(content.size());
  facts.skip = skip_for_content(content, content.size(), max_bytes);
  if (!facts.skip || *facts.skip == "generated" || *facts.skip == "minified")
    facts.lines = lines ? *lines : count_lines(content);
  if (content.substr(0, 2) == "#!") facts.head = std::string(content.substr(0, k_head_bytes));
  return facts;
}

}  // namespace faultline::ingest
