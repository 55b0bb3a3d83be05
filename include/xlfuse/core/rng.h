#pragma once
// The one seeded random-number helper of the project: SplitMix64 (Steele, Lea and Flood 2014), a
// small, fully specified generator, so that shuffles, masking and task draws are identical on
// every platform and standard library (std::shuffle and std::uniform_int_distribution are not).
#include <cstdint>

namespace xlfuse {

// SplitMix64's output function: a bijective mix of 64 bits, also used to derive independent
// streams from (seed, key) pairs: SplitMix64(mix64(seed + a) ^ mix64(key ^ b)).
inline uint64_t mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// SplitMix64's increment (the golden ratio in 64 bits).
inline constexpr uint64_t kGoldenGamma = 0x9E3779B97F4A7C15ULL;

class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t next() { return mix64(state_ += kGoldenGamma); }
  // Uniform in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // Uniform in [0, bound) by rejection (no modulo bias); bound > 0.
  uint64_t below(uint64_t bound) {
    const uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    uint64_t x;
    do x = next();
    while (x >= limit);
    return x % bound;
  }

 private:
  uint64_t state_;
};

}  // namespace xlfuse
