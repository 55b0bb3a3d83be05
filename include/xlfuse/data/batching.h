#pragma once
// Batching without libtorch: which features go together (samplers) and how they are padded
// (to the longest item of the batch, never to a fixed maximum). The model side wraps the padded
// buffers as tensors without copying.
#include <cstdint>
#include <vector>

#include "xlfuse/data/feature.h"

namespace xlfuse::data {

// A padded batch, row-major [rows, width]. For multiple choice, rows = examples * choices.
struct Batch {
  int64_t rows = 0;
  int64_t width = 0;                   // longest feature in the batch
  std::vector<int64_t> input_ids;      // pad id where padded
  std::vector<int64_t> type_ids;       // 0 where padded
  std::vector<int64_t> attention_mask; // 1 real, 0 padding
  std::vector<int64_t> labels;         // one per row (sequence labels)
  std::vector<int64_t> token_labels;   // [rows, width] (kIgnoreIndex where padded); empty if unused
  std::vector<int64_t> start_positions, end_positions;  // one per row
  std::vector<int64_t> feature_indices;                  // which features, in row order
  int64_t real_tokens = 0;             // non-padding positions (for tokens/s)
};

// Pads features[indices] into a batch. Throws std::invalid_argument on an index out of range.
Batch collate(const std::vector<Feature>& features, const std::vector<int64_t>& indices, int32_t pad_id);

struct SamplerOptions {
  // Features per batch.
  int64_t batch_size = 32;
  // Shuffle (training). Without it, batches keep feature order (or length order, see below).
  bool shuffle = false;
  // Group features of similar length so batches carry little padding.
  bool bucket_by_length = true;
  // With shuffling: lengths are sorted within windows of this many batches, then batches shuffled.
  int64_t bucket_window_batches = 50;
  // Drop a last incomplete batch.
  bool drop_last = false;
  uint64_t seed = 42;
  void validate() const;  // throws ConfigError naming the field
};

// Batches of feature indices. Deterministic for a seed and epoch (its own generator, so results
// do not depend on the standard library's distributions).
std::vector<std::vector<int64_t>> make_batches(const std::vector<int64_t>& lengths, const SamplerOptions& options,
                                               uint64_t epoch = 0);

// Same, grouping `group_size` consecutive features (multiple choice: the choices of one example)
// so that a group is never split across batches; batch_size counts groups.
std::vector<std::vector<int64_t>> make_group_batches(const std::vector<int64_t>& lengths, int64_t group_size,
                                                     const SamplerOptions& options, uint64_t epoch = 0);

}  // namespace xlfuse::data
