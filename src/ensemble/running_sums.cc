// Compensated running sums and their vectorised output loops. See running_sums.h.
//
// Built with -O3 -fno-trapping-math -ffp-contract=off (CMakeLists.txt): GCC vectorises the loops
// only at -O3 and without trapping math (the clamp is a compare-and-select), and no contraction
// into fused multiply-adds keeps every clone bit-identical to the plain x86-64 one.
#include "xlfuse/ensemble/running_sums.h"

#include <cstdint>
#include <cstring>

// One clone per x86-64 level with GCC (AVX-512, AVX2, baseline SSE2), chosen when the program is
// loaded; elsewhere the portable loop.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define XLFUSE_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define XLFUSE_VECTOR_CLONES
#endif

namespace xlfuse::ensemble {

namespace {

inline uint64_t bits_of(double x) {
  uint64_t u;
  std::memcpy(&u, &x, sizeof u);
  return u;
}

inline double double_of(uint64_t u) {
  double x;
  std::memcpy(&x, &u, sizeof x);
  return x;
}

// x = 2^k * m with m in [sqrt(1/2), sqrt(2)); log(m) = 2 atanh(s), s = (m - 1) / (m + 1), |s| <=
// 0.1716, from the series 2 (s + s^3/3 + s^5/5 + ...) cut after s^19 (the rest is below 1e-17),
// arranged as f - (f^2/2 - s (f^2/2 + R)) so that the large terms are exact; ln 2 is split into a
// part whose products with k are exact and a small rest.
inline double log_kernel(double x) {
  constexpr uint64_t kSqrtHalf = 0x3fe6a09e667f3bcdULL;  // bits of sqrt(1/2)
  constexpr uint64_t kOne = 1023ULL << 52;               // exponent bias, in place
  const uint64_t b = bits_of(x);
  // k + 1023 for the k that puts m in [sqrt(1/2), sqrt(2)); unsigned shifts only (they vectorise
  // on every level).
  const uint64_t biased_k = (b - kSqrtHalf + kOne) >> 52;
  const double m = double_of(b - (biased_k << 52) + kOne);
  // The small integer biased_k as a double without an int64 conversion: 2^52 + biased_k - (2^52 + 1023).
  const double k = double_of(biased_k | 0x4330000000000000ULL) - (0x1p52 + 1023.0);
  const double f = m - 1.0;
  const double s = f / (2.0 + f);
  const double z = s * s;
  double r = 2.0 / 19;
  r = r * z + 2.0 / 17;
  r = r * z + 2.0 / 15;
  r = r * z + 2.0 / 13;
  r = r * z + 2.0 / 11;
  r = r * z + 2.0 / 9;
  r = r * z + 2.0 / 7;
  r = r * z + 2.0 / 5;
  r = r * z + 2.0 / 3;
  r *= z;
  const double half_f2 = 0.5 * f * f;
  const double log_m = f - (half_f2 - s * (half_f2 + r));
  constexpr double kLn2Hi = 0x1.62e42fee00000p-1;  // ln 2 with 21 trailing zero bits: k * kLn2Hi is exact
  constexpr double kLn2Lo = 0x1.a39ef35793c76p-33;  // ln 2 - kLn2Hi
  return k * kLn2Hi + (k * kLn2Lo + log_m);
}

// (hi, lo) += x with TwoSum: hi + lo gains exactly x (up to the rounding of lo itself); returns
// hi + lo.
inline double two_sum_add(double& hi, double& lo, double x) {
  const double t = hi + x;
  const double back = t - hi;
  lo += (hi - (t - back)) + (x - back);
  hi = t;
  return t + lo;
}

}  // namespace

double log_of_positive(double x) { return log_kernel(x); }

XLFUSE_VECTOR_CLONES
void add_and_log_mean(const double* contribution, double sign, double* hi, double* lo, double scale, float* out,
                      size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const double mean = two_sum_add(hi[i], lo[i], sign * contribution[i]) * scale;
    out[i] = static_cast<float>(log_kernel(mean > kMinProbability ? mean : kMinProbability));
  }
}

XLFUSE_VECTOR_CLONES
void add_and_mean(const double* contribution, double sign, double* hi, double* lo, double scale, float* out, size_t n) {
  for (size_t i = 0; i < n; ++i) out[i] = static_cast<float>(two_sum_add(hi[i], lo[i], sign * contribution[i]) * scale);
}

}  // namespace xlfuse::ensemble
