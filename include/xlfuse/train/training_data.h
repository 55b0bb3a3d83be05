#pragma once
// What one slot of a training run trains on: the English training split of a task featurised for
// its head (sequence pairs, tagged words, QA windows, choices, retrieval pairs), or plain text
// packed for masked LM. Target-language data is never read here.
#include <cstdint>
#include <string>
#include <vector>

#include "xlfuse/model/heads/head_kind.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/train/task_settings.h"
#include "xlfuse/train/trainer.h"

namespace xlfuse::train {

struct TaskTrainingData {
  // The task asked for ("mlm" for a masked-LM slot).
  std::string task;
  model::HeadKind head_kind = model::HeadKind::SequenceClassification;
  // Label names of the head (classification, tagging); empty otherwise.
  std::vector<std::string> labels;
  // Outputs of the head for make_task_model (the task's label count).
  int64_t num_labels = 0;
  TrainData data;
};

// The task's training split (settings.defaults: which task, split and language XTREME trains on)
// as features. IoError naming the expected files (and the task trained on, e.g. SQuAD for XQuAD),
// FormatError when the data has no labels or gives no feature.
TaskTrainingData load_training_data(const std::string& data_dir, const TaskSettings& settings,
                                    const text::Tokenizer& tokenizer);

// IoError (as load_training_data throws it) unless the data folder has the training split of
// `task`; ConfigError for a task that is not trained. Reads no example: a check before long work.
void check_training_data(const std::string& data_dir, const std::string& task);

// A masked-LM slot on plain-text files, packed into blocks of max_seq_length (data/mlm_blocks.h).
TaskTrainingData mlm_training_data(const std::vector<std::string>& files, const text::Tokenizer& tokenizer,
                                   int max_seq_length);

}  // namespace xlfuse::train
