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
//
// Lines are compared by a 64-bit hash of their bytes, so a version's lines can be kept as
// hashes (a scan keeps each new blob's, to be the old side of the file's next change without
// reading it again). Two different lines with the same hash would count as one: with n lines
// on each side the chance is about n^2 / 2^64.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace faultline::ingest {

struct LineCounts {
  int64_t added = 0;
  int64_t deleted = 0;
};

// The hashes of the lines of `text`, in order (a line: its bytes up to and including its newline).
std::vector<uint64_t> line_hashes(std::string_view text);

LineCounts count_line_changes(std::span<const uint64_t> old_lines, std::span<const uint64_t> new_lines);
LineCounts count_line_changes(std::string_view old_text, std::string_view new_text);

}  // namespace faultline::ingest
