#pragma once
// HF's BertForMaskedLM head ("cls.predictions"): transform (dense + GELU + LayerNorm), then the
// decoder, whose weight is the encoder's word-embedding matrix (tied, not a parameter of the head)
// plus the bias "cls.predictions.bias". Loss: cross-entropy over the vocabulary at the positions
// whose label is not -100. Logits cover every position ([B, T, vocab]), as in HF, except when
// labels are given with gradients enabled (training): then the decoder runs only at the labelled
// positions and the logits are [labelled positions, vocab] in row-major (batch, position) order.
// XLM-R's RobertaLMHead computes the same (dense, GELU, layer_norm, tied decoder + lm_head.bias);
// its checkpoint names (lm_head.*) are translated on save and load (checkpoint_names.h).
#include <cstdint>
#include <string>
#include <vector>

#include <torch/nn/modules/embedding.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>

#include "xlfuse/model/heads/task_head.h"

namespace xlfuse::model {

// "transform": dense + GELU + LayerNorm.
struct BertPredictionHeadTransformImpl : torch::nn::Module {
  BertPredictionHeadTransformImpl(const io::BertConfig& config, int64_t input_size);
  torch::Tensor forward(const torch::Tensor& hidden_states);

  torch::nn::Linear dense{nullptr};
  torch::nn::LayerNorm LayerNorm{nullptr};  // HF's spelling
};
TORCH_MODULE(BertPredictionHeadTransform);

// "predictions": transform, then logits = x E^T + bias with E the (tied) word embeddings.
struct BertLMPredictionHeadImpl : torch::nn::Module {
  BertLMPredictionHeadImpl(const io::BertConfig& config, int64_t input_size, torch::nn::Embedding word_embeddings);
  torch::Tensor forward(const torch::Tensor& hidden_states);

  BertPredictionHeadTransform transform{nullptr};
  torch::Tensor bias;                          // [vocab]
  torch::nn::Embedding word_embeddings{nullptr};  // the decoder's weight; owned by the encoder
};
TORCH_MODULE(BertLMPredictionHead);

// "cls" (HF's BertOnlyMLMHead).
struct BertOnlyMLMHeadImpl : torch::nn::Module {
  BertOnlyMLMHeadImpl(const io::BertConfig& config, int64_t input_size, torch::nn::Embedding word_embeddings);
  torch::Tensor forward(const torch::Tensor& hidden_states) { return predictions->forward(hidden_states); }

  BertLMPredictionHead predictions{nullptr};
};
TORCH_MODULE(BertOnlyMLMHead);

struct MaskedLmHeadImpl : TaskHeadImpl {
  // word_embeddings: the encoder's (bert.embeddings.word_embeddings), tied to the decoder.
  MaskedLmHeadImpl(const io::BertConfig& config, int64_t input_size, torch::nn::Embedding word_embeddings);
  HeadKind kind() const override { return HeadKind::MaskedLm; }
  bool uses_pooler() const override { return false; }
  // The tied decoder copies HF may store, and BertForPreTraining's next-sentence head.
  std::vector<std::string> ignored_checkpoint_prefixes() const override {
    return {"cls.predictions.decoder.", "cls.seq_relationship."};
  }
  TaskOutput forward(const EncodeFn& encode, const TaskInputs& inputs) override;

  BertOnlyMLMHead cls{nullptr};
};
TORCH_MODULE(MaskedLmHead);

}  // namespace xlfuse::model
