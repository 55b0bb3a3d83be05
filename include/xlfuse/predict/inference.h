#pragma once
// Batched inference without autograd: features -> raw outputs (raw_outputs.h), nothing decoded.
// Batches are formed by length (no shuffling; each padded to its longest feature); multiple-choice
// features are batched by example so that the choices of one example stay together.
#include <cstdint>
#include <vector>

#include "xlfuse/data/feature.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/predict/embed.h"
#include "xlfuse/model/precision.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::predict {

struct InferenceOptions {
  // Features per batch (multiple choice: examples per batch).
  int64_t batch_size = 32;
  // Matmul precision (autocast).
  model::Precision precision = model::Precision::Float32;
  // Where the model runs (it is moved there); outputs come back to the CPU.
  std::string device = "cpu";
  // Retrieval without a dual-encoder head: the hidden state pooled (0 = embeddings, L = output of
  // layer L, -1 = last) and how.
  int64_t layer = 8;
  Pooling pooling = Pooling::Mean;
  // Pad id of the vocabulary.
  int32_t pad_id = 0;
  void validate() const;  // ConfigError naming the field
};

// The pooling XTREME uses for a retrieval task without a dual encoder: [CLS] for BUCC 2018
// (run_bucc2018.sh --pool_type cls), mean otherwise (Tatoeba; LAReQA / Mewsli-X baselines).
Pooling retrieval_pooling(const data::TaskInfo& task);

// Runs `model` (switched to eval mode) on `features` of `task`. The output kind follows the task
// kind; retrieval uses the dual encoder's L2-normalised pooled output when the head is
// "dual_encoder", else pools model->bert's hidden state `options.layer`. RawOutputs::meta gets
// head_kind and, for classification and tagging, task.labels; the caller fills the rest.
// ConfigError when the head cannot serve the task kind or its label count differs from the task's.
io::RawOutputs run_inference(model::TaskModel& model, const data::TaskInfo& task,
                         const std::vector<data::Feature>& features, const InferenceOptions& options);

// Retrieval with a bare encoder (a folder without xlfuse.json): pooled hidden states as
// embeddings; meta.head_kind = "encoder".
io::RawOutputs run_encoder_inference(model::BertModel& encoder, const std::vector<data::Feature>& features,
                                 const InferenceOptions& options);

// ConfigError unless a model with `head_kind` can predict `task`: the head that serves the task's
// kind (model::head_serving), or any head for retrieval (a hidden layer is pooled instead). The
// message names both and the head the task needs.
void check_head_serves(model::HeadKind head_kind, const data::TaskInfo& task);

}  // namespace xlfuse::predict
