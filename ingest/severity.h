// Severity, urgency and status of incidents: the mappings of FORMATS.md, in one place.
//
// Severity needs the whole file before any level is final: "a scale that starts at 0 shifts
// by one" (an export whose severities include SEV0 maps SEV0 → 1, SEV1 → 2, ...), and
// PagerDuty's priority_order (incident.io's severity rank likewise) is a number where larger
// means worse, turned into levels by ranking the distinct values seen in the export. So an
// importer first observe()s every incident's raw severity and order, then asks level().
//
// Levels: 1 worst .. 5 least, 0 unknown. From the raw text, in order:
//   P/SEV/S (or "priority"/"severity") + digit → that digit ("P1", "SEV-2", "Sev 3", "S1");
//   a leading digit ("3 - Moderate", "2") → that digit;
//   a word: critical 1, major/high 2, moderate/medium/minor 3, low 4,
//           info/informational/trivial/planning 5;
// else the order's rank among the export's orders (largest = 1), else the urgency
// (high → 2, low → 4), else 0. Digits above 5 count as 5.
//
// Thread-safety: plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace faultline::ingest {

class SeverityScale {
 public:
  // First pass: notes whether the export's digit scale starts at 0, and its orders.
  void observe(std::optional<std::string_view> raw, std::optional<int64_t> order);

  // Second pass: the level of one incident. `urgency` as urgency_level() returns it.
  int level(std::optional<std::string_view> raw, std::optional<int64_t> order, int urgency) const;

 private:
  bool m_zero_based = false;
  std::vector<int64_t> m_orders;  // distinct, largest first once observed
};

// high 1, medium 2, low 3, unknown 0; a leading digit 1-3 ("1 - High") counts as itself.
int urgency_level(std::string_view raw);

// The status enum: open, acknowledged, resolved, closed or cancelled; nullopt when `raw` is
// none of the spellings exports use (the caller then decides from the times, and keeps raw).
std::optional<std::string> canonical_status(std::string_view raw);

}  // namespace faultline::ingest
