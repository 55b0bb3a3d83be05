#pragma once
// XTREME's per-task training settings (xtreme-facts.md 3.4, the mBERT column) and which data a
// task trains on, as one table: `xlfuse train --task T` resolves every "task default" option here.
//
//   TaskTrainingDefaults d = task_training_defaults("xquad");
//   d.train_task == "squad"; d.learning_rate == 3e-5; d.batch_size * d.grad_accumulation == 32
//
// Tasks that need no training (tatoeba, bucc2018) -> ConfigError saying so; unknown tasks ->
// std::invalid_argument listing the registry's names.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "xlfuse/model/heads/head_kind.h"

namespace xlfuse::train {

struct TaskTrainingDefaults {
  // The task asked for (registry name).
  std::string task;
  // Registry task whose data is read for training (xquad, mlqa, lareqa -> "squad"; xcopa -> "xcopa").
  std::string train_task;
  // Split and language of the training data (mewslix: "train", "multi" = wikipedia_pairs).
  std::string train_split = "train";
  std::string train_lang = "en";
  // English dev split used for model selection ("" = no selection: the final weights are kept).
  std::string dev_task;
  std::string dev_split;
  std::string dev_lang = "en";
  // Registry head kind.
  model::HeadKind head_kind = model::HeadKind::SequenceClassification;
  // Peak learning rate.
  double learning_rate = 2e-5;
  // Passes over the training data.
  int64_t epochs = 3;
  // Features (multiple choice: examples; dual encoder: pairs) per micro-batch, and micro-batches
  // per update: XTREME's per-GPU batch x gradient accumulation.
  int64_t batch_size = 8;
  int64_t grad_accumulation = 4;
  // Maximum sequence length (dual encoder: of the candidate side).
  int max_seq_length = 128;
  // Dual encoder only: maximum length of the query side (LAReQA 96, Mewsli-X 64).
  int max_query_seq_length = 0;
  // Extractive QA: window stride and question length.
  int doc_stride = 128;
  int max_query_length = 64;
  // Linear warm-up updates and decoupled weight decay.
  int64_t warmup_steps = 0;
  double weight_decay = 0.0;
  // Seed of the script (tagging scripts pass --seed 1; HF's default 42 otherwise).
  uint64_t seed = 42;
  // Evaluate on the dev split (and checkpoint) every this many updates: the scripts' save_steps.
  int64_t eval_every = 0;
  // Checkpoint every this many updates when nothing is evaluated (0 = only at the end).
  int64_t save_every = 0;
  // The XTREME script these settings come from (provenance, written to run.json).
  std::string source;
};

// The defaults of `task`; see the file comment.
TaskTrainingDefaults task_training_defaults(const std::string& task);

// Registry tasks with training defaults (every task except the training-free retrieval ones).
std::vector<std::string> trainable_tasks();

nlohmann::json to_json(const TaskTrainingDefaults& defaults);

}  // namespace xlfuse::train
