// Planning in three passes: the branches (event branches at their events' days, filler
// branches on random days), then main's direct commits filling the budget, then one sort by
// time with ties broken by a second so that no two commits share a timestamp.
#include "demo/work_plan.h"

#include <algorithm>

namespace faultline::demo {
namespace {

constexpr int64_t k_day = 86400;
constexpr int64_t k_hour = 3600;

std::string slug(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (!out.empty() && out.back() != '-')
      out += '-';
    if (out.size() >= 40) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

int pick_author(const ServiceSpec& service, DemoRandom& random) {
  return service.authors[random.below(service.authors.size())];
}

int other_author(const ServiceSpec& service, int author, DemoRandom& random) {
  if (service.authors.size() == 1) return author;
  int other = author;
  while (other == author) other = pick_author(service, random);
  return other;
}

// A branch of `commits` commits over `span_days` days before `merge_time`, then its merge.
void add_branch(WorkPlan& plan, PlannedBranch branch, const std::vector<Step>& steps, int64_t merge_time,
                int64_t earliest, DemoRandom& random) {
  const int index = static_cast<int>(plan.branches.size());
  const int64_t span_days = random.between(1, 3);
  const int64_t from = std::max(earliest, merge_time - span_days * k_day);
  std::vector<int64_t> times;
  for (size_t i = 0; i < steps.size(); ++i) times.push_back(random.between(from, merge_time - 1800));
  std::sort(times.begin(), times.end());
  for (size_t i = 0; i < steps.size(); ++i)
    plan.commits.push_back({times[i], steps[i], index, branch.author});
  plan.commits.push_back({merge_time, Step::merge, index, branch.merger});
  plan.branches.push_back(std::move(branch));
}

}  // namespace

int weekday(int64_t time) {
  const int64_t days = time >= 0 ? time / k_day : (time - k_day + 1) / k_day;
  return static_cast<int>(((days % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
}

Result<WorkPlan> plan_work(const OrganisationSpec& organisation, const ServiceSpec& service,
                           DemoRandom& random) {
  WorkPlan plan;
  const int64_t start = organisation.start;
  const int days = organisation.days;
  const int64_t initial_time = start + 9 * k_hour + random.between(0, k_hour);
  plan.commits.push_back({initial_time, Step::initial, -1, service.authors.front()});
  const int64_t earliest = initial_time + k_hour;

  int budget = service.commits - 1;
  for (size_t e = 0; e < service.timeline.size(); ++e) {
    const TimelineEvent& event = service.timeline[e];
    if (event.day == 0) continue;
    if (event.day >= days)
      return Error(service.repo + ": timeline day " + std::to_string(event.day) + " is past the end");
    std::vector<Step> steps = {Step::concept_change, Step::concept_note};
    if (random.chance(0.5)) steps.push_back(Step::concept_note);
    PlannedBranch branch;
    branch.name = "feature/" + slug(event.message);
    branch.event = static_cast<int>(e);
    branch.author = pick_author(service, random);
    branch.merger = other_author(service, branch.author, random);
    const int64_t merge_time = start + event.day * k_day + random.between(13 * k_hour, 17 * k_hour);
    budget -= static_cast<int>(steps.size()) + 1;
    add_branch(plan, branch, steps, merge_time, earliest, random);
  }
  const int filler_branches = static_cast<int>(random.between(5, 7));
  for (int f = 0; f < filler_branches; ++f) {
    std::vector<Step> steps = {Step::helper_file};
    const int64_t more = random.between(1, 3);
    for (int64_t i = 0; i < more; ++i) steps.push_back(Step::helper_function);
    PlannedBranch branch;
    branch.name = "feature/helpers-" + std::to_string(f + 1);
    branch.author = pick_author(service, random);
    branch.merger = other_author(service, branch.author, random);
    const int64_t merge_time =
        start + random.between(14, days - 1) * k_day + random.between(10 * k_hour, 18 * k_hour);
    budget -= static_cast<int>(steps.size()) + 1;
    add_branch(plan, branch, steps, merge_time, earliest, random);
  }
  if (budget < 0)
    return Error(service.repo + ": " + std::to_string(service.commits) +
                 " commits cannot hold the timeline's branches");
  for (int i = 0; i < budget; ++i) {
    int64_t day = random.between(1, days - 1);
    const int wd = weekday(start + day * k_day);
    if (wd >= 5 && random.chance(0.85)) day = day + (7 - wd) < days ? day + (7 - wd) : day - (wd - 4);
    const int64_t time = start + day * k_day + random.between(8 * k_hour, 19 * k_hour);
    plan.commits.push_back({std::max(time, earliest), Step::filler_edit, -1, pick_author(service, random)});
  }
  std::stable_sort(plan.commits.begin(), plan.commits.end(),
                   [](const PlannedCommit& a, const PlannedCommit& b) { return a.time < b.time; });
  for (size_t i = 1; i < plan.commits.size(); ++i)
    if (plan.commits[i].time <= plan.commits[i - 1].time) plan.commits[i].time = plan.commits[i - 1].time + 1;
  return plan;
}

}  // namespace faultline::demo
