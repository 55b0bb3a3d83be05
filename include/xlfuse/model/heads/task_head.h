#pragma once
// The interface every task head implements, and the inputs/outputs shared by all heads.
//
// A head never touches the encoder: it receives an `EncodeFn` that runs encoder + representation
// (+ the pooler when the head pools) on [N, T] inputs, so a head can reshape its inputs (multiple
// choice flattens [B, C, T]) or encode two sides with one tower (dual encoder). TaskModel (see
// task_model.h) registers the head's submodules and parameters directly under HF's names
// ("classifier", "qa_outputs", "cls", "logit_scale"), so the task model's named_parameters()
// equal the keys of HF's BertFor* checkpoints.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/heads/head_kind.h"

namespace xlfuse::model {

// What one pass of the encoder gives a head.
struct Encoded {
  // [N, T, E]: the representation's token states.
  torch::Tensor states;
  // [N, E]: BertPooler on states[:, 0]; defined only for heads whose uses_pooler() is true.
  torch::Tensor pooled;
};

// Runs the encoder (+ representation + pooler) on input_ids [N, T], attention_mask [N, T] (may be
// undefined = all 1), token_type_ids [N, T] (may be undefined = all 0).
using EncodeFn =
    std::function<Encoded(const torch::Tensor& input_ids, const torch::Tensor& attention_mask,
                          const torch::Tensor& token_type_ids)>;

// A batch for any head. Labels are optional: the loss is computed when they are given.
struct TaskInputs {
  // [B, T] int64; multiple choice: [B, C, T]; dual encoder: the query side.
  torch::Tensor input_ids;
  // Shape of input_ids, 1 = token, 0 = padding; undefined = all tokens.
  torch::Tensor attention_mask;
  // Shape of input_ids; undefined = all 0.
  torch::Tensor token_type_ids;
  // sequence_classification: [B] class ids (int64), or [B] floats when num_labels == 1
  // (regression, MSE); multiple_choice: [B] index of the right choice; token_classification and
  // masked_lm: [B, T] ids with -100 where no loss is taken; dual_encoder: [B] index of each query's
  // candidate (undefined = arange(B), the in-batch recipe).
  torch::Tensor labels;
  // question_answering: [B] token index of the answer's first / last token (positions outside
  // [0, T] are clamped to T and ignored, as HF does).
  torch::Tensor start_positions;
  torch::Tensor end_positions;
  // dual_encoder: the candidate side, [B', T'] each, encoded by the same tower. Undefined = encode
  // the queries only (inference).
  torch::Tensor candidate_input_ids;
  torch::Tensor candidate_attention_mask;
  torch::Tensor candidate_token_type_ids;
};

// The same inputs on `device` (defined tensors copied there; a no-op for tensors already there).
TaskInputs to_device(const TaskInputs& inputs, const torch::Device& device);

// What a head returns. Fields a head does not produce stay undefined.
struct TaskOutput {
  // sequence_classification [B, L]; multiple_choice [B, C]; token_classification [B, T, L];
  // masked_lm [B, T, V]; dual_encoder [B, B'] scaled cosine similarities (when candidates given).
  torch::Tensor logits;
  // question_answering: [B, T] each.
  torch::Tensor start_logits;
  torch::Tensor end_logits;
  // dual_encoder: L2-normalised pooled outputs, [B, E] (queries) and [B', E] (candidates).
  torch::Tensor embeddings;
  torch::Tensor candidate_embeddings;
  // Scalar, when labels (QA: start and end positions; dual encoder: candidates) are given.
  torch::Tensor loss;
};

// Settings shared by the heads (filled by make_task_model from TaskModelOptions).
struct HeadOptions {
  // Dropout before the classifier of sequence/token classification and multiple choice.
  // Negative = config.json's "classifier_dropout" if set, else hidden_dropout_prob (HF).
  double classifier_dropout = -1.0;
  // Initial value of the dual encoder's learnable logit scale (XTREME's BertForRetrieval: 100).
  double logit_scale = 100.0;
};

// The interface of a task head.
struct TaskHeadImpl : torch::nn::Module {
  ~TaskHeadImpl() override = default;
  // Which head this is (its registry entry).
  virtual HeadKind kind() const = 0;
  // Whether the head takes the pooled vector (then the encoder must have a pooler).
  virtual bool uses_pooler() const = 0;
  // Checkpoint tensors of HF's class that are not parameters here (tied copies, pretraining-only
  // heads), ignored when a whole task checkpoint is loaded. Default: none.
  virtual std::vector<std::string> ignored_checkpoint_prefixes() const { return {}; }
  // Runs the head on a batch, calling `encode` for each encoder pass.
  virtual TaskOutput forward(const EncodeFn& encode, const TaskInputs& inputs) = 0;
  // HF's initialisation of a new head (_init_weights): weights N(0, initializer_range^2),
  // biases 0, LayerNorm weight 1 and bias 0. Uses torch's global generator.
  virtual void init_weights(double initializer_range);
};
TORCH_MODULE(TaskHead);

// Resolves HeadOptions::classifier_dropout against the config (HF's rule).
double resolve_classifier_dropout(const HeadOptions& options, const io::BertConfig& config);

}  // namespace xlfuse::model
