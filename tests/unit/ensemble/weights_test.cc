// Member weights from English dev data: scores, fitted log-likelihood, Caruana selection.
#include <cmath>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/ensemble/weights.h"

namespace xlfuse::ensemble {
namespace {

TEST(Weights, FromScoresAndNames) {
  EXPECT_EQ(weights_from_scores({60, 20, 20}), (std::vector<double>{0.6, 0.2, 0.2}));
  XLFUSE_EXPECT_THROW_WITH(weights_from_scores({0, 0}), ConfigError, "every member scores 0");
  XLFUSE_EXPECT_THROW_WITH(weights_from_scores({10, -1}), ConfigError, "member 1 has score -1");
  EXPECT_EQ(parse_weight_source("english-dev"), WeightSource::EnglishDev);
  EXPECT_EQ(to_string(WeightSource::Caruana), "caruana");
  XLFUSE_EXPECT_THROW_WITH(parse_weight_source("best"), ConfigError,
                           "weights: expected one of uniform, english-dev, fitted, caruana");
}

TEST(Weights, FittedLogLikelihoodFavoursTheBetterMember) {
  // Member 0 gives the gold 0.9 everywhere, member 1 0.3: the likelihood is maximal at w0 = 1.
  std::vector<std::vector<double>> p = {std::vector<double>(50, 0.9), std::vector<double>(50, 0.3)};
  const auto w = fit_log_likelihood_weights(p);
  EXPECT_GT(w[0], 0.99);
  EXPECT_NEAR(w[0] + w[1], 1.0, 1e-12);
  // Complementary members (each right on half): the optimum mixes them equally.
  std::vector<std::vector<double>> q(2);
  for (int i = 0; i < 40; ++i) {
    q[0].push_back(i % 2 ? 0.9 : 0.1);
    q[1].push_back(i % 2 ? 0.1 : 0.9);
  }
  const auto v = fit_log_likelihood_weights(q);
  EXPECT_NEAR(v[0], 0.5, 1e-6);
  XLFUSE_EXPECT_THROW_WITH(fit_log_likelihood_weights({{0.5}, {0.0}}), ConfigError, "member 1 has probability 0");
  XLFUSE_EXPECT_THROW_WITH(fit_log_likelihood_weights({{0.5, 0.5}, {0.5}}), ConfigError, "member 1 has 1 dev examples");
}

TEST(Weights, CaruanaAddsTheMemberThatHelpsMostWithReplacement) {
  // The metric rewards member 2 most, then a little of member 0; member 1 hurts.
  auto metric = [](const std::vector<int64_t>& c) {
    const double n = static_cast<double>(c[0] + c[1] + c[2]);
    const double share0 = c[0] / n, share2 = c[2] / n;
    return 70 * share2 + 50 * share0 - 40 * (c[1] / n) - 60 * std::pow(share0 - 0.25, 2);
  };
  const auto w = caruana_selection(3, 8, metric);
  EXPECT_EQ(w[1], 0.0);
  EXPECT_GT(w[2], w[0]);
  EXPECT_NEAR(w[0] + w[1] + w[2], 1.0, 1e-12);
  // The best prefix is kept: a metric that only likes member 1 alone stops after one addition.
  const auto only = caruana_selection(2, 5, [](const std::vector<int64_t>& c) { return c[0] == 0 ? 10.0 : 0.0; });
  EXPECT_EQ(only, (std::vector<double>{0.0, 1.0}));
  XLFUSE_EXPECT_THROW_WITH(caruana_selection(2, 0, metric), ConfigError, "at least one round");
}

}  // namespace
}  // namespace xlfuse::ensemble
