// Lines added and deleted between two versions of a text file, as `git diff --numstat` counts
// them: a line is its bytes up to and including its newline (a last line without one differs
// from the same line with one), and the counts are those of a shortest edit script.
//
// Algorithm: the common leading and trailing lines are dropped (they are in every shortest
// script), the rest are hashed and handed to dtl's O(NP) edit distance (Wu, Manber, Myers), of
// which only the distance is needed: added - deleted is fixed by the line counts, so the
// distance gives both. Its cost grows with (lines) x (differences): when the middle parts are
// so large and so different that this could take seconds (over k_exact_work, a wholesale
// rewrite of a file of many thousand lines), the counts are those of the two multisets of
// lines instead (a line counts as kept as often as it occurs on both sides), which equals the
// shortest script whenever no kept line moved.
#pragma once

#include <cstdint>
#include <string_view>

namespace faultline::ingest {

struct LineCounts {
  int64_t added = 0;
  int64_t deleted = 0;
};

LineCounts count_line_changes(std::string_view old_text, std::string_view new_text);

}  // namespace faultline::ingest
