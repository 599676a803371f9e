// Scoring one file. Each capture is first placed in its region: the last region (in
// pre-order) starting at or before the capture, widened through parents until it contains
// the capture's end, which is the innermost enclosing region. Captures are then sorted by
// (concept, region) and each group scored on its own:
//   1. a signal with "within" survives only inside a node of that context, one with
//      "not_within" only outside such nodes;
//   2. the facts of the group (signals that fired, marks) are collected;
//   3. a signal with "unless" is dropped when one of its facts is present;
//   4. the group is present if a @presence fired or a surviving signal implies presence;
//   5. quality = clamp(0.5 + Σ weights of the distinct surviving signals, 0, 1), and every
//      surviving firing (one per signal and node) is evidence, in line order.
#include "analyzer/scorer.h"

#include <algorithm>

namespace faultline::analyzer {
namespace {

int innermost_region(const std::vector<Region>& regions, uint32_t start, uint32_t end) {
  auto it = std::upper_bound(regions.begin(), regions.end(), start,
                             [](uint32_t byte, const Region& region) { return byte < region.start_byte; });
  int index = it == regions.begin() ? 0 : static_cast<int>(it - regions.begin()) - 1;
  while (index > 0 && (regions[index].end_byte < end || regions[index].start_byte > start)) {
    index = regions[index].parent;
  }
  return index < 0 ? 0 : index;
}

bool inside_context(const std::vector<ContextRange>& contexts, int context, uint32_t start, uint32_t end) {
  for (const ContextRange& range : contexts) {
    if (range.context == context && range.start_byte <= start && end <= range.end_byte) return true;
  }
  return false;
}

}  // namespace

void score(const LanguagePack& pack, std::vector<Capture>& captures, std::vector<ContextRange>& contexts,
           const std::vector<Region>& regions, int functions, FileAnalysis& out) {
  const auto& concepts = pack.concepts();
  for (Capture& capture : captures)
    capture.region = innermost_region(regions, capture.start_byte, capture.end_byte);
  std::sort(captures.begin(), captures.end(), [](const Capture& a, const Capture& b) {
    if (a.concept_slot != b.concept_slot) return a.concept_slot < b.concept_slot;
    if (a.region != b.region) return a.region < b.region;
    if (a.line != b.line) return a.line < b.line;
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.index != b.index) return a.index < b.index;
    return a.start_byte < b.start_byte;
  });
  std::sort(contexts.begin(), contexts.end(),
            [](const ContextRange& a, const ContextRange& b) { return a.start_byte < b.start_byte; });

  out.regions = std::max(1, functions);
  out.totals.clear();
  for (const PackConcept& pc : concepts) {
    ConceptTotals totals;
    totals.concept_id = pc.manifest->id;
    totals.eligible_regions = out.regions;
    out.totals.push_back(std::move(totals));
  }

  std::vector<char> facts;
  std::vector<char> counted;
  size_t group_start = 0;
  while (group_start < captures.size()) {
    size_t group_end = group_start;
    const int concept_slot = captures[group_start].concept_slot;
    const int region_index = captures[group_start].region;
    while (group_end < captures.size() && captures[group_end].concept_slot == concept_slot &&
           captures[group_end].region == region_index) {
      ++group_end;
    }
    const PackConcept& pc = concepts[concept_slot];
    const auto& signals = pc.manifest->signals;

    // 1-2: within, then facts.
    facts.assign(static_cast<size_t>(pc.fact_count()), 0);
    bool present = false;
    for (size_t i = group_start; i < group_end; ++i) {
      Capture& capture = captures[i];
      if (capture.kind == CaptureKind::presence) {
        present = true;
      } else if (capture.kind == CaptureKind::mark) {
        facts[signals.size() + static_cast<size_t>(capture.index)] = 1;
      } else if (capture.kind == CaptureKind::signal) {
        int within = pc.within[static_cast<size_t>(capture.index)];
        int not_within = pc.not_within[static_cast<size_t>(capture.index)];
        if (within == -2 ||
            (within >= 0 && !inside_context(contexts, within, capture.start_byte, capture.end_byte)) ||
            (not_within >= 0 && inside_context(contexts, not_within, capture.start_byte, capture.end_byte))) {
          capture.kind = CaptureKind::ignore;
          continue;
        }
        facts[static_cast<size_t>(capture.index)] = 1;
      }
    }
    // 3-4: unless, presence-implying signals.
    for (size_t i = group_start; i < group_end; ++i) {
      Capture& capture = captures[i];
      if (capture.kind != CaptureKind::signal) continue;
      for (int fact : pc.unless[static_cast<size_t>(capture.index)]) {
        if (facts[static_cast<size_t>(fact)]) {
          capture.kind = CaptureKind::ignore;
          break;
        }
      }
      if (capture.kind == CaptureKind::signal && signals[static_cast<size_t>(capture.index)].implies_presence)
        present = true;
    }
    if (present) {
      // 5: evidence and quality.
      const Region& region = regions[static_cast<size_t>(region_index)];
      Finding finding;
      finding.concept_id = pc.manifest->id;
      finding.language = pack.language().id;
      finding.region_kind = region_kind_name(region.kind);
      finding.region_name = region.name;
      finding.start_line = region.start_line;
      finding.end_line = region.end_line;
      finding.start_byte = region.start_byte;
      finding.end_byte = region.end_byte;
      finding.presence = true;
      counted.assign(signals.size(), 0);
      double quality = 0.5;
      uint32_t last_start = UINT32_MAX;
      int last_index = -1;
      for (size_t i = group_start; i < group_end; ++i) {
        const Capture& capture = captures[i];
        if (capture.kind != CaptureKind::signal) continue;
        if (capture.index == last_index && capture.start_byte == last_start) continue;  // same node twice
        last_index = capture.index;
        last_start = capture.start_byte;
        const SignalSpec& spec = signals[static_cast<size_t>(capture.index)];
        finding.signals.push_back({spec.display(), spec.weight, capture.line});
        if (!counted[static_cast<size_t>(capture.index)]) {
          counted[static_cast<size_t>(capture.index)] = 1;
          quality += spec.weight;
        }
      }
      finding.quality = std::clamp(quality, 0.0, 1.0);
      ConceptTotals& totals = out.totals[static_cast<size_t>(concept_slot)];
      totals.findings += 1;
      totals.quality_sum += finding.quality;
      totals.covered_lines += finding.end_line - finding.start_line + 1;
      out.findings.push_back(std::move(finding));
    }
    group_start = group_end;
  }
  // Findings by concept id (slots are in id order), then start byte.
  std::stable_sort(out.findings.begin(), out.findings.end(), [](const Finding& a, const Finding& b) {
    if (a.concept_id != b.concept_id) return a.concept_id < b.concept_id;
    return a.start_byte < b.start_byte;
  });
}

}  // namespace faultline::analyzer
