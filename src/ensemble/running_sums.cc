// Compensated running sums and their vectorised output loops. See running_sums.h.
//
// Built with -O3 -fno-trapping-math -ffp-contract=off (CMakeLists.txt): GCC vectorises the loops
// only at -O3 and without trapping math (the clamp is a compare-and-select), and no contraction
// into fused multiply-adds keeps every clone bit-identical to the plain x86-64 one.
#include "xlfuse/ensemble/running_sums.h"

#include <cstdint>
#include <cstring>
#include <limits>

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

namespace {

// When the argmax of the double sums is the argmax of the float logs add_and_log_mean writes,
// float(log(max(sum * scale, kMinProbability))). Let the largest sum's mean be at least
// kSureMean, so its log lies in (-7.7, 0], where floats are at most 2^-21 apart. A label whose sum
// is below kNearTie * the largest has an exact log at least 2^-15 below the largest's; the
// product by scale and the log kernel move logs by about 1e-16, and rounding to float by at most
// half a float spacing, so its float is strictly below the largest's float: it can neither win
// nor tie. So when the largest is the only label within kNearTie of it, it is the label; otherwise
// that unit's logs are computed as add_and_log_mean computes them, and the first largest float
// wins (always where labels tie exactly; rare otherwise, see docs/performance.md).
constexpr double kNearTie = 1.0 - 0x1p-15;
constexpr double kSureMean = 0x1p-11;

// One value per lane of a block, as GCC vectors (plain loops over the lanes were left scalar by the
// vectoriser); the default clone splits them into SSE2 pairs. Lanes8 is the same vector at the
// alignment of a double, for the callers' arrays.
typedef double Lanes __attribute__((vector_size(kArgmaxLanes * sizeof(double))));
typedef double Lanes8 __attribute__((vector_size(kArgmaxLanes * sizeof(double)), aligned(sizeof(double))));
typedef int64_t LaneInts __attribute__((vector_size(kArgmaxLanes * sizeof(int64_t))));

// The first index of the largest float add_and_log_mean writes for unit j of the block.
uint8_t argmax_of_logs(const double* sums, size_t labels, size_t j, double scale) {
  uint8_t best = 0;
  float best_value = 0.0f;
  for (size_t l = 0; l < labels; ++l) {
    const double mean = sums[l * kArgmaxLanes + j] * scale;
    const float value = static_cast<float>(log_kernel(mean > kMinProbability ? mean : kMinProbability));
    if (l == 0 || value > best_value) {
      best = static_cast<uint8_t>(l);
      best_value = value;
    }
  }
  return best;
}

}  // namespace

XLFUSE_VECTOR_CLONES
void add_and_argmax(const double* const* contributions, const SumStep* steps, size_t count, size_t labels, double* hi,
                    double* lo, uint8_t* labels_out, size_t stride) {
  constexpr size_t W = kArgmaxLanes;
  alignas(64) Lanes sums[kMaxArgmaxLabels];
  Lanes8* his = reinterpret_cast<Lanes8*>(hi);
  Lanes8* los = reinterpret_cast<Lanes8*>(lo);
  for (size_t s = 0; s < count; ++s) {
    const Lanes8* c = reinterpret_cast<const Lanes8*>(contributions[steps[s].member]);
    const Lanes sign = Lanes{} + steps[s].sign, scale = Lanes{} + steps[s].scale;
    // The sums (two_sum_add, lane-wise), and per unit (lane) the largest and its first label.
    Lanes best = Lanes{} - std::numeric_limits<double>::infinity();  // every sum is finite
    LaneInts first = {};
    for (size_t l = 0; l < labels; ++l) {
      const Lanes x = sign * c[l], h = his[l];
      const Lanes t = h + x;
      const Lanes back = t - h;
      const Lanes low = los[l] + ((h - (t - back)) + (x - back));
      his[l] = t;
      los[l] = low;
      const Lanes v = sums[l] = t + low;
      const LaneInts greater = v > best;
      best = greater ? v : best;
      first = greater ? LaneInts{} + static_cast<int64_t>(l) : first;
    }
    // How many labels come near the largest; one alone with a large enough mean is the argmax.
    const Lanes limit = best * kNearTie;
    LaneInts near = {};
    for (size_t l = 0; l < labels; ++l) near -= sums[l] >= limit;  // true is -1
    const LaneInts sure = (near == 1) & (best * scale >= Lanes{} + kSureMean);
    int64_t all_sure = -1;
    for (size_t j = 0; j < W; ++j) all_sure &= sure[j];
    uint8_t* out = labels_out + s * stride;
    if (all_sure) {
      for (size_t j = 0; j < W; ++j) out[j] = static_cast<uint8_t>(first[j]);
    } else {
      const double* values = reinterpret_cast<const double*>(sums);
      for (size_t j = 0; j < W; ++j)
        out[j] = sure[j] ? static_cast<uint8_t>(first[j]) : argmax_of_logs(values, labels, j, steps[s].scale);
    }
  }
}

}  // namespace xlfuse::ensemble
