#include "xlfuse/ensemble/running_sums.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "xlfuse/core/rng.h"

namespace xlfuse::ensemble {
namespace {

TEST(RunningSums, LogMatchesStdLogToTwoUlp) {
  EXPECT_EQ(log_of_positive(1.0), 0.0);
  SplitMix64 rng(5);
  size_t float_differences = 0;
  for (int i = 0; i < 200000; ++i) {
    // Log-uniform over [kMinProbability, 16]: every exponent the kernels see.
    const double x = kMinProbability * std::exp(rng.uniform() * std::log(16 / kMinProbability));
    const double want = std::log(x), got = log_of_positive(x);
    ASSERT_LE(std::fabs(got - want), 2 * std::fabs(std::nextafter(want, 0.0) - want) + 1e-300) << x;
    float_differences += static_cast<float>(got) != static_cast<float>(want) ? 1 : 0;
  }
  // Rounded to float (what the combined outputs store), a difference needs a double within 2 ulp
  // of a float rounding boundary: about 1 in 10^8.
  EXPECT_EQ(float_differences, 0u);
  for (double x : {0.5, 2.0, 1e-30, 0.7071067811865476, 1.4142135623730951, 1 - 1e-16, 1 + 2.2e-16})
    EXPECT_NEAR(log_of_positive(x), std::log(x), 4e-16 * std::max(1.0, std::fabs(std::log(x)))) << x;
}

TEST(RunningSums, AddingAndRemovingLeavesTheExactSum) {
  // 0.9 then 1e-20 added, 0.9 removed: a plain double sum would keep 0, the two-double sum 1e-20.
  std::vector<double> hi(1, 0.0), lo(1, 0.0);
  std::vector<float> out(1);
  const double big = 0.9, tiny = 1e-20;
  add_and_log_mean(&big, 1.0, hi.data(), lo.data(), 1.0, out.data(), 1);
  add_and_log_mean(&tiny, 1.0, hi.data(), lo.data(), 0.5, out.data(), 1);
  EXPECT_FLOAT_EQ(out[0], static_cast<float>(std::log((big + tiny) / 2)));
  add_and_log_mean(&big, -1.0, hi.data(), lo.data(), 1.0, out.data(), 1);
  EXPECT_EQ(hi[0] + lo[0], tiny);
  EXPECT_EQ(out[0], static_cast<float>(std::log(tiny)));
  // Nothing left: the log is clamped, not -inf.
  add_and_log_mean(&tiny, -1.0, hi.data(), lo.data(), 1.0, out.data(), 1);
  EXPECT_EQ(out[0], static_cast<float>(std::log(kMinProbability)));
}

TEST(RunningSums, ManyStepsStayExact) {
  // 1000 values, 6 contributions, toggled in a long pseudo-random order: after every step the
  // outputs equal those of the exact sums of the contributions present, to 1e-28 absolute (the
  // rounding of lo; a plain double sum would be off by up to 1e-16 of the largest sum, 1e-16 here).
  const size_t n = 1000, members = 6;
  SplitMix64 rng(9);
  std::vector<std::vector<double>> c(members, std::vector<double>(n));
  for (auto& row : c)
    for (double& v : row) v = std::exp(-60 * rng.uniform());  // from 1 down to 1e-26
  std::vector<double> hi(n, 0.0), lo(n, 0.0);
  std::vector<float> out(n), mean_out(n);
  std::vector<bool> present(members, false);
  for (int step = 0; step < 3000; ++step) {
    const size_t m = rng.below(members);
    present[m] = !present[m];
    size_t k = 0;
    for (bool p : present) k += p;
    const double scale = k ? 1.0 / static_cast<double>(k) : 1.0;
    std::vector<double> hi2 = hi, lo2 = lo;
    add_and_log_mean(c[m].data(), present[m] ? 1.0 : -1.0, hi.data(), lo.data(), scale, out.data(), n);
    add_and_mean(c[m].data(), present[m] ? 1.0 : -1.0, hi2.data(), lo2.data(), scale, mean_out.data(), n);
    if (step % 97 != 0) continue;
    for (size_t i = 0; i < n; ++i) {
      // The exact sum of at most 6 positive doubles, to 1e-16 relative (long double, sorted).
      std::vector<long double> parts;
      for (size_t j = 0; j < members; ++j)
        if (present[j]) parts.push_back(c[j][i]);
      std::sort(parts.begin(), parts.end());
      long double sum = 0;
      for (long double p : parts) sum += p;
      const double mean = static_cast<double>(sum) * scale;
      EXPECT_NEAR(hi[i] + lo[i], static_cast<double>(sum), 1e-15 * static_cast<double>(sum) + 1e-28) << step << " " << i;
      EXPECT_NEAR(out[i], std::log(std::max(mean, kMinProbability)), 1e-6 * std::fabs(std::log(std::max(mean, kMinProbability))));
      EXPECT_NEAR(mean_out[i], mean, 1e-6 * mean + 1e-28);
    }
  }
}

}  // namespace
}  // namespace xlfuse::ensemble
