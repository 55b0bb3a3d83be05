#pragma once
// Private to src/train: the training loop shared by train_task_model (one slot) and
// train_multi_task (several slots sharing an encoder), and the per-head batch preparation.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "xlfuse/data/batching.h"
#include "xlfuse/data/mlm_masking.h"
#include "xlfuse/model/heads/head_registry.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/train/optimizer.h"
#include "xlfuse/train/trainer.h"

namespace xlfuse::train::detail {

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

// The sampler and collation of one head on one TrainData: which features go together in each
// batch of an epoch (a function of the seed and the epoch), and their tensors.
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

// One model with its data and where its sampler stands.
struct LoopSlot {
  std::string task;
  model::TaskModel model{nullptr};
  std::unique_ptr<TaskBatches> batches;
  int64_t epoch = 0;
  int64_t batch_in_epoch = 0;
  // Multi-task: optimiser names of the parameters only this slot uses (its head); they are left
  // untouched by updates that drew another slot, as PyTorch skips parameters without gradients.
  std::vector<std::string> own_parameters;
};

// Trains the slots. `params`: every trainable parameter once, under its checkpoint name. With
// one slot this is train_task_model's loop (progress.epoch / batch_in_epoch are the slot's
// sampler position); with several, each update draws a slot proportionally to its examples.
TrainSummary run_training_loop(std::vector<LoopSlot>& slots, const std::vector<NamedTensor>& params,
                               const TrainOptions& options, const EvalFn& eval, const NewBestFn& on_new_best);

// The parameters of `model` once each (a tensor reported under two names is kept under the
// first), named as model->named_parameters().
std::vector<NamedTensor> unique_named_parameters(model::TaskModel& model);

}  // namespace xlfuse::train::detail
