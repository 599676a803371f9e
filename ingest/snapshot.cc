#include "ingest/snapshot.h"

namespace faultline::ingest {

void ScopeTotals::add(const BlobTotals& blob, int sign) {
  if (!blob.counted) return;
  files += sign;
  code_lines += sign * blob.lines;
  regions += sign * blob.regions;
  for (const auto& [concept_id, sums] : blob.concepts) {
    ConceptSums& into = concepts[concept_id];
    into.eligible_regions += sign * sums.eligible_regions;
    into.findings += sign * sums.findings;
    into.quality_micros += sign * sums.quality_micros;
    into.covered_lines += sign * sums.covered_lines;
  }
}

std::vector<std::string> scopes_of(const std::string& path, const std::vector<std::string>& prefixes) {
  std::vector<std::string> scopes = {""};
  for (const std::string& prefix : prefixes)
    if (!prefix.empty() && path.starts_with(prefix)) scopes.push_back(prefix);
  return scopes;
}

}  // namespace faultline::ingest
