#pragma once
// Simple layer-fusion baselines to compare AIF against (fusion.h lists them all). X = the last
// layer, Y = hidden_states[layer] (1 .. L-1); all work per token, so padding never matters.
//
//   lower_layer  Y                                       encoder stops at `layer`
//   sum          X + Y
//   concat       linear([X; Y]), Linear(2E -> E), HF init N(0, initializer_range^2), bias 0
//   scalar_mix   gamma * sum_j softmax(s)_j h_j over all L + 1 hidden states (ELMo, Peters et al.
//                2018; AllenNLP ScalarMix without layer norm), s init 0, gamma init 1
#include <cstdint>
#include <string>

#include <torch/nn/module.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/representation.h"

namespace xlfuse::model {

struct LowerLayerRepresentationImpl : RepresentationImpl {
  // layer: 1 .. num_hidden_layers - 1 (std::invalid_argument otherwise).
  LowerLayerRepresentationImpl(const io::BertConfig& config, int64_t layer);
  std::string kind() const override { return to_string(FusionKind::LowerLayer); }
  ForwardOptions encoder_options() const override;
  torch::Tensor forward(const EncoderOutput& encoder_output, const torch::Tensor& attention_mask) override;
  int64_t output_size() const override { return hidden_size_; }

 private:
  int64_t hidden_size_;
  int64_t layer_;
};
TORCH_MODULE(LowerLayerRepresentation);

struct SumRepresentationImpl : RepresentationImpl {
  SumRepresentationImpl(const io::BertConfig& config, int64_t layer);
  std::string kind() const override { return to_string(FusionKind::Sum); }
  ForwardOptions encoder_options() const override;
  torch::Tensor forward(const EncoderOutput& encoder_output, const torch::Tensor& attention_mask) override;
  int64_t output_size() const override { return hidden_size_; }

 private:
  int64_t hidden_size_;
  int64_t layer_;
};
TORCH_MODULE(SumRepresentation);

struct ConcatRepresentationImpl : RepresentationImpl {
  ConcatRepresentationImpl(const io::BertConfig& config, int64_t layer);
  std::string kind() const override { return to_string(FusionKind::Concat); }
  ForwardOptions encoder_options() const override;
  torch::Tensor forward(const EncoderOutput& encoder_output, const torch::Tensor& attention_mask) override;
  int64_t output_size() const override { return hidden_size_; }
  void init_weights(double initializer_range) override;

  torch::nn::Linear linear{nullptr};  // [E, 2E]: input is [last; lower]

 private:
  int64_t hidden_size_;
  int64_t layer_;
};
TORCH_MODULE(ConcatRepresentation);

struct ScalarMixRepresentationImpl : RepresentationImpl {
  explicit ScalarMixRepresentationImpl(const io::BertConfig& config);
  std::string kind() const override { return to_string(FusionKind::ScalarMix); }
  ForwardOptions encoder_options() const override;
  torch::Tensor forward(const EncoderOutput& encoder_output, const torch::Tensor& attention_mask) override;
  int64_t output_size() const override { return hidden_size_; }
  // s = 0, gamma = 1 (the initializer range is not used).
  void init_weights(double initializer_range) override;

  torch::Tensor scalar_weights;  // s, [L + 1], softmax-normalised in forward
  torch::Tensor gamma;           // [1]

 private:
  int64_t hidden_size_;
  int64_t num_layers_;
};
TORCH_MODULE(ScalarMixRepresentation);

}  // namespace xlfuse::model
