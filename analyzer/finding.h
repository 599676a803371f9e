// Finding: one region of one file scored for one concept (see CONCEPTS.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace faultline::analyzer {

struct Signal {
  std::string name;   // e.g. "+structured-fields", "-string-concat-message"
  double weight = 0;  // from the concept's manifest; > 0 good, < 0 bad
  int line = 0;       // 1-based line where it fired
};

struct Finding {
  std::string concept_id;   // canonical id, e.g. "logging"
  std::string language;     // e.g. "java"
  std::string region_kind;  // "function", "class" or "file"
  std::string region_name;  // e.g. "PaymentService.charge"; "" for a file region
  int start_line = 0;       // 1-based, inclusive
  int end_line = 0;
  uint32_t start_byte = 0;
  uint32_t end_byte = 0;
  bool presence = false;        // the region exercises the concept
  double quality = 0.5;         // in [0, 1]; 0.5 = present, nothing known either way
  std::vector<Signal> signals;  // in line order
};

// What one file contributes to per-commit snapshot metrics, per covered concept.
struct ConceptTotals {
  std::string concept_id;
  int eligible_regions = 0;  // regions in the file (the concept covers its language)
  int findings = 0;          // regions where the concept is present
  double quality_sum = 0;
  int covered_lines = 0;  // lines of regions where the concept is present
};

struct FileAnalysis {
  std::string language;
  int regions = 0;                    // function-level regions (a file with none counts as one)
  std::vector<Finding> findings;      // ordered by concept, then start byte
  std::vector<ConceptTotals> totals;  // one per concept that covers the language, by concept id
};

}  // namespace faultline::analyzer
