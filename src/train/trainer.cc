// train_task_model: one task model on its data, through the training loop. See trainer.h.
#include "xlfuse/train/trainer.h"

#include <cmath>
#include <memory>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/runtime/device.h"
#include "xlfuse/train/task_batches.h"
#include "xlfuse/train/training_loop.h"

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
  if ((resume || resume_if_present) && checkpoint_dir.empty())
    throw ConfigError("checkpoint_dir: resume needs a checkpoint directory");
  if (resume && resume_if_present) throw ConfigError("resume: resume and resume_if_present exclude each other");
  if (early_stopping_patience < 0)
    throw ConfigError(fmt::format("early_stopping_patience: expected >= 0, got {}", early_stopping_patience));
  if (precision != model::Precision::Float32 && precision != model::Precision::BFloat16)
    throw ConfigError(fmt::format("precision: expected fp32 or bf16, got {}", static_cast<int>(precision)));
  runtime::check_device_name(device);
  // mlm is checked by the trainer when the head is masked_lm (vocab_size may come from the model).
}

nlohmann::json to_json(const TrainSummary& s) {
  return {{"global_step", s.global_step},
          {"total_steps", s.total_steps},
          {"final_loss", s.final_loss},  // NaN is written as null
          {"has_best", s.has_best},
          {"best_metric", s.has_best ? nlohmann::json(s.best_metric) : nlohmann::json()},
          {"best_step", s.best_step},
          {"resumed_from", s.resumed_from},
          {"stopped_early", s.stopped_early},
          {"tokens_per_second", s.tokens_per_second},
          {"examples_per_second", s.examples_per_second}};
}

TrainSummary train_task_model(model::TaskModel& model, const TrainData& train, const TrainOptions& options,
                              const EvalFn& eval, const NewBestFn& on_new_best, const LoopHooks& hooks) {
  options.validate();
  // Before the optimiser binds the parameters (it moves them into its flat buffers).
  model->to(runtime::resolve_device(options.device));
  std::vector<LoopSlot> slots(1);
  slots[0].task = to_string(model->head_kind());
  slots[0].model = model;
  slots[0].batches = std::make_unique<TaskBatches>(model->head_kind(), train, options, options.seed, model->config());
  // masked_lm's decoder is the word-embedding matrix: a tie must reach the optimiser once.
  TrainingLoop loop(slots, unique_named_parameters(model), options, eval, on_new_best, hooks);
  return loop.run();
}

TrainSummary train_task_model(model::TaskModel& model, const std::vector<data::Feature>& train,
                              const TrainOptions& options, const EvalFn& eval) {
  TrainData data;
  data.features = train;
  return train_task_model(model, data, options, eval);
}

}  // namespace xlfuse::train
