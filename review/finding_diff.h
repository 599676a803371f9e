// Compares one file's findings before and after a change. Findings are matched by concept
// and region name (a region that moved keeps its name); a match whose quality dropped is
// "worsened" and one that rose "improved", an unmatched new finding "added", an unmatched old
// one "removed". The signals reported are those that appeared (by name) in the new finding,
// each at its own line; an added finding reports all of its signals.
#pragma once

#include <string>
#include <vector>

#include "analyzer/finding.h"
#include "review/change_review.h"

namespace faultline::review {

std::vector<DrivingFinding> diff_findings(const std::string& path,
                                          const std::vector<analyzer::Finding>& before,
                                          const std::vector<analyzer::Finding>& after);

}  // namespace faultline::review
