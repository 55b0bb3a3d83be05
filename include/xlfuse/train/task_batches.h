#pragma once
// The sampler and collation of one head on one TrainData: which features go together in each batch
// of an epoch (a function of the seed and the epoch alone, so a resumed run sees the same batches),
// and the batch as the head's inputs (collated by the head registry). masked_lm batches are masked
// here, keyed by (seed, epoch, batch, row), so resume stays exact.
#include <cstdint>
#include <vector>

#include "xlfuse/data/batching.h"
#include "xlfuse/data/mlm_masking.h"
#include "xlfuse/model/heads/head_registry.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/train/trainer.h"

namespace xlfuse::train {

// A batch ready for the model, with what throughput counts.
struct PreparedBatch {
  model::TaskInputs inputs;
  // Examples (multiple choice: questions, not choice rows; dual encoder: query/candidate pairs).
  int64_t examples = 0;
  // Attention-mask ones over every encoded side.
  int64_t real_tokens = 0;
  // masked_lm: false when the masking chose no position in the whole batch (its loss would be
  // 0/0); the trainer skips such a micro-batch.
  bool has_targets = true;
};

class TaskBatches {
 public:
  // Validates `data` for the head (std::invalid_argument / ConfigError naming what is wrong).
  // `data` must outlive this object. `sampler_seed` seeds the sampler and the MLM masking.
  TaskBatches(model::HeadKind kind, const TrainData& data, const TrainOptions& options, uint64_t sampler_seed,
              const io::BertConfig& config);

  model::HeadKind kind() const { return kind_; }
  // Batches per epoch (the same for every epoch).
  int64_t batches_per_epoch() const { return batches_per_epoch_; }
  // Training examples (multiple choice: features / choices).
  int64_t examples() const { return examples_; }
  // Batch `index` of `epoch`, collated (masked_lm: masked under (seed, epoch, index, row)).
  PreparedBatch prepare(int64_t epoch, int64_t index);

 private:
  const std::vector<std::vector<int64_t>>& batches(int64_t epoch);
  // masked_lm: masks the rows' real tokens in `batch` and puts the targets in batch->token_labels;
  // false when no position was chosen.
  bool mask_batch(data::Batch* batch, const std::vector<int64_t>& rows, int64_t epoch, int64_t index) const;

  model::HeadKind kind_;
  const model::HeadEntry& entry_;
  const TrainData& data_;
  int32_t pad_id_ = 0;
  uint64_t seed_ = 0;
  data::SamplerOptions sampler_;
  data::MlmMaskingOptions mlm_;
  std::vector<int64_t> lengths_;
  int64_t group_ = 1;
  int64_t examples_ = 0;
  int64_t batches_per_epoch_ = 0;
  int64_t cached_epoch_ = -1;
  std::vector<std::vector<int64_t>> cached_;
};

}  // namespace xlfuse::train
