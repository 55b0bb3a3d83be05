#include "xlfuse/model/heads/masked_lm.h"

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"

namespace xlfuse::model {

BertPredictionHeadTransformImpl::BertPredictionHeadTransformImpl(const io::BertConfig& config, int64_t input_size) {
  if (config.hidden_act != "gelu")
    throw ConfigError(fmt::format("masked_lm: hidden_act: expected \"gelu\", got \"{}\"", config.hidden_act));
  dense = register_module("dense", torch::nn::Linear(input_size, config.hidden_size));
  LayerNorm = register_module(
      "LayerNorm",
      torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.hidden_size}).eps(config.layer_norm_eps)));
}

torch::Tensor BertPredictionHeadTransformImpl::forward(const torch::Tensor& hidden_states) {
  // fp32 LayerNorm input: libtorch 1.13's CPU layer_norm refuses bf16 (autocast) with fp32 weights.
  return LayerNorm->forward(torch::gelu(dense->forward(hidden_states)).to(LayerNorm->weight.scalar_type()));
}

BertLMPredictionHeadImpl::BertLMPredictionHeadImpl(const io::BertConfig& config, int64_t input_size,
                                                   torch::nn::Embedding word_embeddings_)
    : word_embeddings(std::move(word_embeddings_)) {
  if (word_embeddings.is_empty()) throw std::invalid_argument("masked_lm: the word embeddings to tie to are missing");
  if (word_embeddings->weight.size(0) != config.vocab_size || word_embeddings->weight.size(1) != config.hidden_size)
    throw ConfigError(fmt::format("masked_lm: word embeddings have shape [{}, {}], expected [vocab_size {}, hidden_size {}]",
                                  word_embeddings->weight.size(0), word_embeddings->weight.size(1), config.vocab_size,
                                  config.hidden_size));
  transform = register_module("transform", BertPredictionHeadTransform(config, input_size));
  bias = register_parameter("bias", torch::zeros({config.vocab_size}));
}

torch::Tensor BertLMPredictionHeadImpl::forward(const torch::Tensor& hidden_states) {
  // The decoder: tied to the word embeddings (HF ties decoder.weight and shares decoder.bias).
  return torch::nn::functional::linear(transform->forward(hidden_states), word_embeddings->weight, bias);
}

BertOnlyMLMHeadImpl::BertOnlyMLMHeadImpl(const io::BertConfig& config, int64_t input_size,
                                         torch::nn::Embedding word_embeddings) {
  predictions = register_module("predictions", BertLMPredictionHead(config, input_size, std::move(word_embeddings)));
}

MaskedLmHeadImpl::MaskedLmHeadImpl(const io::BertConfig& config, int64_t input_size,
                                   torch::nn::Embedding word_embeddings) {
  cls = register_module("cls", BertOnlyMLMHead(config, input_size, std::move(word_embeddings)));
}

TaskOutput MaskedLmHeadImpl::forward(const EncodeFn& encode, const TaskInputs& inputs) {
  TORCH_CHECK(inputs.input_ids.dim() == 2, "masked_lm: input_ids must be [batch, seq], got ", inputs.input_ids.sizes());
  Encoded enc = encode(inputs.input_ids, inputs.attention_mask, inputs.token_type_ids);
  TaskOutput out;
  if (!inputs.labels.defined()) {
    out.logits = cls->forward(enc.states);  // [B, T, V]
    return out;
  }
  TORCH_CHECK(inputs.labels.sizes() == inputs.input_ids.sizes(), "masked_lm: labels must have the shape of ",
              "input_ids ", inputs.input_ids.sizes(), " (-100 = no loss), got ", inputs.labels.sizes());
  const torch::Tensor labels = inputs.labels.reshape({-1}).to(torch::kLong);
  if (torch::GradMode::is_enabled()) {
    // Training: the decoder (most of a small model's compute) only where a label is; the loss is
    // the same mean over those positions.
    const torch::Tensor at = (labels != -100).nonzero().squeeze(1);
    const torch::Tensor states = enc.states.reshape({-1, enc.states.size(-1)}).index_select(0, at);
    out.logits = cls->forward(states);  // [labelled positions, V]
    out.loss = torch::nn::functional::cross_entropy(out.logits, labels.index_select(0, at));
    return out;
  }
  out.logits = cls->forward(enc.states);  // [B, T, V]
  out.loss = torch::nn::functional::cross_entropy(out.logits.reshape({-1, out.logits.size(-1)}), labels,
                                                  torch::nn::functional::CrossEntropyFuncOptions().ignore_index(-100));
  return out;
}

}  // namespace xlfuse::model
