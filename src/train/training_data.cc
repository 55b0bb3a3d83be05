// Training data of one slot. See training_data.h.
#include "xlfuse/train/training_data.h"

#include <utility>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/features.h"
#include "xlfuse/data/mlm_blocks.h"
#include "xlfuse/data/retrieval_pairs.h"
#include "xlfuse/data/task_features.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/model/heads/head_registry.h"

namespace xlfuse::train {
namespace {

std::vector<std::string> head_labels(model::HeadKind head_kind, const data::TaskInfo& task) {
  if (model::find_head(head_kind).uses_num_labels) return task.labels;
  return {};
}

// The missing training data of a task, saying which task XTREME trains it on when that differs.
[[noreturn]] void missing_training_data(const TaskTrainingDefaults& d, const IoError& e) {
  const std::string via = d.train_task == d.task ? "" : fmt::format(" (XTREME trains {} on {})", d.task, d.train_task);
  throw IoError(fmt::format("training data of task '{}'{}: {}", d.task, via, e.what()));
}

data::Dataset read_training_split(const std::string& data_dir, const TaskSettings& r) {
  const TaskTrainingDefaults& d = r.defaults;
  try {
    return data::read_task(data_dir, d.train_task, d.train_split, d.train_lang);
  } catch (const IoError& e) {
    missing_training_data(d, e);
  }
}

}  // namespace

TaskTrainingData load_training_data(const std::string& data_dir, const TaskSettings& r,
                                    const text::Tokenizer& tokenizer) {
  const TaskTrainingDefaults& d = r.defaults;
  TaskTrainingData slot;
  slot.task = d.task;
  slot.head_kind = d.head_kind;
  const data::TaskInfo& train_info = data::task_info(d.train_task);
  slot.labels = head_labels(d.head_kind, train_info);
  slot.num_labels = static_cast<int64_t>(train_info.labels.size());
  const data::Dataset dataset = read_training_split(data_dir, r);
  if (!dataset.labelled)
    throw FormatError(fmt::format("training data of task '{}' has no labels: {}", d.task,
                                  dataset.files.empty() ? std::string("?") : dataset.files.front()));

  if (d.head_kind == model::HeadKind::DualEncoder) {
    data::RetrievalPairs pairs =
        d.task == "lareqa"
            ? data::lareqa_training_pairs(dataset, tokenizer, r.max_query_seq_length, r.max_seq_length)
            : data::mewslix_training_pairs(dataset, tokenizer, r.max_query_seq_length, r.max_seq_length);
    slot.data.features = std::move(pairs.queries);
    slot.data.candidates = std::move(pairs.candidates);
  } else if (d.head_kind == model::HeadKind::QuestionAnswering) {
    data::QaFeatureOptions qo;
    qo.max_seq_length = r.max_seq_length;
    qo.doc_stride = r.doc_stride;
    qo.max_query_length = r.max_query_length;
    if (qo.doc_stride <= 0)
      throw ConfigError(fmt::format("max_seq_length: {} leaves no room for a document after a {}-token question",
                                    r.max_seq_length, r.max_query_length));
    slot.data.features = data::qa_features(std::get<std::vector<data::QaExample>>(dataset.examples), tokenizer, qo);
  } else {
    data::TaskFeatureOptions fo;
    fo.max_seq_length = r.max_seq_length;
    slot.data.features = data::make_task_features(train_info, dataset, tokenizer, fo);
    if (d.head_kind == model::HeadKind::MultipleChoice) {
      const auto& ex = std::get<std::vector<data::MultipleChoiceExample>>(dataset.examples);
      slot.data.choices = ex.empty() ? 0 : static_cast<int64_t>(ex.front().choices.size());
    }
  }
  if (slot.data.features.empty())
    throw FormatError(fmt::format("no training features for task '{}' from {}", d.task,
                                  dataset.files.empty() ? data_dir : dataset.files.front()));
  return slot;
}

void check_training_data(const std::string& data_dir, const std::string& task) {
  const TaskTrainingDefaults d = task_training_defaults(task);
  try {
    data::locate(data_dir, data::task_info(d.train_task), d.train_split, d.train_lang);
  } catch (const IoError& e) {
    missing_training_data(d, e);
  }
}

TaskTrainingData mlm_training_data(const std::vector<std::string>& files, const text::Tokenizer& tokenizer,
                                   int max_seq_length) {
  TaskTrainingData slot;
  slot.task = "mlm";
  slot.head_kind = model::HeadKind::MaskedLm;
  slot.data.features = data::pack_text_blocks(files, tokenizer, max_seq_length);
  return slot;
}

}  // namespace xlfuse::train
