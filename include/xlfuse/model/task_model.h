#pragma once
// A task model: the encoder ("bert"), a representation of its outputs (last layer by default,
// layer fusion later) and a task head, with named_parameters() equal to the keys of HF's task
// checkpoints:
//
//   sequence_classification  BertForSequenceClassification  bert.* (with pooler), classifier.{weight,bias}
//   multiple_choice          BertForMultipleChoice          bert.* (with pooler), classifier.{weight [1, E],bias}
//   token_classification     BertForTokenClassification     bert.* (no pooler), classifier.{weight,bias}
//   question_answering       BertForQuestionAnswering       bert.* (no pooler), qa_outputs.{weight [2, E],bias}
//   masked_lm                BertForMaskedLM                bert.* (no pooler), cls.predictions.bias,
//                                                           cls.predictions.transform.{dense,LayerNorm}.*
//                                                           (decoder tied to bert.embeddings.word_embeddings)
//   dual_encoder             XTREME's BertForRetrieval      bert.* (with pooler), logit_scale [1]
//
// An XLM-R (or RoBERTa) model has the same modules and names; its checkpoints use HF's
// XLMRobertaFor* names instead (checkpoint_names.h): roberta.* for bert.*, lm_head.{dense,
// layer_norm,bias} for the masked-LM head, and for sequence classification HF's
// RobertaClassificationHead (classifier.dense = the pooler, classifier.out_proj = the classifier).
// save_task_weights writes and load_task_weights reads those names.
//
// Parameters of a representation with weights (layer fusion) appear under "representation.".
// The head's modules are registered directly on the task model (not under a "head." prefix), which
// is what makes the names match; TaskModelImpl::train() keeps the head's train/eval mode in step.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/bert.h"
#include "xlfuse/model/checkpoint.h"
#include "xlfuse/model/heads/head_kind.h"
#include "xlfuse/model/heads/task_head.h"
#include "xlfuse/model/representation.h"

namespace xlfuse::model {

struct TaskModelOptions {
  // Settings of the head (classifier dropout, the dual encoder's initial logit scale).
  HeadOptions head;
  // The representation the head sees; null = the last layer (HF's task models).
  std::shared_ptr<RepresentationImpl> representation;
  // Seed of the random initialisation done by make_task_model (encoder, then head, HF's scheme).
  uint64_t seed = 42;
  // Throws ConfigError naming the field.
  void validate() const;
};

class TaskModelImpl : public torch::nn::Module {
 public:
  // The encoder needs a pooler when the head pools (ConfigError otherwise); a pooling head also
  // needs the representation's width to equal the hidden size.
  TaskModelImpl(BertModel bert, std::shared_ptr<TaskHeadImpl> head, std::shared_ptr<RepresentationImpl> representation);

  // Runs the head on a batch (see TaskInputs for the shapes each head expects).
  TaskOutput forward(const TaskInputs& inputs);
  // One encoder pass: encoder -> representation -> (pooler on the first position, if the head
  // pools). input_ids [N, T]; attention_mask, token_type_ids [N, T] or undefined.
  Encoded encode(const torch::Tensor& input_ids, const torch::Tensor& attention_mask = {},
                 const torch::Tensor& token_type_ids = {});

  // Also switches the head (whose modules are registered here, but which is not a child itself).
  void train(bool on = true) override;

  HeadKind head_kind() const { return head_->kind(); }
  const std::shared_ptr<TaskHeadImpl>& head() const { return head_; }
  const std::shared_ptr<RepresentationImpl>& representation() const { return representation_; }
  const io::BertConfig& config() const { return bert->config(); }

  BertModel bert{nullptr};

 private:
  std::shared_ptr<TaskHeadImpl> head_;
  std::shared_ptr<RepresentationImpl> representation_;
};
TORCH_MODULE(TaskModel);

// Builds a task model with HF's random initialisation (weights N(0, initializer_range^2), biases
// 0, LayerNorm 1/0, the dual encoder's logit_scale 100) under options.seed. num_labels is used by
// sequence_classification (1 = regression) and token_classification, ignored by the others.
TaskModel make_task_model(HeadKind head_kind, const io::BertConfig& config, int64_t num_labels,
                          const TaskModelOptions& options = {});

// Loads a whole HF task checkpoint (encoder "bert.*" and head) strictly, by name: every parameter
// must be found with its shape and every tensor used, except tensors the head declares as not
// its own (masked_lm: the tied decoder copies and the next-sentence head) and, when the model has
// no pooler, "bert.pooler.*" (reported). The representation's buffers ("representation.*") are
// loaded like parameters. Nothing is loaded on error (CheckpointError).
LoadReport load_task_weights(TaskModel& model, const io::SafetensorsFile& file);

// Loads only the encoder, from any checkpoint (bare BertModel, a task checkpoint with another head,
// pretraining): "bert." ("roberta.") is stripped, heads (classifier, qa_outputs, logit_scale) are
// ignored and reported, cls.* (lm_head.*) is ignored, a missing pooler keeps its initial values. The head keeps its
// initialisation (HF's for a new head). This is the X-STILTs chaining step.
LoadReport load_task_encoder(TaskModel& model, const io::SafetensorsFile& file, const LoadOptions& options = {});

// Writes every parameter under its HF name (a task checkpoint HF can load), F32, atomically, plus
// the representation's buffers ("representation.*", e.g. batch norm running statistics).
void save_task_weights(const TaskModel& model, const std::string& path,
                       const std::map<std::string, std::string>& metadata = {{"format", "pt"}});

// DIR/config.json + DIR/model.safetensors (a whole task checkpoint) -> task model in eval mode.
// num_labels < 0: the size of config.json's id2label (HF's default 2 when absent).
TaskModel load_task_model(const std::string& dir, HeadKind head_kind, int64_t num_labels = -1,
                          const TaskModelOptions& options = {}, LoadReport* report = nullptr);

}  // namespace xlfuse::model
