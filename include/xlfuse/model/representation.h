#pragma once
// What a task head sees of the encoder. A Representation maps the encoder's outputs (and the
// attention mask) to the token states [B, T, E] handed to the head. The default takes the last
// layer (HF's task models); layer fusion (DLFA/AIF, scalar mix, concatenation ...) are other
// implementations of the same interface, so heads never change when the representation does.
//
// Pooling is not part of the representation: when a head needs a pooled vector (sequence
// classification, multiple choice, dual encoder), TaskModel applies the encoder's BertPooler
// (dense + tanh on the first position) to the representation's token states. With the last
// layer this is exactly HF's pooler_output; with fusion the same pooler sees the fused [CLS].
#include <cstdint>
#include <memory>
#include <string>

#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/bert.h"
#include "xlfuse/model/fusion/fusion_options.h"

namespace xlfuse::model {

// The interface. Parameters of an implementation appear under "representation." in the task
// model (the last-layer representation has none, so HF's names are unchanged).
struct RepresentationImpl : torch::nn::Module {
  ~RepresentationImpl() override = default;
  // A short name for logs and xlfuse.json ("last_layer").
  virtual std::string kind() const = 0;
  // What BertModel::forward must compute and keep for forward() (fewer hidden states = less
  // memory). TaskModel turns the encoder's own pooler off: pooling follows the representation.
  virtual ForwardOptions encoder_options() const = 0;
  // encoder_output: computed with encoder_options(); attention_mask: [B, T] (1 = token), may be
  // undefined (= all tokens). Returns the token states [B, T, output_size()].
  virtual torch::Tensor forward(const EncoderOutput& encoder_output, const torch::Tensor& attention_mask) = 0;
  // Width of the returned states. Heads size their layers with it; a head that pools needs it to
  // equal the encoder's hidden size (the pooler is hidden x hidden).
  virtual int64_t output_size() const = 0;
  // HF's initialisation of the representation's own parameters (weights N(0, initializer_range^2),
  // biases 0, norms 1/0), drawn from torch's global generator; make_task_model calls it after the
  // head's, under TaskModelOptions::seed. Default: nothing to initialise.
  virtual void init_weights(double /*initializer_range*/) {}
};
TORCH_MODULE(Representation);

// The encoder's last layer, unchanged (hidden_states.back()). Only the last layer is kept.
struct LastLayerRepresentationImpl : RepresentationImpl {
  explicit LastLayerRepresentationImpl(const io::BertConfig& config);
  std::string kind() const override { return to_string(FusionKind::LastLayer); }
  ForwardOptions encoder_options() const override;
  torch::Tensor forward(const EncoderOutput& encoder_output, const torch::Tensor& attention_mask) override;
  int64_t output_size() const override { return hidden_size_; }

 private:
  int64_t hidden_size_;
};
TORCH_MODULE(LastLayerRepresentation);

// The representation a head gets when none is chosen.
std::shared_ptr<RepresentationImpl> make_default_representation(const io::BertConfig& config);

}  // namespace xlfuse::model
