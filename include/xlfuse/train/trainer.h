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
// Supported heads: every head of the registry. sequence_classification (class labels),
// token_classification, question_answering, multiple_choice (TrainData::choices consecutive
// features per example, batch_size counts examples), dual_encoder (TrainData::candidates[i] is
// the positive of features[i]; in-batch negatives) and masked_lm (labels made per batch by
// data/mlm_masking.h from TrainOptions::mlm, reproducibly under the seed so resume stays exact).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "xlfuse/data/feature.h"
#include "xlfuse/data/mlm_masking.h"
#include "xlfuse/model/precision.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/train/progress.h"

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
  // Continue from the newest complete checkpoint in checkpoint_dir; CheckpointError when there is
  // none (a run asked to resume must not silently start again).
  bool resume = false;
  // The same, but a fresh run when there is no checkpoint yet (a job that may or may not have
  // started before, e.g. one step of a study or a sweep).
  bool resume_if_present = false;
  // Stop after this many evaluations in a row without a better metric (0 = never stop early).
  int64_t early_stopping_patience = 0;
  // Append one JSON object per logged update and per evaluation to this file ("" = none):
  // {"step", "epoch", "loss", "lr", "grad_norm", "examples_per_s", "tokens_per_s", "elapsed_s"} and
  // {"step", "eval_metric", "best_metric", "best_step"}. Resumed runs append.
  std::string metrics_path;
  // Progress display: "auto" (a redrawn line on a terminal, plain log lines otherwise), "bar",
  // "lines", "off".
  ProgressMode progress = ProgressMode::Auto;
  // Matmul precision of forward and backward (weights and optimiser stay fp32).
  model::Precision precision = model::Precision::Float32;
  // Where the model, its batches and the optimiser state live: "cpu", "cuda" or "cuda:N"
  // (runtime/device.h); checkpoints are written from CPU copies either way.
  std::string device = "cpu";
  // masked_lm only: how inputs are masked.
  data::MlmMaskingOptions mlm;
  // Throws ConfigError naming the field.
  void validate() const;
};
// Canonical JSON (core/json_fields.h); from_json reads the keys present over *options.
nlohmann::json to_json(const TrainOptions& options);
void from_json(const nlohmann::json& json, TrainOptions* options, const std::string& path = "");

class AdamW;

// Where later capabilities attach to the training loop (training_loop.h) without changing it.
struct LoopHooks {
  // After the backward passes of an update, before clipping (data-parallel gradient reduction).
  std::function<void(AdamW& optimizer)> after_backward;
  // After a checkpoint was written (snapshot averaging), with its folder and step.
  std::function<void(const std::string& checkpoint, int64_t step)> after_save;
};

// Evaluates the model (called in eval mode; training mode is restored afterwards); the metric.
using EvalFn = std::function<double(model::TaskModel&)>;
// Called right after an evaluation that gave a new best metric (e.g. to save the best weights).
using NewBestFn = std::function<void(model::TaskModel&, int64_t step, double metric)>;

// What the trainer trains on.
struct TrainData {
  // The training features (multiple choice: `choices` consecutive features per example; dual
  // encoder: the query side).
  std::vector<data::Feature> features;
  // dual_encoder: the positive candidate of each query (same size as features); empty otherwise.
  std::vector<data::Feature> candidates;
  // multiple_choice: features per example (> 1); 0 for the other heads.
  int64_t choices = 0;
};

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
  // True when early stopping ended the run before total_steps.
  bool stopped_early = false;
  // Training throughput of this call: real (non-pad) tokens and examples per second.
  double tokens_per_second = 0.0;
  double examples_per_second = 0.0;
};

// What run.json records of a run's training.
nlohmann::json to_json(const TrainSummary& summary);

// Trains `model` on `train` in place; see the file comment. Throws ConfigError on bad options or
// an unsupported head, std::invalid_argument on empty data.
TrainSummary train_task_model(model::TaskModel& model, const TrainData& train, const TrainOptions& options,
                              const EvalFn& eval = {}, const NewBestFn& on_new_best = {},
                              const LoopHooks& hooks = {});
// Shorthand for heads that need only features.
TrainSummary train_task_model(model::TaskModel& model, const std::vector<data::Feature>& train,
                              const TrainOptions& options, const EvalFn& eval = {});

}  // namespace xlfuse::train
