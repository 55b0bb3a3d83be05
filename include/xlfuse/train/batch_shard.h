#pragma once
// One rank's part of a global batch in data-parallel training. Every rank collates the whole
// batch (same rows, padding and MLM masks as a single process would) and keeps a contiguous slice
// of its rows; `weight / total_weight` is the slice's share of the batch loss's denominator (rows,
// or target tokens for token_classification and masked_lm), so that the sum over ranks of
// (share x slice loss) is the single-process batch loss exactly, and so is its gradient.
#include <cstdint>

#include "xlfuse/model/heads/head_registry.h"
#include "xlfuse/model/heads/task_head.h"

namespace xlfuse::train {

struct BatchShard {
  model::TaskInputs inputs;
  // Rows (examples) of the slice; 0 when the batch has fewer rows than ranks.
  int64_t rows = 0;
  // Elements of the loss's mean in the slice and in the whole batch.
  double weight = 0;
  double total_weight = 0;
  // weight / total_weight (0 when the whole batch has no target).
  double share() const { return total_weight > 0 ? weight / total_weight : 0.0; }
};

// Rows [rows * part / parts, rows * (part + 1) / parts) of `batch`. ConfigError for dual_encoder
// (its in-batch negatives would shrink to the slice).
BatchShard shard_batch(const model::TaskInputs& batch, model::HeadKind kind, int part, int parts);

}  // namespace xlfuse::train
