// train: fits the three incident models of model.h on a panel.
//
// 1. The panel's distinct window starts are split in time: the last `holdout_fraction` of
//    them (at least one) are held out; the rest is the training span.
// 2. For each target, the ridge penalty is chosen from `penalties` by rolling-origin
//    cross-validation inside the training span: the first half of its window starts trains,
//    the rest is cut into `folds` consecutive blocks; each block is validated by a fit on
//    every window before it. The penalty with the lowest mean validation deviance wins (ties
//    go to the larger penalty).
// 3. A fit on the training span with that penalty is scored on the held-out windows, against
//    the per-service historical mean of the training span (a service with no incidents there
//    gets half an incident over its exposure, so its deviance stays finite).
// 4. The saved coefficients are refitted on all windows with the same penalty, on features
//    standardised over all windows.
// Severity and TTR are fitted on the windows that have them, weighted by how many incidents
// each mean is taken over; too few such windows leave that target unfitted with a note.
//
// Too little data for the rate model fails with a message saying how much more is needed.
// Deterministic. Thread-safety: pure function of its inputs.
#pragma once

#include <vector>

#include "base/result.h"
#include "model/model.h"
#include "model/panel.h"

namespace faultline::model {

struct TrainOptions {
  double holdout_fraction = 0.2;  // REQUIRES: in (0, 1)
  std::vector<double> penalties = {0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000};
  int folds = 4;
  int min_windows = 10;     // distinct window starts in the panel
  int min_incidents = 10;   // incidents in the training span
  int min_target_rows = 8;  // training windows with a severity (or a TTR) to fit that target
};

Result<Model> train(const Panel& panel, const TrainOptions& options = {});

}  // namespace faultline::model
