#include "ingest/line_diff.h"

#include <algorithm>
#include <dtl/dtl.hpp>
#include <functional>
#include <unordered_map>
#include <vector>

namespace faultline::ingest {
namespace {

// (middle lines of both sides) x (the smaller side): the bound on dtl's work.
constexpr int64_t k_exact_work = 50'000'000;

struct Line {
  size_t hash = 0;
  std::string_view text;
  bool operator==(const Line& other) const { return hash == other.hash && text == other.text; }
};

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

std::vector<Line> hashed(const std::vector<std::string_view>& lines, size_t begin, size_t end) {
  std::vector<Line> out;
  out.reserve(end - begin);
  for (size_t i = begin; i < end; ++i) out.push_back({std::hash<std::string_view>{}(lines[i]), lines[i]});
  return out;
}

// Lines of `b` beyond those `a` also has, counted with multiplicity.
int64_t surplus(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b,
                size_t a_begin, size_t a_end, size_t b_begin, size_t b_end) {
  std::unordered_map<std::string_view, int64_t> counts;
  for (size_t i = b_begin; i < b_end; ++i) ++counts[b[i]];
  for (size_t i = a_begin; i < a_end; ++i) {
    auto found = counts.find(a[i]);
    if (found != counts.end() && found->second > 0) --found->second;
  }
  int64_t total = 0;
  for (const auto& [line, count] : counts) total += count;
  return total;
}

}  // namespace

LineCounts count_line_changes(std::string_view old_text, std::string_view new_text) {
  if (old_text == new_text) return {};
  std::vector<std::string_view> a = split_lines(old_text);
  std::vector<std::string_view> b = split_lines(new_text);
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  auto m = static_cast<int64_t>(a.size() - prefix - suffix);
  auto n = static_cast<int64_t>(b.size() - prefix - suffix);
  if (m == 0 || n == 0) return {n, m};
  if ((m + n) * std::min(m, n) > k_exact_work) {
    int64_t added = surplus(a, b, prefix, a.size() - suffix, prefix, b.size() - suffix);
    return {added, added - (n - m)};
  }
  std::vector<Line> old_lines = hashed(a, prefix, a.size() - suffix);
  std::vector<Line> new_lines = hashed(b, prefix, b.size() - suffix);
  dtl::Diff<Line, std::vector<Line>> diff(old_lines, new_lines);
  diff.onOnlyEditDistance();
  diff.compose();
  int64_t distance = diff.getEditDistance();
  return {(distance + (n - m)) / 2, (distance - (n - m)) / 2};
}

}  // namespace faultline::ingest
