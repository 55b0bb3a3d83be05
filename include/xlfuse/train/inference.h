#pragma once
// Batched inference without autograd: features -> raw outputs (raw_outputs.h), nothing decoded.
// Batches are formed by length (no shuffling; each padded to its longest feature); multiple-choice
// features are batched by example so that the choices of one example stay together.
#include <cstdint>
#include <vector>

#include "xlfuse/data/feature.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/model/embed.h"
#include "xlfuse/model/precision.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/train/raw_outputs.h"

namespace xlfuse::train {

struct InferenceOptions {
  // Features per batch (multiple choice: examples per batch).
  int64_t batch_size = 32;
  // Matmul precision (autocast).
  model::Precision precision = model::Precision::Float32;
  // Retrieval without a dual-encoder head: the hidden state pooled (0 = embeddings, L = output of
  // layer L, -1 = last) and how.
  int64_t layer = 8;
  model::Pooling pooling = model::Pooling::Mean;
  // Pad id of the vocabulary.
  int32_t pad_id = 0;
  void validate() const;  // ConfigError naming the field
};

// The pooling XTREME uses for a retrieval task without a dual encoder: [CLS] for BUCC 2018
// (run_bucc2018.sh --pool_type cls), mean otherwise (Tatoeba; LAReQA / Mewsli-X baselines).
model::Pooling retrieval_pooling(const data::TaskInfo& task);

// Runs `model` (switched to eval mode) on `features` of `task`. The output kind follows the task
// kind; retrieval uses the dual encoder's L2-normalised pooled output when the head is
// "dual_encoder", else pools model->bert's hidden state `options.layer`. RawOutputs::meta gets
// head_kind and, for classification and tagging, task.labels; the caller fills the rest.
// ConfigError when the head cannot serve the task kind or its label count differs from the task's.
RawOutputs run_inference(model::TaskModel& model, const data::TaskInfo& task,
                         const std::vector<data::Feature>& features, const InferenceOptions& options);

// Retrieval with a bare encoder (a folder without xlfuse.json): pooled hidden states as
// embeddings; meta.head_kind = "encoder".
RawOutputs run_encoder_inference(model::BertModel& encoder, const std::vector<data::Feature>& features,
                                 const InferenceOptions& options);

// The head kind a task kind needs: classification -> sequence_classification, multiple choice ->
// multiple_choice, tagging -> token_classification, QA -> question_answering, retrieval ->
// dual_encoder (retrieval also accepts any other head, pooling a hidden layer instead).
std::string head_kind_for(data::TaskKind kind);

// ConfigError unless a model with `head_kind` can predict `task` (message names both and the
// head the task needs).
void check_head_serves(const std::string& head_kind, const data::TaskInfo& task);

}  // namespace xlfuse::train
