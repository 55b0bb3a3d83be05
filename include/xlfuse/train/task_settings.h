#pragma once
// Every training setting of one task, resolved: the flag when RunTrainingOptions gives one, else
// XTREME's task default (task_defaults.h), then fitted to the model's positions. What xlfuse.json's
// training_args and run.json's config record.
#include <cstdint>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/train/run_training.h"
#include "xlfuse/train/task_defaults.h"
#include "xlfuse/train/trainer.h"

namespace xlfuse::train {

struct TaskSettings {
  // The task's XTREME defaults, and what they resolve to.
  TaskTrainingDefaults defaults;
  uint64_t seed = 42;
  int64_t epochs = 3;
  int64_t batch_size = 8;
  int64_t grad_accumulation = 1;
  double learning_rate = 2e-5;
  double weight_decay = 0.0;
  int64_t warmup_steps = 0;
  int max_seq_length = 128;
  int max_query_seq_length = 0;
  // QA windows: stride and question length (shrunk to fit short sequences).
  int doc_stride = 128;
  int max_query_length = 64;
  int64_t eval_every = 0;
  int64_t save_every = 0;
};

// Throws ConfigError for a task that is not trained (task_training_defaults).
TaskSettings resolve_task_settings(const RunTrainingOptions& options, const std::string& task);

// A task default longer than the model's positions is capped to them (small models); an explicit
// --max-seq-length that does not fit is a ConfigError naming `where` (the config file). QA's
// doc_stride shrinks to what a window leaves after the question and `pair_specials` special tokens
// (the tokenizer's specials().count(true): 3 for BERT, 4 for XLM-R).
void fit_to_model(TaskSettings* settings, const RunTrainingOptions& options, const io::BertConfig& config,
                  const std::string& where, int pair_specials);

// The resolved settings as recorded (training_args).
nlohmann::json to_json(const TaskSettings& settings, const RunTrainingOptions& options);

// The trainer's options for these settings: checkpoints in out/checkpoints, metrics in
// out/metrics.jsonl; `evaluating`: the dev interval is the checkpoint interval (else save_every).
TrainOptions make_train_options(const RunTrainingOptions& options, const TaskSettings& settings,
                                const std::filesystem::path& out, int32_t pad_id, bool evaluating);

}  // namespace xlfuse::train
