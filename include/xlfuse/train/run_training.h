#pragma once
// `xlfuse train` as a library call: fine-tune an encoder on the English training split of a task
// and write a complete model folder (config.json, model.safetensors, vocab.txt, xlfuse.json).
//
//   RunTrainingOptions o;
//   o.task = "udpos"; o.init_dir = "mbert"; o.data_dir = "/data/xtreme"; o.out_dir = "runs/udpos";
//   RunTrainingResult r = run_training(o);
//
// Supported task kinds: classification (sequence_classification head) and tagging
// (token_classification head); others throw ConfigError naming the supported kinds.
#include <cstdint>
#include <string>

#include "xlfuse/train/trainer.h"

namespace xlfuse::train {

struct RunTrainingOptions {
  // Registry name of the task (data::task_names()).
  std::string task;
  // Model folder to start from: config.json, model.safetensors (any checkpoint; only its encoder
  // is used) and vocab.txt.
  std::string init_dir;
  // Data folder in XTREME's layout; the split "train", language "en" is read.
  std::string data_dir;
  // Output model folder; resumable checkpoints go to out_dir/checkpoints.
  std::string out_dir;
  // Seed of the head's initialisation, the sampler and dropout.
  uint64_t seed = 42;
  // Passes over the data (used when max_steps is 0).
  int64_t epochs = 3;
  // Optimiser updates of the run; > 0 overrides epochs.
  int64_t max_steps = 0;
  // Features per update (no gradient accumulation).
  int64_t batch_size = 32;
  // Peak learning rate (XTREME's 2e-5).
  double learning_rate = 2e-5;
  // Maximum sequence length; 0 = the task's default (128), capped by the model's positions.
  int max_seq_length = 0;
  // Lower-case and strip accents (uncased vocabularies).
  bool lower_case = false;
  // Continue from out_dir/checkpoints and allow overwriting an existing out_dir/model.safetensors.
  bool resume = false;
  // Compute threads (0 = all cores).
  int threads = 0;
  // Throws ConfigError naming the field.
  void validate() const;
};

struct RunTrainingResult {
  // Training features used.
  int64_t features = 0;
  // Head kind of the trained model.
  std::string head_kind;
  // What the trainer reported.
  TrainSummary summary;
  // Wall-clock seconds of the whole call.
  double seconds = 0.0;
};

// Head kind for a task kind: classification -> sequence_classification, tagging ->
// token_classification; anything else -> ConfigError naming the supported kinds.
std::string head_kind_for_task(const std::string& task);

// Reads, featurises, trains and writes the model folder; see the file comment. Throws IoError when
// the training data is missing (naming the expected paths) or out_dir/model.safetensors exists
// without resume, ConfigError on bad options or an unsupported task.
RunTrainingResult run_training(const RunTrainingOptions& options);

}  // namespace xlfuse::train
