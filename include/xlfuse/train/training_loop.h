#pragma once
// The training loop, as one object with separate parts: resume (or start fresh), one optimiser
// update, evaluation with best tracking and early stopping, and checkpointing. train_task_model
// (one slot) and train_multi_task (several slots sharing an encoder) both run it; calls go one way,
// from them to here.
//
//   TrainingLoop loop(slots, params, options, eval, on_new_best);
//   TrainSummary s = loop.run();   // resume(); then step() / evaluate() / save() until done
//
// Update boundaries: an epoch's batches are split into groups of grad_accumulation consecutive
// batches (the last group of an epoch may be shorter); every group is one optimiser update, its
// micro-batch losses divided by the group's size. A checkpoint is saved only between updates, so it
// holds no partial gradients; its (epoch, batch_in_epoch) is where the next group starts.
//
// Data parallel (distributed/world.h joined): every rank collates the same global batch and
// trains on its slice of the rows (batch_shard.h); GradientReducer sums the gradients while
// backward runs, so every rank takes the single-process update. Checkpoints, metrics.jsonl and
// progress are rank 0's; every rank reads the checkpoint it resumes from, then takes rank 0's
// weights and optimiser state (and checks that all ranks resumed the same step).
//
// Multi-task: each update draws a slot with probability proportional to its examples (task_draw.h);
// the heads of the other slots are frozen for that update through the optimiser's parameter mask,
// as PyTorch skips parameters without gradients.
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "xlfuse/model/task_model.h"
#include "xlfuse/train/metrics_log.h"
#include "xlfuse/train/optimizer.h"
#include "xlfuse/train/progress.h"
#include "xlfuse/train/schedule.h"
#include "xlfuse/train/task_batches.h"
#include "xlfuse/train/train_state.h"
#include "xlfuse/train/trainer.h"

namespace xlfuse::distributed {
class World;
}

namespace xlfuse::train {

class GradientReducer;

// One model with its data and where its sampler stands.
struct LoopSlot {
  std::string task;
  model::TaskModel model{nullptr};
  std::unique_ptr<TaskBatches> batches;
  int64_t epoch = 0;
  int64_t batch_in_epoch = 0;
  // Multi-task: optimiser names of the parameters only this slot uses (its head).
  std::vector<std::string> own_parameters;
};

class TrainingLoop {
 public:
  // `params`: every trainable parameter once, under its checkpoint name. `slots` must outlive the
  // loop. With one slot, progress.epoch / batch_in_epoch are the slot's sampler position.
  TrainingLoop(std::vector<LoopSlot>& slots, const std::vector<NamedTensor>& params, const TrainOptions& options,
               EvalFn eval = {}, NewBestFn on_new_best = {}, LoopHooks hooks = {});
  ~TrainingLoop();

  // Runs to the end (or stop_at_step, or early stopping) and returns what happened.
  TrainSummary run();

  // The parts run() is made of.
  // Restores the newest checkpoint when options.resume (else seeds torch's generator).
  void resume();
  // One optimiser update; returns its mean micro-batch loss.
  double step();
  // Scores the model (eval mode, restored afterwards), tracks the best and early stopping.
  void evaluate();
  // Writes a checkpoint (when options.checkpoint_dir is set).
  void save();

  // Updates of the whole run (the schedule's total) and the step the run stops at.
  int64_t total_steps() const { return total_; }
  int64_t stop_step() const { return stop_; }
  bool finished() const { return stopped_early_ || progress_.global_step >= stop_; }

 private:
  using Clock = std::chrono::steady_clock;

  // The checkpoint's view of the loop's counters (slot positions, draws, early stopping).
  void sync_progress();
  // metrics.jsonl's update line and the progress display after an update.
  void report_update(const LoopSlot& slot, double loss, double lr, double grad_norm, double seconds);
  void freeze_other_heads(size_t drawn);
  // Data parallel: rank 0's weights, buffers and optimiser moments to every rank, after checking
  // that all resumed the same step.
  void sync_ranks();
  // One micro-batch's forward and backward on this rank's rows; its share of the batch loss.
  double micro_batch(LoopSlot& slot, const PreparedBatch& batch, double scale, bool last);

  std::vector<LoopSlot>& slots_;
  TrainOptions options_;
  torch::Device device_{torch::kCPU};
  EvalFn eval_;
  NewBestFn on_new_best_;
  LoopHooks hooks_;
  bool multi_ = false;
  int64_t per_epoch_ = 0;
  int64_t total_ = 0;
  int64_t stop_ = 0;
  std::vector<int64_t> slot_examples_;
  // Parameters and buffers: what a checkpoint holds.
  std::vector<NamedTensor> state_;
  AdamW optimizer_;
  LrSchedule schedule_;
  CheckpointOptions checkpoint_;
  TrainProgress progress_;
  TrainSummary summary_;
  int64_t task_draws_ = 0;
  int64_t stale_evals_ = 0;
  bool stopped_early_ = false;
  distributed::World* world_ = nullptr;
  std::unique_ptr<GradientReducer> reducer_;
  int64_t reduced_bytes_ = 0;
  double reduce_wait_seconds_ = 0;
  MetricsLog metrics_;
  ProgressReporter reporter_;

  // Throughput of this call (training time only) and of the current logging window.
  Clock::time_point call_start_;
  double train_seconds_ = 0, window_seconds_ = 0, window_loss_ = 0;
  int64_t call_examples_ = 0, call_tokens_ = 0, window_examples_ = 0, window_tokens_ = 0;
  int64_t window_updates_ = 0, steps_this_call_ = 0;
  std::map<std::string, std::pair<double, int64_t>> window_task_loss_;
};

// The parameters of `model` once each (a tensor reported under two names is kept under the
// first), named as model->named_parameters().
std::vector<NamedTensor> unique_named_parameters(model::TaskModel& model);

}  // namespace xlfuse::train
