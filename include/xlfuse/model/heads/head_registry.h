#pragma once
// The registry of task heads: everything that differs per head kind (its HF class, whether it
// pools, whether it has labels, which task kind it serves, how a batch becomes its inputs and
// targets) lives in its entry, so the trainer, inference and the model-folder writer never switch
// on the kind. Filled in one function (guarded by std::call_once) on first use, never by static
// self-registration. make_task_model (task_model.h) is the usual entry point.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "xlfuse/data/batching.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/bert.h"
#include "xlfuse/model/heads/head_kind.h"
#include "xlfuse/model/heads/task_head.h"

namespace xlfuse::model {

// What a head's constructor may use.
struct HeadContext {
  const io::BertConfig& config;
  // Classes (sequence/token classification); ignored by the other heads.
  int64_t num_labels;
  HeadOptions options;
  // Width of the representation's token states.
  int64_t input_size;
  // The encoder the head will sit on (masked_lm ties its decoder to the word embeddings).
  BertModel bert;
};

// What a head's collation gets: one padded batch (multiple choice: `group` consecutive rows per
// example, all with the example's label) and, for the dual encoder in training, the batch of the
// positive candidates at the same indices. masked_lm takes its targets from batch.token_labels.
struct CollateInput {
  const data::Batch& batch;
  int64_t group = 1;
  const data::Batch* candidates = nullptr;
  // Whether to fill the training targets (labels, positions); inference leaves them undefined.
  bool with_targets = true;
};

struct HeadEntry {
  HeadKind kind;
  // HF class the parameter names follow (config.json "architectures").
  std::string hf_class;
  // Whether the head takes the pooled vector (the encoder then gets a pooler).
  bool uses_pooler = false;
  // Whether the head has one output per label (then its label names go into config.json).
  bool uses_num_labels = false;
  // The task kind whose predictions the head makes (none: masked_lm).
  std::optional<data::TaskKind> serves;
  std::function<std::shared_ptr<TaskHeadImpl>(const HeadContext&)> create;
  // The batch as this head's TaskInputs (see task_head.h for the shapes).
  std::function<TaskInputs(const CollateInput&)> collate;
};

const HeadEntry& find_head(HeadKind kind);
// The head that makes predictions of a task kind (classification -> sequence_classification,
// multiple choice -> multiple_choice, tagging -> token_classification, QA -> question_answering,
// retrieval -> dual_encoder).
const HeadEntry& head_serving(data::TaskKind kind);
// Every entry, in head_kind_names() order.
std::vector<const HeadEntry*> all_heads();

}  // namespace xlfuse::model
