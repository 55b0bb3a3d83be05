#pragma once
// The BERT encoder with HuggingFace's module and parameter names (models/bert/modeling_bert.py),
// so that named_parameters() of a BertModel equals the tensor names of a bare BertModel checkpoint
// (task checkpoints add the prefix "bert."). Inference runs one GEMM per linear layer on the
// flattened [batch*seq, hidden] activations, and a single fused GEMM for query/key/value: the three
// parameters are views into one [3*hidden, hidden] buffer, so the fused path costs no extra memory
// and sees every in-place update (loading, optimiser steps).
#include <cstdint>
#include <vector>

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/embedding.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

#include "xlfuse/io/hf_config.h"

namespace xlfuse::model {

// Word + position + token type embeddings, then LayerNorm and dropout. Positions are 0..T-1
// (BERT) or, for (XLM-)RoBERTa, roberta_position_ids of the input ids (HF's
// XLMRobertaEmbeddings: the padding rows of both tables get no gradient there, as in HF).
struct BertEmbeddingsImpl : torch::nn::Module {
  explicit BertEmbeddingsImpl(const io::BertConfig& config);
  // input_ids, token_type_ids: [B, T] int64 (token_type_ids may be undefined = all 0).
  // Returns [B, T, hidden]. std::invalid_argument when a RoBERTa input needs a position beyond
  // the table (more than max_position_embeddings - pad_token_id - 1 tokens) or when a model with
  // one token type gets a non-zero token type id.
  torch::Tensor forward(const torch::Tensor& input_ids, const torch::Tensor& token_type_ids = {});

  torch::nn::Embedding word_embeddings{nullptr}, position_embeddings{nullptr}, token_type_embeddings{nullptr};
  torch::nn::LayerNorm LayerNorm{nullptr};  // HF's spelling
  double dropout_prob = 0.1;
  // Number positions RoBERTa's way (position ids from the input ids).
  bool roberta_positions = false;
  // The padding id (pad_token_id): RoBERTa's padding_idx of the position ids.
  int64_t padding_idx = 0;

 private:
  torch::Tensor forward_roberta(const torch::Tensor& input_ids, const torch::Tensor& token_type_ids);
};
TORCH_MODULE(BertEmbeddings);

// Multi-head scaled dot-product attention: query, key, value projections.
struct BertSelfAttentionImpl : torch::nn::Module {
  explicit BertSelfAttentionImpl(const io::BertConfig& config);
  // hidden_states: [B*T, hidden]; attention_bias: [B, 1, 1, T] float, added to the scores.
  // Returns the context [B*T, hidden].
  torch::Tensor forward(const torch::Tensor& hidden_states, const torch::Tensor& attention_bias, int64_t batch,
                        int64_t seq);

  torch::nn::Linear query{nullptr}, key{nullptr}, value{nullptr};
  int64_t num_heads = 12;
  int64_t head_size = 64;
  double dropout_prob = 0.1;

  // Whether the fused buffers still back query/key/value (false after e.g. ->to(device)).
  bool fused_qkv_intact() const;

 private:
  torch::Tensor qkv_weight_;  // [3*hidden, hidden]; query/key/value weights are views into it
  torch::Tensor qkv_bias_;    // [3*hidden]
};
TORCH_MODULE(BertSelfAttention);

// Output projection of the attention, residual and LayerNorm.
struct BertSelfOutputImpl : torch::nn::Module {
  explicit BertSelfOutputImpl(const io::BertConfig& config);
  torch::Tensor forward(const torch::Tensor& hidden_states, const torch::Tensor& input_tensor);

  torch::nn::Linear dense{nullptr};
  torch::nn::LayerNorm LayerNorm{nullptr};
  double dropout_prob = 0.1;
};
TORCH_MODULE(BertSelfOutput);

// "self" + "output".
struct BertAttentionImpl : torch::nn::Module {
  explicit BertAttentionImpl(const io::BertConfig& config);
  torch::Tensor forward(const torch::Tensor& hidden_states, const torch::Tensor& attention_bias, int64_t batch,
                        int64_t seq);

  BertSelfAttention self{nullptr};
  BertSelfOutput output{nullptr};
};
TORCH_MODULE(BertAttention);

// dense + GELU (erf).
struct BertIntermediateImpl : torch::nn::Module {
  explicit BertIntermediateImpl(const io::BertConfig& config);
  torch::Tensor forward(const torch::Tensor& hidden_states);

  torch::nn::Linear dense{nullptr};
};
TORCH_MODULE(BertIntermediate);

// dense, dropout, residual, LayerNorm.
struct BertOutputImpl : torch::nn::Module {
  explicit BertOutputImpl(const io::BertConfig& config);
  torch::Tensor forward(const torch::Tensor& hidden_states, const torch::Tensor& input_tensor);

  torch::nn::Linear dense{nullptr};
  torch::nn::LayerNorm LayerNorm{nullptr};
  double dropout_prob = 0.1;
};
TORCH_MODULE(BertOutput);

// One transformer block.
struct BertLayerImpl : torch::nn::Module {
  explicit BertLayerImpl(const io::BertConfig& config);
  // hidden_states: [B*T, hidden]; returns [B*T, hidden].
  torch::Tensor forward(const torch::Tensor& hidden_states, const torch::Tensor& attention_bias, int64_t batch,
                        int64_t seq);

  BertAttention attention{nullptr};
  BertIntermediate intermediate{nullptr};
  BertOutput output{nullptr};
};
TORCH_MODULE(BertLayer);

// The stack of layers ("layer.0", "layer.1", ...).
struct BertEncoderImpl : torch::nn::Module {
  explicit BertEncoderImpl(const io::BertConfig& config);
  BertLayer at(size_t index) const;
  size_t size() const { return layer->size(); }

  torch::nn::ModuleList layer{nullptr};
};
TORCH_MODULE(BertEncoder);

// dense + tanh on the first token.
struct BertPoolerImpl : torch::nn::Module {
  explicit BertPoolerImpl(const io::BertConfig& config);
  // hidden_states: [B, T, hidden]; returns [B, hidden].
  torch::Tensor forward(const torch::Tensor& hidden_states);

  torch::nn::Linear dense{nullptr};
};
TORCH_MODULE(BertPooler);

// What BertModel::forward computes and keeps.
struct ForwardOptions {
  // Keep every hidden state (embeddings and each layer). When false only `layer` is kept.
  bool all_hidden_states = true;
  // With all_hidden_states=false: the hidden state to keep, 0 = embedding output, L = last layer,
  // -1 = last. Layers above it are not computed.
  int64_t layer = -1;
  // Compute the pooler output (needs a pooler and the last layer).
  bool pooled = true;
};

// The encoder's outputs.
struct EncoderOutput {
  // num_hidden_layers + 1 entries, [B, T, hidden] each; 0 = embedding output. Entries not kept
  // (ForwardOptions) are undefined tensors.
  std::vector<torch::Tensor> hidden_states;
  // [B, hidden], tanh(dense(first token of the last layer)); undefined without a pooler.
  torch::Tensor pooled;
  // The deepest hidden state computed (the last layer unless ForwardOptions::layer stopped early).
  torch::Tensor last() const;
};

struct BertModelImpl : torch::nn::Module {
  // `add_pooler`: whether to build the pooler (HF's add_pooling_layer).
  explicit BertModelImpl(const io::BertConfig& config, bool add_pooler = true);

  // input_ids [B, T] int64, attention_mask [B, T] (1 = token, 0 = padding; any integer or float
  // dtype; undefined = all 1), token_type_ids [B, T] int64 (undefined = all 0).
  EncoderOutput forward(const torch::Tensor& input_ids, const torch::Tensor& attention_mask = {},
                        const torch::Tensor& token_type_ids = {}, const ForwardOptions& options = {});

  const io::BertConfig& config() const { return config_; }
  bool has_pooler() const { return !pooler.is_empty(); }

  BertEmbeddings embeddings{nullptr};
  BertEncoder encoder{nullptr};
  BertPooler pooler{nullptr};

 private:
  io::BertConfig config_;
};
TORCH_MODULE(BertModel);

// HF's additive mask: (1 - mask) * finfo(float).min, shaped [B, 1, 1, T] float.
torch::Tensor make_attention_bias(const torch::Tensor& attention_mask);

// RoBERTa's create_position_ids_from_input_ids: padding_idx + cumsum(ids != padding_idx) *
// (ids != padding_idx) along each row, so real tokens get padding_idx + 1, + 2, ... and every
// padding id (even a literal <pad> with attention mask 1) gets padding_idx without advancing the
// count. input_ids [B, T] int64; returns [B, T] int64.
torch::Tensor roberta_position_ids(const torch::Tensor& input_ids, int64_t padding_idx);

}  // namespace xlfuse::model
