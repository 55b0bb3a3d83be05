#include "xlfuse/ensemble/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/rng.h"

namespace xlfuse::ensemble {
namespace {

using decode::ExampleScores;

ExampleScores accuracy_rows(const std::vector<int>& correct) {
  ExampleScores s;
  s.metric = "accuracy";
  for (int c : correct) {
    s.values.push_back(c);
    s.values.push_back(1);
  }
  return s;
}

ExampleScores f1_rows(const std::vector<std::array<double, 3>>& rows) {
  ExampleScores s;
  s.metric = "f1";
  s.kind = ExampleScores::Kind::F1;
  s.width = 3;
  for (const auto& r : rows) s.values.insert(s.values.end(), r.begin(), r.end());
  return s;
}

// Correct (1) with probability p, from a seeded stream.
std::vector<int> random_correct(size_t n, double p, uint64_t seed) {
  SplitMix64 rng(seed);
  std::vector<int> out;
  for (size_t i = 0; i < n; ++i) out.push_back(rng.uniform() < p ? 1 : 0);
  return out;
}

TEST(PairedBootstrap, IdenticalSystemsGiveZero) {
  const ExampleScores a = accuracy_rows(random_correct(200, 0.6, 3));
  const Interval i = paired_bootstrap(a, a);
  EXPECT_EQ(i.delta, 0.0);
  EXPECT_EQ(i.low, 0.0);
  EXPECT_EQ(i.high, 0.0);
}

TEST(PairedBootstrap, AlwaysRightAgainstNeverRightIsADegenerateHundred) {
  const ExampleScores a = accuracy_rows(std::vector<int>(50, 1));
  const ExampleScores b = accuracy_rows(std::vector<int>(50, 0));
  const Interval i = paired_bootstrap(a, b, {200, 0.9, 5});
  EXPECT_DOUBLE_EQ(i.delta, 100.0);
  EXPECT_DOUBLE_EQ(i.low, 100.0);
  EXPECT_DOUBLE_EQ(i.high, 100.0);
  const Interval reverse = paired_bootstrap(b, a, {200, 0.9, 5});
  EXPECT_DOUBLE_EQ(reverse.delta, -100.0);
  EXPECT_DOUBLE_EQ(reverse.high, -100.0);
}

// The resampling contract, recomputed by hand: per resample, n draws of SplitMix64::below(n) from
// one stream under the seed; the interval is numpy's linear percentile of the differences.
TEST(PairedBootstrap, ResamplesAndPercentilesAsDocumented) {
  const ExampleScores a = accuracy_rows({1, 1, 0});
  const ExampleScores b = accuracy_rows({0, 1, 0});
  const BootstrapOptions options{7, 0.5, 42};
  SplitMix64 rng(42);
  std::vector<double> diffs;
  for (int r = 0; r < 7; ++r) {
    double ca = 0, cb = 0;
    for (int k = 0; k < 3; ++k) {
      const uint64_t j = rng.below(3);
      ca += j < 2 ? 1 : 0;  // a is right on examples 0 and 1
      cb += j == 1 ? 1 : 0;  // b only on example 1
    }
    diffs.push_back(ca / 3 * 100 - cb / 3 * 100);
  }
  std::sort(diffs.begin(), diffs.end());
  // Quantiles 0.25 and 0.75 of 7 values sit at positions 1.5 and 4.5.
  const Interval i = paired_bootstrap(a, b, options);
  EXPECT_DOUBLE_EQ(i.delta, 100.0 / 3);
  EXPECT_DOUBLE_EQ(i.low, (diffs[1] + diffs[2]) / 2);
  EXPECT_DOUBLE_EQ(i.high, (diffs[4] + diffs[5]) / 2);
}

TEST(PairedBootstrap, F1RowsUseTheChunkSums) {
  // a: 3 of 4 predicted chunks right, 5 gold; b: 1 of 2, 5 gold.
  const ExampleScores a = f1_rows({{2, 2, 3}, {1, 2, 2}});
  const ExampleScores b = f1_rows({{1, 1, 3}, {0, 1, 2}});
  const Interval i = paired_bootstrap(a, b, {300, 0.95, 1});
  EXPECT_NEAR(i.delta, 100 * 2.0 * 3 / 9 - 100 * 2.0 * 1 / 7, 1e-12);
  EXPECT_LE(i.low, i.high);
}

TEST(PairedBootstrap, ReproducibleUnderASeedAndDifferentUnderAnother) {
  const ExampleScores a = accuracy_rows(random_correct(300, 0.7, 11));
  const ExampleScores b = accuracy_rows(random_correct(300, 0.6, 12));
  const Interval one = paired_bootstrap(a, b, {500, 0.95, 1});
  const Interval again = paired_bootstrap(a, b, {500, 0.95, 1});
  EXPECT_EQ(one.low, again.low);
  EXPECT_EQ(one.high, again.high);
  const Interval other = paired_bootstrap(a, b, {500, 0.95, 2});
  EXPECT_EQ(other.delta, one.delta);
  EXPECT_TRUE(other.low != one.low || other.high != one.high);
}

TEST(PairedBootstrap, IntervalContainsTheObservedDelta) {
  const ExampleScores a = accuracy_rows(random_correct(500, 0.72, 21));
  const ExampleScores b = accuracy_rows(random_correct(500, 0.65, 22));
  const Interval i = paired_bootstrap(a, b, {1000, 0.95, 7});
  EXPECT_NEAR(i.delta, a.total() - b.total(), 1e-12);
  EXPECT_LT(i.low, i.delta);
  EXPECT_GT(i.high, i.delta);
  // Independent systems of 500 examples: the 95 % interval is several points wide.
  EXPECT_GT(i.high - i.low, 4.0);
  EXPECT_LT(i.high - i.low, 20.0);
  // A wider coverage gives a wider interval.
  const Interval wide = paired_bootstrap(a, b, {1000, 0.99, 7});
  EXPECT_LE(wide.low, i.low);
  EXPECT_GE(wide.high, i.high);
}

TEST(PairedBootstrap, BadInputsAreRefused) {
  const ExampleScores a = accuracy_rows({1, 0, 1});
  XLFUSE_EXPECT_THROW_WITH(paired_bootstrap(a, accuracy_rows({1, 0})), std::invalid_argument, "3 examples, system b 2");
  XLFUSE_EXPECT_THROW_WITH(paired_bootstrap(a, f1_rows({{1, 1, 1}, {0, 0, 0}, {1, 1, 1}})), std::invalid_argument,
                           "same metric");
  XLFUSE_EXPECT_THROW_WITH(paired_bootstrap(accuracy_rows({}), accuracy_rows({})), std::invalid_argument, "no examples");
  XLFUSE_EXPECT_THROW_WITH(paired_bootstrap(a, a, {0, 0.95, 1}), ConfigError, "resamples");
  XLFUSE_EXPECT_THROW_WITH(paired_bootstrap(a, a, {-5, 0.95, 1}), ConfigError, "resamples");
  for (double c : {0.0, 1.0, 1.5, -0.1, std::numeric_limits<double>::quiet_NaN()})
    XLFUSE_EXPECT_THROW_WITH(paired_bootstrap(a, a, {10, c, 1}), ConfigError, "confidence");
}

TEST(PairedBootstrapMean, MeanOfLanguageDeltas) {
  std::map<std::string, ExampleScores> a, b;
  a["de"] = accuracy_rows(random_correct(100, 0.8, 1));
  b["de"] = accuracy_rows(random_correct(100, 0.7, 2));
  a["fr"] = accuracy_rows(random_correct(60, 0.5, 3));
  b["fr"] = accuracy_rows(random_correct(60, 0.6, 4));
  const Interval i = paired_bootstrap_mean(a, b, {400, 0.9, 3});
  EXPECT_NEAR(i.delta, ((a["de"].total() - b["de"].total()) + (a["fr"].total() - b["fr"].total())) / 2, 1e-12);
  EXPECT_LT(i.low, i.delta);
  EXPECT_GT(i.high, i.delta);
  const Interval again = paired_bootstrap_mean(a, b, {400, 0.9, 3});
  EXPECT_EQ(again.low, i.low);
  EXPECT_EQ(again.high, i.high);
  const Interval same = paired_bootstrap_mean(a, a, {100, 0.9, 3});
  EXPECT_EQ(same.low, 0.0);
  EXPECT_EQ(same.high, 0.0);
}

TEST(PairedBootstrapMean, OneLanguageIsThePlainBootstrap) {
  std::map<std::string, ExampleScores> a, b;
  a["sw"] = accuracy_rows(random_correct(80, 0.6, 8));
  b["sw"] = accuracy_rows(random_correct(80, 0.5, 9));
  const Interval mean = paired_bootstrap_mean(a, b, {250, 0.95, 4});
  const Interval plain = paired_bootstrap(a["sw"], b["sw"], {250, 0.95, 4});
  EXPECT_EQ(mean.delta, plain.delta);
  EXPECT_EQ(mean.low, plain.low);
  EXPECT_EQ(mean.high, plain.high);
}

TEST(PairedBootstrapMean, AlwaysRightEverywhereIsADegenerateHundred) {
  std::map<std::string, ExampleScores> a, b;
  for (const char* l : {"ar", "hi", "zh"}) {
    a[l] = accuracy_rows(std::vector<int>(20, 1));
    b[l] = accuracy_rows(std::vector<int>(20, 0));
  }
  const Interval i = paired_bootstrap_mean(a, b, {50, 0.95, 1});
  EXPECT_DOUBLE_EQ(i.delta, 100.0);
  EXPECT_DOUBLE_EQ(i.low, 100.0);
  EXPECT_DOUBLE_EQ(i.high, 100.0);
}

TEST(PairedBootstrapMean, BadInputsAreRefused) {
  std::map<std::string, ExampleScores> a, b;
  a["de"] = accuracy_rows({1, 0});
  b["fr"] = accuracy_rows({1, 0});
  XLFUSE_EXPECT_THROW_WITH(paired_bootstrap_mean(a, b), std::invalid_argument, "system a has languages [de], system b [fr]");
  b.clear();
  b["de"] = accuracy_rows({1});
  XLFUSE_EXPECT_THROW_WITH(paired_bootstrap_mean(a, b), std::invalid_argument, "(de): system a has 2 examples");
  XLFUSE_EXPECT_THROW_WITH(paired_bootstrap_mean({}, {}), std::invalid_argument, "no language");
  XLFUSE_EXPECT_THROW_WITH(paired_bootstrap_mean(a, a, {10, 2.0, 1}), ConfigError, "confidence");
}

TEST(WinTieLossTest, CountsLanguagesWithAMargin) {
  const std::map<std::string, double> a = {{"de", 50}, {"fr", 40}, {"es", 30}, {"ru", 20}};
  const std::map<std::string, double> b = {{"de", 45}, {"fr", 40.05}, {"es", 35}, {"ru", 20}};
  WinTieLoss w = win_tie_loss(a, b, 0.1);
  EXPECT_EQ(w.wins, 1);
  EXPECT_EQ(w.ties, 2);
  EXPECT_EQ(w.losses, 1);
  w = win_tie_loss(a, b);  // exact ties only
  EXPECT_EQ(w.wins, 1);
  EXPECT_EQ(w.ties, 1);
  EXPECT_EQ(w.losses, 2);
  XLFUSE_EXPECT_THROW_WITH(win_tie_loss(a, {{"de", 1}}), std::invalid_argument, "'es' has a score for system a but not for b");
  XLFUSE_EXPECT_THROW_WITH(win_tie_loss({{"de", 1}}, a), std::invalid_argument, "for system b but not for a");
  XLFUSE_EXPECT_THROW_WITH(win_tie_loss(a, b, -1), std::invalid_argument, "tie margin");
}

TEST(MeanStdTest, SampleStandardDeviation) {
  const MeanStd m = mean_std({2, 4, 4, 4, 5, 5, 7, 9});
  EXPECT_DOUBLE_EQ(m.mean, 5.0);
  EXPECT_DOUBLE_EQ(m.std, std::sqrt(32.0 / 7));  // n - 1 = 7
  EXPECT_EQ(m.n, 8);
  const MeanStd one = mean_std({3.5});
  EXPECT_EQ(one.mean, 3.5);
  EXPECT_EQ(one.std, 0.0);
  EXPECT_EQ(one.n, 1);
  XLFUSE_EXPECT_THROW_WITH(mean_std({}), std::invalid_argument, "no values");
}

TEST(Disagreement, MeanOverMemberPairs) {
  const std::vector<std::vector<std::string>> units = {{"a", "b", "c", "d"}, {"a", "b", "c", "x"}, {"y", "b", "c", "x"}};
  // Pairs (0,1): 1/4, (0,2): 2/4, (1,2): 1/4.
  EXPECT_DOUBLE_EQ(mean_pairwise_disagreement(units), (0.25 + 0.5 + 0.25) / 3);
  EXPECT_EQ(mean_pairwise_disagreement({{"a", "b"}, {"a", "b"}}), 0.0);
  EXPECT_EQ(mean_pairwise_disagreement({{"a", "b"}, {"c", "d"}}), 1.0);
  XLFUSE_EXPECT_THROW_WITH(mean_pairwise_disagreement({{"a"}}), std::invalid_argument, "at least 2 members");
  XLFUSE_EXPECT_THROW_WITH(mean_pairwise_disagreement({{"a"}, {"a", "b"}}), std::invalid_argument,
                           "member 0 has 1 prediction units, member 1 has 2");
  XLFUSE_EXPECT_THROW_WITH(mean_pairwise_disagreement({{}, {}}), std::invalid_argument, "no prediction units");
}

}  // namespace
}  // namespace xlfuse::ensemble
