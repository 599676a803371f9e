// Held-out metrics on small hand-computed cases, and the model JSON refusing what is not a
// model with the place named.
#include "model/metrics.h"

#include <gtest/gtest.h>

#include <cmath>

#include "model/model.h"

namespace faultline::model {
namespace {

TEST(Metrics, RanksAverageTies) {
  EXPECT_EQ(average_ranks({3, 1, 3, 2}), (std::vector<double>{3.5, 1, 3.5, 2}));
  EXPECT_DOUBLE_EQ(spearman({1, 2, 3, 4}, {10, 20, 30, 40}), 1.0);
  EXPECT_DOUBLE_EQ(spearman({1, 2, 3, 4}, {4, 3, 2, 1}), -1.0);
  // Ranks (1, 2, 3.5, 3.5) against (1, 2, 3, 4): r = 4.5 / sqrt(4.5 · 5).
  EXPECT_DOUBLE_EQ(spearman({1, 2, 7, 7}, {1, 2, 3, 4}), 4.5 / std::sqrt(4.5 * 5));
  EXPECT_TRUE(std::isnan(spearman({1, 1, 1}, {1, 2, 3})));
}

TEST(Metrics, DeviancesAndErrors) {
  // 2·[(0 − (0 − 1)) + (2·log(2/1) − (2 − 1))] / 2 = 2·log 2.
  EXPECT_DOUBLE_EQ(poisson_deviance({0, 2}, {1, 1}), 2 * std::log(2.0));
  EXPECT_DOUBLE_EQ(poisson_deviance({3, 5}, {3, 5}), 0.0);
  EXPECT_DOUBLE_EQ(squared_error({1, 4}, {2, 2}), 2.5);
  EXPECT_DOUBLE_EQ(mean_absolute_error({1, 4}, {2, 2}), 1.5);
}

TEST(ModelJson, RefusesWhatIsNotAModel) {
  auto garbage = model_from_text("{not json");
  ASSERT_FALSE(garbage.ok());
  EXPECT_EQ(garbage.error().message(), "model: not valid JSON");
  auto other = model_from_text(R"({"format": "something-else", "version": 1})");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().message(), "not a faultline model (format field)");
  auto newer = model_from_text(R"({"format": "faultline-model", "version": 9})");
  ASSERT_FALSE(newer.ok());
  EXPECT_EQ(newer.error().message(), "model version 9 is not supported (expected 1)");
  auto truncated = model_from_text(R"({"format": "faultline-model", "version": 1, "window": {}})");
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.error().message().find("key 'seconds' not found"), std::string::npos)
      << truncated.error().message();
}

}  // namespace
}  // namespace faultline::model
