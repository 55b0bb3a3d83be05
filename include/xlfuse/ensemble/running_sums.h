#pragma once
// The arithmetic behind the subset search's running sums (subset_search.h): compensated sums of
// the members' contributions, and the loops that turn them into combined outputs. The loops are
// vectorised (one clone per x86-64 level, picked at load time) and use only correctly rounded
// IEEE-754 operations, without fused multiply-add, so every clone gives the same bits.
#include <cstddef>

namespace xlfuse::ensemble {

// The smallest mean probability whose log is stored: keeps the log finite for a label to which no
// member gives any probability (the mean-prob combiner clamps alike).
inline constexpr double kMinProbability = 1e-30;

// Natural logarithm of a positive, normal, finite x, within 2 ulp of a correctly rounded log
// (tested against std::log); log(1) = 0 exactly.
double log_of_positive(double x);

// For i in [0, n): adds sign * contribution[i] to the two-double sum (hi[i], lo[i]) with Knuth's
// TwoSum, so that hi + lo stays the exact sum of what was added and removed, up to the rounding of
// lo alone (about 1e-32 per step for sums of order 1; a plain double sum errs by up to 1e-16 per
// step). So a subset's sums do not depend on the order in which members came and went, and a
// tiny probability left after removing a large one keeps its value. Then writes
//   add_and_log_mean: out[i] = float(log(max((hi[i] + lo[i]) * scale, kMinProbability)))
//   add_and_mean:     out[i] = float((hi[i] + lo[i]) * scale)
// `out` must not overlap the other arrays.
void add_and_log_mean(const double* contribution, double sign, double* hi, double* lo, double scale, float* out,
                      size_t n);
void add_and_mean(const double* contribution, double sign, double* hi, double* lo, double scale, float* out, size_t n);

}  // namespace xlfuse::ensemble
