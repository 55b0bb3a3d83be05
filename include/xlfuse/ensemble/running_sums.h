#pragma once
// The arithmetic behind the subset search's running sums (subset_search.h): compensated sums of
// the members' contributions, and the loops that turn them into combined outputs. The loops are
// vectorised (one clone per x86-64 level, picked at load time) and use only correctly rounded
// IEEE-754 operations, without fused multiply-add, so every clone gives the same bits.
#include <cstddef>
#include <cstdint>

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

// ---- argmax labels without the logs (subset search with SearchSet::score_labels) ----

// Units per block of add_and_argmax: one AVX-512 vector of doubles per label.
inline constexpr size_t kArgmaxLanes = 8;
// The most labels add_and_argmax takes (the labels are bytes).
inline constexpr size_t kMaxArgmaxLabels = 255;

// One step of the search: the member added or removed and the subset's 1 / k.
struct SumStep {
  size_t member;  // index into add_and_argmax's `contributions`
  double sign;    // +1 adds the member, -1 removes it
  double scale;   // 1 / (members in the subset after the step)
};

// For one block of kArgmaxLanes units of `labels` values each, stored label-major (value
// l * kArgmaxLanes + j is label l of unit j; contributions[m] is member m's block): applies
// `count` steps to (hi, lo) exactly as add_and_log_mean does, and after step s writes
// labels_out[s * stride + j] = the first index of the largest value add_and_log_mean would have
// written for unit j. The logs are computed only near ties (see running_sums.cc), so the labels are
// bit-for-bit those of the logs at a fraction of the cost. labels in [1, kMaxArgmaxLabels].
void add_and_argmax(const double* const* contributions, const SumStep* steps, size_t count, size_t labels, double* hi,
                    double* lo, uint8_t* labels_out, size_t stride);

}  // namespace xlfuse::ensemble
