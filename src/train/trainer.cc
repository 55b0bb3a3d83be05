#include "xlfuse/train/trainer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/data/batching.h"
#include "xlfuse/train/optimizer.h"
#include "xlfuse/train/schedule.h"
#include "xlfuse/train/train_state.h"

namespace xlfuse::train {

void TrainOptions::validate() const {
  if (epochs < 0) throw ConfigError(fmt::format("epochs: expected >= 0, got {}", epochs));
  if (max_steps < 0) throw ConfigError(fmt::format("max_steps: expected >= 0, got {}", max_steps));
  if (max_steps == 0 && epochs == 0)
    throw ConfigError("epochs: expected > 0 when max_steps is 0, got 0");
  if (stop_at_step < 0) throw ConfigError(fmt::format("stop_at_step: expected >= 0, got {}", stop_at_step));
  if (batch_size <= 0) throw ConfigError(fmt::format("batch_size: expected > 0, got {}", batch_size));
  if (grad_accumulation <= 0)
    throw ConfigError(fmt::format("grad_accumulation: expected > 0, got {}", grad_accumulation));
  if (!(learning_rate > 0) || !std::isfinite(learning_rate))
    throw ConfigError(fmt::format("learning_rate: expected a finite value > 0, got {}", learning_rate));
  if (!(weight_decay >= 0) || !std::isfinite(weight_decay))
    throw ConfigError(fmt::format("weight_decay: expected a finite value >= 0, got {}", weight_decay));
  if (warmup_steps < 0) throw ConfigError(fmt::format("warmup_steps: expected >= 0, got {}", warmup_steps));
  if (!(warmup_ratio >= 0 && warmup_ratio <= 1))
    throw ConfigError(fmt::format("warmup_ratio: expected a value in [0, 1], got {}", warmup_ratio));
  if (!(max_grad_norm >= 0) || !std::isfinite(max_grad_norm))
    throw ConfigError(fmt::format("max_grad_norm: expected a finite value >= 0, got {}", max_grad_norm));
  if (bucket_window_batches <= 0)
    throw ConfigError(fmt::format("bucket_window_batches: expected > 0, got {}", bucket_window_batches));
  if (eval_every < 0) throw ConfigError(fmt::format("eval_every: expected >= 0, got {}", eval_every));
  if (log_every < 0) throw ConfigError(fmt::format("log_every: expected >= 0, got {}", log_every));
  if (keep_last < 0) throw ConfigError(fmt::format("keep_last: expected >= 0, got {}", keep_last));
  if (resume && checkpoint_dir.empty()) throw ConfigError("checkpoint_dir: resume needs a checkpoint directory");
}

namespace {

torch::Tensor as_tensor(std::vector<int64_t>& values, std::vector<int64_t> shape) {
  if (values.empty()) return {};
  return torch::from_blob(values.data(), shape, torch::kLong).clone();
}

model::TaskInputs to_inputs(data::Batch& batch, const std::string& kind) {
  model::TaskInputs in;
  in.input_ids = as_tensor(batch.input_ids, {batch.rows, batch.width});
  in.attention_mask = as_tensor(batch.attention_mask, {batch.rows, batch.width});
  in.token_type_ids = as_tensor(batch.type_ids, {batch.rows, batch.width});
  if (kind == "sequence_classification") {
    in.labels = as_tensor(batch.labels, {batch.rows});
  } else if (kind == "token_classification") {
    in.labels = as_tensor(batch.token_labels, {batch.rows, batch.width});
  } else if (kind == "question_answering") {
    in.start_positions = as_tensor(batch.start_positions, {batch.rows});
    in.end_positions = as_tensor(batch.end_positions, {batch.rows});
  }
  return in;
}

std::vector<NamedTensor> named_params(model::TaskModel& model) {
  std::vector<NamedTensor> out;
  for (const auto& p : model->named_parameters()) out.emplace_back(p.key(), p.value());
  return out;
}

bool better(double a, double b, bool greater) { return greater ? a > b : a < b; }

}  // namespace

TrainSummary train_task_model(model::TaskModel& model, const std::vector<data::Feature>& train,
                              const TrainOptions& options, const EvalFn& eval) {
  options.validate();
  const std::string kind = model->head_kind();
  if (kind != "sequence_classification" && kind != "token_classification" && kind != "question_answering")
    throw ConfigError(fmt::format("head: the trainer does not support \"{}\" yet", kind));
  if (train.empty()) throw std::invalid_argument("train_task_model: no training features");

  std::vector<int64_t> lengths;
  lengths.reserve(train.size());
  for (const auto& f : train) lengths.push_back(static_cast<int64_t>(f.length()));
  data::SamplerOptions sampler;
  sampler.batch_size = options.batch_size;
  sampler.shuffle = true;
  sampler.bucket_by_length = true;
  sampler.bucket_window_batches = options.bucket_window_batches;
  sampler.seed = options.seed;
  sampler.validate();

  const int64_t ga = options.grad_accumulation;
  int64_t total = options.max_steps;
  if (total == 0) {
    const auto nb = static_cast<int64_t>(data::make_batches(lengths, sampler, 0).size());
    total = options.epochs * ((nb + ga - 1) / ga);
  }

  const auto params = named_params(model);
  AdamWOptions adam;
  adam.learning_rate = options.learning_rate;
  adam.weight_decay = options.weight_decay;
  AdamW optimizer(params, adam);
  ScheduleOptions sched_opts;
  sched_opts.warmup_steps = options.warmup_steps;
  sched_opts.warmup_ratio = options.warmup_ratio;
  LrSchedule schedule(options.learning_rate, total, sched_opts);
  CheckpointOptions ckpt;
  ckpt.keep_last = options.keep_last;

  TrainSummary summary;
  summary.total_steps = total;
  summary.final_loss = std::numeric_limits<double>::quiet_NaN();
  TrainProgress progress;
  bool resumed = false;
  if (options.resume) {
    const std::string dir = latest_checkpoint(options.checkpoint_dir);
    if (!dir.empty()) {
      progress = load_train_state(dir, params, optimizer, schedule, /*restore_rng=*/true);
      summary.resumed_from = dir;
      resumed = true;
    } else {
      XLFUSE_LOG_INFO("[train] no checkpoint in {}; starting a fresh run", options.checkpoint_dir);
    }
  }
  if (!resumed) torch::manual_seed(options.seed);

  const int64_t stop = options.stop_at_step > 0 ? std::min(options.stop_at_step, total) : total;
  const bool was_training = model->is_training();
  model->train(true);
  optimizer.zero_grad();

  auto run_eval = [&]() {
    if (!eval) return;
    model->train(false);
    const double metric = eval(model);
    model->train(true);
    XLFUSE_LOG_INFO("[train] step {} eval metric {:.4f}", progress.global_step, metric);
    if (!progress.has_best || better(metric, progress.best_metric, options.greater_is_better)) {
      progress.has_best = true;
      progress.best_metric = metric;
      progress.best_step = progress.global_step;
    }
  };
  auto save = [&]() {
    if (options.checkpoint_dir.empty()) return;
    summary.last_checkpoint = save_train_state(options.checkpoint_dir, params, optimizer, schedule, progress, ckpt);
  };

  std::vector<std::vector<int64_t>> batches;
  int64_t batches_epoch = -1;
  while (progress.global_step < stop) {
    if (batches_epoch != progress.epoch) {
      batches = data::make_batches(lengths, sampler, static_cast<uint64_t>(progress.epoch));
      batches_epoch = progress.epoch;
    }
    const auto nb = static_cast<int64_t>(batches.size());
    if (progress.batch_in_epoch >= nb) {
      ++progress.epoch;
      progress.batch_in_epoch = 0;
      continue;
    }
    const int64_t begin = progress.batch_in_epoch;
    const int64_t end = std::min(begin + ga, nb);
    const double scale = 1.0 / static_cast<double>(end - begin);
    double loss_sum = 0.0;
    for (int64_t b = begin; b < end; ++b) {
      auto batch = data::collate(train, batches[static_cast<size_t>(b)], options.pad_id);
      auto out = model->forward(to_inputs(batch, kind));
      if (!out.loss.defined()) throw ConfigError(fmt::format("head: \"{}\" returned no loss", kind));
      (out.loss * scale).backward();
      loss_sum += out.loss.item<double>() * scale;
    }
    progress.batch_in_epoch = end;
    const double norm =
        options.max_grad_norm > 0 ? optimizer.clip_grad_norm(options.max_grad_norm) : optimizer.grad_norm();
    const double lr = schedule.current_lr();
    optimizer.set_learning_rate(lr);
    optimizer.step();
    schedule.advance();
    optimizer.zero_grad();
    ++progress.global_step;
    summary.final_loss = loss_sum;
    if (!std::isfinite(loss_sum)) XLFUSE_LOG_WARN("[train] step {}: non-finite loss {}", progress.global_step, loss_sum);
    if (options.log_every > 0 && (progress.global_step % options.log_every == 0 || progress.global_step == total))
      XLFUSE_LOG_INFO("[train] step {}/{} loss {:.4f} lr {:.2e} grad_norm {:.3f} epoch {}", progress.global_step,
                      total, loss_sum, lr, norm, progress.epoch);

    const bool periodic = options.eval_every > 0 && progress.global_step % options.eval_every == 0;
    const bool last = progress.global_step == total;
    if (periodic || last) run_eval();
    if (periodic || last || progress.global_step == stop) save();
  }

  model->train(was_training);
  summary.global_step = progress.global_step;
  summary.has_best = progress.has_best;
  summary.best_metric = progress.best_metric;
  summary.best_step = progress.best_step;
  return summary;
}

}  // namespace xlfuse::train
