// A Review as people and tools read it: text for a terminal, JSON, Markdown for a pull-request
// comment, and SARIF 2.1.0 (one result per driving finding) for code-scanning UIs.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "review/change_review.h"

namespace faultline::review {

nlohmann::json review_json(const Review& review);
std::string review_text(const Review& review);
std::string review_markdown(const Review& review);
nlohmann::json review_sarif(const Review& review);

}  // namespace faultline::review
