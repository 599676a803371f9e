#include "review/finding_diff.h"

#include <cmath>
#include <map>
#include <set>

namespace faultline::review {
namespace {

// Signals carry their display name ("-fixed-delay-retry"); add the sign when one lacks it.
std::string signed_name(const analyzer::Signal& signal) {
  if (!signal.name.empty() && (signal.name[0] == '+' || signal.name[0] == '-')) return signal.name;
  return (signal.weight < 0 ? "-" : "+") + signal.name;
}

constexpr double k_quality_epsilon = 1e-9;

}  // namespace

std::vector<DrivingFinding> diff_findings(const std::string& path,
                                          const std::vector<analyzer::Finding>& before,
                                          const std::vector<analyzer::Finding>& after) {
  using Key = std::pair<std::string, std::string>;  // concept, region name
  std::map<Key, const analyzer::Finding*> old_by_key;
  for (const auto& finding : before)
    old_by_key.emplace(Key{finding.concept_id, finding.region_name}, &finding);
  std::set<Key> matched;
  std::vector<DrivingFinding> out;
  for (const auto& finding : after) {
    Key key{finding.concept_id, finding.region_name};
    auto old = old_by_key.find(key);
    DrivingFinding driving;
    driving.path = path;
    driving.concept_id = finding.concept_id;
    driving.region = finding.region_name;
    driving.quality_after = finding.quality;
    driving.line = finding.start_line;
    if (old == old_by_key.end()) {
      driving.kind = "added";
      bool first = true;
      for (const auto& signal : finding.signals) {
        driving.signals.push_back(signed_name(signal));
        // The line of the first negative signal says best where to look.
        if (signal.weight < 0 && first) {
          driving.line = signal.line;
          first = false;
        }
      }
      out.push_back(std::move(driving));
      continue;
    }
    matched.insert(key);
    driving.quality_before = old->second->quality;
    if (std::fabs(finding.quality - old->second->quality) < k_quality_epsilon) continue;
    driving.kind = finding.quality < old->second->quality ? "worsened" : "improved";
    std::set<std::string> old_signals;
    for (const auto& signal : old->second->signals) old_signals.insert(signed_name(signal));
    bool located = false;
    for (const auto& signal : finding.signals) {
      if (old_signals.count(signed_name(signal))) continue;
      driving.signals.push_back(signed_name(signal));
      if (!located) {
        driving.line = signal.line;
        located = true;
      }
    }
    out.push_back(std::move(driving));
  }
  for (const auto& finding : before) {
    Key key{finding.concept_id, finding.region_name};
    if (matched.count(key)) continue;
    DrivingFinding driving;
    driving.kind = "removed";
    driving.path = path;
    driving.concept_id = finding.concept_id;
    driving.region = finding.region_name;
    driving.line = finding.start_line;
    driving.quality_before = finding.quality;
    out.push_back(std::move(driving));
  }
  return out;
}

}  // namespace faultline::review
