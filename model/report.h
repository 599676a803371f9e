// The report of a trained model, as `faultline report` prints it: held-out metrics against
// the per-service historical-mean baseline, the ranking of concepts by estimated effect
// ("what matters most for production"), and every coefficient with its standard error.
//
// Formats: text (aligned columns for a terminal), markdown (tables, for a PR or a wiki),
// json ({"model_id", "created_at", "model": the model's JSON}).
// Thread-safety: pure function.
#pragma once

#include <cstdint>
#include <string>

#include "base/result.h"
#include "model/model.h"

namespace faultline::model {

enum class ReportFormat { k_text, k_markdown, k_json };

// "text", "markdown" (or "md"), "json"; fails naming the unknown format.
Result<ReportFormat> parse_report_format(const std::string& name);

// `model_id` and `created_at` (UTC seconds) identify the stored model.
std::string render_report(const Model& model, int64_t model_id, int64_t created_at, ReportFormat format);

}  // namespace faultline::model
