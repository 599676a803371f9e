// Scoring: turns the captures of one file's query run into findings per region and concept,
// following data/concepts/README.md (presence, within/unless, quality from signal weights).
#pragma once

#include <cstdint>
#include <vector>

#include "analyzer/finding.h"
#include "analyzer/language_pack.h"
#include "analyzer/region_walker.h"

namespace faultline::analyzer {

// One capture that matters: a presence, signal or mark of one concept at one node.
struct Capture {
  int concept_slot = 0;  // index in LanguagePack::concepts()
  CaptureKind kind = CaptureKind::presence;
  int index = 0;  // signal or mark index
  uint32_t start_byte = 0;
  uint32_t end_byte = 0;
  int line = 0;    // 1-based line of start_byte
  int region = 0;  // filled by score()
};

struct ContextRange {
  int context = 0;
  uint32_t start_byte = 0;
  uint32_t end_byte = 0;
};

// Appends to `out.findings` and fills `out.totals` from `captures` (reordered in place),
// `contexts` and the file's `regions` (from find_regions, `functions` of them function-level).
// Only the set of captures and contexts matters: one given twice (a pattern matched from two
// candidate nodes, analyzer/dispatch_plan.h) scores as if given once.
void score(const LanguagePack& pack, std::vector<Capture>& captures, std::vector<ContextRange>& contexts,
           const std::vector<Region>& regions, int functions, FileAnalysis& out);

}  // namespace faultline::analyzer
