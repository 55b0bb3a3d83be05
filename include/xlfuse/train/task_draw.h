#pragma once
// Which task a multi-task update trains on: slot i with probability examples[i] / sum(examples),
// from a counter-based stream (seed, draw number), so a resumed run continues the sequence from the
// number of draws done and every platform draws the same tasks.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace xlfuse::train {

// The slot of task draw number `draw` (0, 1, ...) of a run seeded with `seed`. Throws ConfigError
// when a count is negative or no slot has examples.
size_t draw_task(const std::vector<int64_t>& examples, uint64_t seed, int64_t draw);

}  // namespace xlfuse::train
