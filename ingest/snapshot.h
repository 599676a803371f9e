// Per-commit snapshot metrics, kept incrementally: a commit's totals are its first parent's
// plus, for every changed path, the totals of the new blob minus those of the old one. No
// commit's tree is ever re-read. Totals are kept per scope: "" (the whole repository) and each
// monorepo path prefix a service maps to; a path counts in every scope that prefixes it.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace faultline::ingest {

struct ConceptSums {
  int64_t eligible_regions = 0;
  int64_t findings = 0;
  int64_t quality_micros = 0;  // Σ quality in millionths: exact under add and remove
  int64_t covered_lines = 0;
};

// What one analysed blob adds to a snapshot. A blob that is skipped or in no analysed
// language adds nothing (counted == false).
struct BlobTotals {
  bool counted = false;
  int64_t lines = 0;
  int64_t regions = 0;
  std::map<std::string, ConceptSums> concepts;
};

struct ScopeTotals {
  int64_t files = 0;
  int64_t code_lines = 0;
  int64_t regions = 0;
  std::map<std::string, ConceptSums> concepts;

  // Adds `blob` once (sign +1) or removes it (sign -1).
  void add(const BlobTotals& blob, int sign);
};

using Snapshot = std::map<std::string, ScopeTotals>;  // scope → totals

// The scopes (always "", then the given prefixes) that `path` falls in.
std::vector<std::string> scopes_of(const std::string& path, const std::vector<std::string>& prefixes);

}  // namespace faultline::ingest
