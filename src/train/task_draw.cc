#include "xlfuse/train/task_draw.h"

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/rng.h"

namespace xlfuse::train {

size_t draw_task(const std::vector<int64_t>& examples, uint64_t seed, int64_t draw) {
  int64_t total = 0;
  for (size_t i = 0; i < examples.size(); ++i) {
    if (examples[i] < 0)
      throw ConfigError(fmt::format("examples[{}]: expected a count >= 0, got {}", i, examples[i]));
    total += examples[i];
  }
  if (total <= 0) throw ConfigError("examples: no slot has training examples to draw from");
  // 53 random bits of draw number `draw` (SplitMix64 output of a seed-dependent counter).
  const uint64_t bits = mix64(mix64(seed ^ 0x5851F42D4C957F2DULL) + static_cast<uint64_t>(draw)) >> 11;
  const double u = static_cast<double>(bits) * 0x1.0p-53 * static_cast<double>(total);
  double cumulative = 0;
  for (size_t i = 0; i < examples.size(); ++i) {
    cumulative += static_cast<double>(examples[i]);
    if (u < cumulative) return i;
  }
  // Only reachable through rounding at the very top: the last slot with examples.
  size_t last = examples.size() - 1;
  while (examples[last] == 0) --last;
  return last;
}

}  // namespace xlfuse::train
