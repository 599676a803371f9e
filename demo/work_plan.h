// WorkPlan: when each commit of one demo repository happens, on which branch, by whom, and
// what kind of work it is — decided before any file is written.
//
// The plan of a service with N commits:
//   - one initial commit on day 0 (skeleton, day-0 concept variants, a few filler files);
//   - per timeline event after day 0, a feature branch of 2–3 commits (the concept file
//     changed to the event's variant, then a note or two under docs/changes/) over the 1–3
//     days before the event's day, merged back on that day with a merge commit;
//   - 5–7 filler branches (a new helper file grown over 2–4 commits), merged on random days;
//   - the remaining commits directly on main: filler edits on random days (weekends mostly
//     moved to the nearest weekday) during working hours.
// Commits are ordered by time; main's first-parent chain has strictly increasing times and
// every merge follows its branch's commits. Branches touch only their own paths (the
// concept's file and notes, or their new helper file) and main's direct edits never touch
// those, so a merge is the overlay of the branch's paths on main.
//
// Thread-safety: pure function of its inputs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "demo/demo_random.h"
#include "demo/organisation_spec.h"

namespace faultline::demo {

enum class Step {
  initial,          // main: the first commit
  concept_change,   // branch: the concept file becomes the event's variant
  concept_note,     // branch: a note about the change under docs/changes/
  helper_file,      // branch: a new filler file
  helper_function,  // branch: one more function in the branch's filler file
  filler_edit,      // main: an edit of existing filler code
  merge,            // main: merges the branch back
};

struct PlannedBranch {
  std::string name;  // "feature/..."
  int event = -1;    // index into the service's timeline; -1 for a filler branch
  int author = 0;    // index into OrganisationSpec::authors
  int merger = 0;
};

struct PlannedCommit {
  int64_t time = 0;  // UTC seconds
  Step step = Step::filler_edit;
  int branch = -1;  // index into WorkPlan::branches (the branch merged, for a merge); -1 otherwise
  int author = 0;
};

struct WorkPlan {
  std::vector<PlannedBranch> branches;
  std::vector<PlannedCommit> commits;  // ordered by time
};

// Fails when the service's commit budget cannot hold its timeline's branches.
Result<WorkPlan> plan_work(const OrganisationSpec& organisation, const ServiceSpec& service,
                           DemoRandom& random);

// Monday 0 .. Sunday 6 of the day holding `time`.
int weekday(int64_t time);

}  // namespace faultline::demo
