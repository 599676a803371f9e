#include "ingest/line_diff.h"

#include <algorithm>
#include <dtl/dtl.hpp>
#include <functional>
#include <unordered_map>

namespace faultline::ingest {
namespace {

// (middle lines of both sides) x (the smaller side): the bound on dtl's work.
constexpr int64_t k_exact_work = 50'000'000;

// Lines of `b` beyond those `a` also has, counted with multiplicity.
int64_t surplus(std::span<const uint64_t> a, std::span<const uint64_t> b) {
  std::unordered_map<uint64_t, int64_t> counts;
  for (uint64_t line : b) ++counts[line];
  for (uint64_t line : a) {
    auto found = counts.find(line);
    if (found != counts.end() && found->second > 0) --found->second;
  }
  int64_t total = 0;
  for (const auto& [line, count] : counts) total += count;
  return total;
}

}  // namespace

std::vector<uint64_t> line_hashes(std::string_view text) {
  std::vector<uint64_t> hashes;
  hashes.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    hashes.push_back(std::hash<std::string_view>{}(text.substr(start, end - start)));
    start = end;
  }
  return hashes;
}

LineCounts count_line_changes(std::span<const uint64_t> a, std::span<const uint64_t> b) {
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  std::span<const uint64_t> old_middle = a.subspan(prefix, a.size() - prefix - suffix);
  std::span<const uint64_t> new_middle = b.subspan(prefix, b.size() - prefix - suffix);
  auto m = static_cast<int64_t>(old_middle.size());
  auto n = static_cast<int64_t>(new_middle.size());
  if (m == 0 || n == 0) return {n, m};
  if ((m + n) * std::min(m, n) > k_exact_work) {
    int64_t added = surplus(old_middle, new_middle);
    return {added, added - (n - m)};
  }
  std::vector<uint64_t> old_lines(old_middle.begin(), old_middle.end());
  std::vector<uint64_t> new_lines(new_middle.begin(), new_middle.end());
  dtl::Diff<uint64_t, std::vector<uint64_t>> diff(old_lines, new_lines);
  diff.onOnlyEditDistance();
  diff.compose();
  int64_t distance = diff.getEditDistance();
  return {(distance + (n - m)) / 2, (distance - (n - m)) / 2};
}

LineCounts count_line_changes(std::string_view old_text, std::string_view new_text) {
  if (old_text == new_text) return {};
  return count_line_changes(line_hashes(old_text), line_hashes(new_text));
}

}  // namespace faultline::ingest
