#pragma once
// A minimal training loop for task models: seeded, length-bucketed batches per epoch, gradient
// accumulation, global-norm clipping, flat AdamW with a warm-up schedule, periodic evaluation with
// best-metric tracking, and resumable checkpoints (train_state.h) that continue a run bit for bit.
//
// Update boundaries: an epoch's batches are split into groups of grad_accumulation consecutive
// batches (the last group of an epoch may be shorter); every group is one optimiser update, its
// micro-batch losses divided by the group's size. A checkpoint is saved only between updates, so it
// holds no partial gradients; its (epoch, batch_in_epoch) is where the next group starts.
//
// Supported heads: sequence_classification (class labels), token_classification and
// question_answering. Other heads (multiple choice, dual encoder, masked LM, regression) throw
// ConfigError.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "xlfuse/data/feature.h"
#include "xlfuse/model/task_model.h"

namespace xlfuse::train {

struct TrainOptions {
  // Passes over the training features (used when max_steps is 0).
  int64_t epochs = 3;
  // Optimiser updates of the whole run; > 0 overrides epochs (the data is cycled epoch by epoch).
  int64_t max_steps = 0;
  // Stop early after this many updates without changing the schedule (0 = run to the end); the
  // state is saved there when checkpoint_dir is set, so a later run with resume continues it.
  int64_t stop_at_step = 0;
  // Features per micro-batch.
  int64_t batch_size = 32;
  // Micro-batches per optimiser update.
  int64_t grad_accumulation = 1;
  // Peak learning rate (reached after warm-up).
  double learning_rate = 5e-5;
  // Decoupled weight decay (biases and LayerNorm weights excluded).
  double weight_decay = 0.0;
  // Warm-up updates; when 0, warmup_ratio decides (linear decay to 0 afterwards).
  int64_t warmup_steps = 0;
  // Fraction of the total updates used for warm-up (when warmup_steps is 0).
  double warmup_ratio = 0.0;
  // Clip gradients to this global L2 norm before every update (0 = no clipping).
  double max_grad_norm = 1.0;
  // Seed of the sampler and of torch's generator (dropout) for a fresh run.
  uint64_t seed = 42;
  // Length-bucketing window of the sampler, in batches.
  int64_t bucket_window_batches = 50;
  // Pad id used to collate batches.
  int32_t pad_id = 0;
  // Evaluate (and save a checkpoint) every this many updates; 0 = only at the end.
  int64_t eval_every = 0;
  // Log every this many updates (0 = never).
  int64_t log_every = 10;
  // Whether a larger metric is better.
  bool greater_is_better = true;
  // Where resumable checkpoints go ("" = none).
  std::string checkpoint_dir;
  // Complete checkpoints kept (0 = all).
  int64_t keep_last = 2;
  // Continue from the newest complete checkpoint in checkpoint_dir (a fresh run if there is none).
  bool resume = false;
  // Throws ConfigError naming the field.
  void validate() const;
};

// Evaluates the model (called in eval mode; training mode is restored afterwards); the metric.
using EvalFn = std::function<double(model::TaskModel&)>;

struct TrainSummary {
  // Optimiser updates done (including those before a resume).
  int64_t global_step = 0;
  // Updates of the whole run (the schedule's total).
  int64_t total_steps = 0;
  // Mean micro-batch loss of the last update (NaN if no update ran in this call).
  double final_loss = 0.0;
  // Best metric so far and its step (has_best false when never evaluated).
  bool has_best = false;
  double best_metric = 0.0;
  int64_t best_step = -1;
  // The checkpoint resumed from ("" = fresh run) and the last one saved ("" = none).
  std::string resumed_from;
  std::string last_checkpoint;
};

// Trains `model` on `train` in place; see the file comment. Throws ConfigError on bad options or
// an unsupported head, std::invalid_argument on empty data.
TrainSummary train_task_model(model::TaskModel& model, const std::vector<data::Feature>& train,
                              const TrainOptions& options, const EvalFn& eval = {});

}  // namespace xlfuse::train
