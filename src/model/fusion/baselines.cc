// Layer-fusion baselines: lower layer, sum, concatenation, scalar mix (see fusion/baselines.h).
#include "xlfuse/model/fusion/baselines.h"

#include <stdexcept>

#include <fmt/format.h>
#include <torch/torch.h>

namespace xlfuse::model {

namespace {

const torch::Tensor& hidden_state(const EncoderOutput& out, int64_t index, const char* kind) {
  TORCH_CHECK(index >= 0 && index < static_cast<int64_t>(out.hidden_states.size()) && out.hidden_states[index].defined(),
              kind, " fusion: hidden state ", index, " was not computed (run the encoder with the representation's "
              "encoder_options())");
  return out.hidden_states[index];
}

int64_t checked_layer(const io::BertConfig& config, int64_t layer, const char* kind) {
  if (layer < 1 || layer > config.num_hidden_layers - 1)
    throw std::invalid_argument(fmt::format("{} fusion: the lower layer must be in 1..{}, got {}", kind,
                                            config.num_hidden_layers - 1, layer));
  return layer;
}

ForwardOptions all_states() {
  ForwardOptions o;
  o.all_hidden_states = true;
  o.pooled = false;
  return o;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
LowerLayerRepresentationImpl::LowerLayerRepresentationImpl(const io::BertConfig& config, int64_t layer)
    : hidden_size_(config.hidden_size), layer_(checked_layer(config, layer, "lower_layer")) {}

ForwardOptions LowerLayerRepresentationImpl::encoder_options() const {
  ForwardOptions o;
  o.all_hidden_states = false;
  o.layer = layer_;  // layers above it are not computed
  o.pooled = false;
  return o;
}

torch::Tensor LowerLayerRepresentationImpl::forward(const EncoderOutput& encoder_output, const torch::Tensor&) {
  return hidden_state(encoder_output, layer_, "lower_layer");
}

// ---------------------------------------------------------------------------------------------
SumRepresentationImpl::SumRepresentationImpl(const io::BertConfig& config, int64_t layer)
    : hidden_size_(config.hidden_size), layer_(checked_layer(config, layer, "sum")) {}

ForwardOptions SumRepresentationImpl::encoder_options() const { return all_states(); }

torch::Tensor SumRepresentationImpl::forward(const EncoderOutput& encoder_output, const torch::Tensor&) {
  return hidden_state(encoder_output, static_cast<int64_t>(encoder_output.hidden_states.size()) - 1, "sum") +
         hidden_state(encoder_output, layer_, "sum");
}

// ---------------------------------------------------------------------------------------------
ConcatRepresentationImpl::ConcatRepresentationImpl(const io::BertConfig& config, int64_t layer)
    : hidden_size_(config.hidden_size), layer_(checked_layer(config, layer, "concat")) {
  linear = register_module("linear", torch::nn::Linear(2 * hidden_size_, hidden_size_));
}

ForwardOptions ConcatRepresentationImpl::encoder_options() const { return all_states(); }

torch::Tensor ConcatRepresentationImpl::forward(const EncoderOutput& encoder_output, const torch::Tensor&) {
  const auto& last = hidden_state(encoder_output, static_cast<int64_t>(encoder_output.hidden_states.size()) - 1, "concat");
  const auto& lower = hidden_state(encoder_output, layer_, "concat");
  return linear->forward(torch::cat({last, lower}, -1));
}

void ConcatRepresentationImpl::init_weights(double initializer_range) {
  torch::NoGradGuard no_grad;
  linear->weight.normal_(0.0, initializer_range);
  linear->bias.zero_();
}

// ---------------------------------------------------------------------------------------------
ScalarMixRepresentationImpl::ScalarMixRepresentationImpl(const io::BertConfig& config)
    : hidden_size_(config.hidden_size), num_layers_(config.num_hidden_layers) {
  scalar_weights = register_parameter("scalar_weights", torch::zeros({num_layers_ + 1}));
  gamma = register_parameter("gamma", torch::ones({1}));
}

ForwardOptions ScalarMixRepresentationImpl::encoder_options() const { return all_states(); }

torch::Tensor ScalarMixRepresentationImpl::forward(const EncoderOutput& encoder_output, const torch::Tensor&) {
  TORCH_CHECK(static_cast<int64_t>(encoder_output.hidden_states.size()) == num_layers_ + 1,
              "scalar_mix fusion: expected ", num_layers_ + 1, " hidden states, got ", encoder_output.hidden_states.size());
  const auto weights = torch::softmax(scalar_weights, 0);
  torch::Tensor mix;
  for (int64_t j = 0; j <= num_layers_; ++j) {
    auto term = weights[j] * hidden_state(encoder_output, j, "scalar_mix");
    mix = mix.defined() ? mix + term : term;
  }
  return gamma * mix;
}

void ScalarMixRepresentationImpl::init_weights(double /*initializer_range*/) {
  torch::NoGradGuard no_grad;
  scalar_weights.zero_();
  gamma.fill_(1.0);
}

}  // namespace xlfuse::model
