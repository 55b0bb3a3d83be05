#include "xlfuse/model/bert.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#ifdef _OPENMP
#include <omp.h>
#endif

#include <ATen/Parallel.h>
#include <ATen/autocast_mode.h>
#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"

namespace xlfuse::model {
namespace {

torch::nn::Linear make_linear(int64_t in, int64_t out) { return torch::nn::Linear(torch::nn::LinearOptions(in, out)); }

torch::nn::LayerNorm make_layer_norm(const io::BertConfig& config) {
  return torch::nn::LayerNorm(
      torch::nn::LayerNormOptions({config.hidden_size}).eps(config.layer_norm_eps).elementwise_affine(true));
}

// One GEMM: x [N, in] -> [N, out].
torch::Tensor linear2d(const torch::Tensor& x, const torch::nn::Linear& layer) {
  return torch::addmm(layer->bias, x, layer->weight.t());
}

// LayerNorm in the weights' dtype (fp32): under bf16 autocast its input may arrive in bf16, which
// libtorch 1.13's CPU layer_norm refuses with fp32 weights (autocast has no rule for it); the
// statistics are better in fp32 anyway, and the residual stream stays fp32 as in HF under autocast.
torch::Tensor layer_norm(const torch::Tensor& x, const torch::nn::LayerNorm& ln) {
  const auto& opt = ln->options;
  const auto& input = x.scalar_type() == ln->weight.scalar_type() ? x : x.to(ln->weight.scalar_type());
  return torch::layer_norm(input, opt.normalized_shape(), ln->weight, ln->bias, opt.eps());
}

// dropout(x W^T + b) + residual. Without dropout the residual is the GEMM's accumulator
// (addmm(residual, x, W^T), then the bias in place): no separate [N, out] pass and no temporary.
// The in-place add is autograd-safe (addmm's backward does not need its output). Under autocast
// the fold would round the fp32 residual to bf16 (autocast casts every addmm input), so the sum
// is taken outside the GEMM, in fp32, as HF does.
torch::Tensor dense_dropout_residual(const torch::Tensor& x, const torch::nn::Linear& layer,
                                     const torch::Tensor& residual, double dropout_prob, bool training) {
  if (training && dropout_prob > 0.0)
    return torch::dropout(linear2d(x, layer), dropout_prob, training) + residual;
  if (at::autocast::is_cpu_enabled()) return linear2d(x, layer) + residual;
  return torch::addmm(residual, x, layer->weight.t()).add_(layer->bias);
}

// Runs the enclosed libtorch ops with one intra-op thread, then restores the count. For the
// attention batched matmuls: libtorch 1.13's CPU bmm calls sgemm once per (batch, head), and each
// [T, D] x [D, T] call is large enough for OpenBLAS-openmp to open a parallel region, so with 2+
// threads the fork/join cost dwarfs the arithmetic (measured 12.5 s -> 1.1 s per BERT-base forward,
// batch 32 x 128, 2 threads; docs/performance.md).
// The count is set through OpenMP itself: both libtorch's OpenMP backend and OpenBLAS-openmp read
// omp_get_max_threads() per call, and at::set_num_threads would also rebuild libtorch's pthreadpool
// each time (measured 16-17 ms per toggle pair against 0.2 ms, bench/bench_thread_toggle.cc).
class SerialBlas {
 public:
  SerialBlas() : threads_(max_threads()) {
    if (threads_ > 1) set_threads(1);
  }
  ~SerialBlas() {
    if (threads_ > 1) set_threads(threads_);
  }
  SerialBlas(const SerialBlas&) = delete;
  SerialBlas& operator=(const SerialBlas&) = delete;

 private:
#ifdef _OPENMP
  static int max_threads() { return omp_get_max_threads(); }
  static void set_threads(int n) { omp_set_num_threads(n); }
#else
  static int max_threads() { return at::get_num_threads(); }
  static void set_threads(int n) { at::set_num_threads(n); }
#endif
  int threads_;
};

}  // namespace

// ---------------------------------------------------------------------------------------------
BertEmbeddingsImpl::BertEmbeddingsImpl(const io::BertConfig& config)
    : dropout_prob(config.hidden_dropout_prob),
      roberta_positions(io::uses_roberta_positions(config.model_type)),
      padding_idx(config.pad_token_id) {
  torch::nn::EmbeddingOptions word_opts(config.vocab_size, config.hidden_size);
  if (config.pad_token_id >= 0 && config.pad_token_id < config.vocab_size) word_opts.padding_idx(config.pad_token_id);
  word_embeddings = register_module("word_embeddings", torch::nn::Embedding(word_opts));
  position_embeddings = register_module(
      "position_embeddings", torch::nn::Embedding(config.max_position_embeddings, config.hidden_size));
  token_type_embeddings =
      register_module("token_type_embeddings", torch::nn::Embedding(config.type_vocab_size, config.hidden_size));
  LayerNorm = register_module("LayerNorm", make_layer_norm(config));
}

torch::Tensor BertEmbeddingsImpl::forward(const torch::Tensor& input_ids, const torch::Tensor& token_type_ids) {
  if (roberta_positions) return forward_roberta(input_ids, token_type_ids);
  const int64_t seq = input_ids.size(1);
  const int64_t max_pos = position_embeddings->weight.size(0);
  TORCH_CHECK(seq <= max_pos, "sequence length ", seq, " exceeds max_position_embeddings ", max_pos);
  auto embeddings = torch::embedding(word_embeddings->weight, input_ids);
  torch::Tensor types = token_type_ids.defined() ? token_type_ids : torch::zeros_like(input_ids);
  embeddings = embeddings + torch::embedding(token_type_embeddings->weight, types);
  // Positions 0..T-1: a slice of the table, broadcast over the batch (HF's position_ids buffer).
  embeddings = embeddings + position_embeddings->weight.narrow(0, 0, seq);
  embeddings = layer_norm(embeddings, LayerNorm);
  return torch::dropout(embeddings, dropout_prob, is_training());
}

torch::Tensor BertEmbeddingsImpl::forward_roberta(const torch::Tensor& input_ids, const torch::Tensor& token_type_ids) {
  const int64_t seq = input_ids.size(1);
  const int64_t max_pos = position_embeddings->weight.size(0);
  const torch::Tensor positions = roberta_position_ids(input_ids, padding_idx);
  // Only a row with more than max_pos - padding_idx - 1 real tokens overflows the table; wider
  // (padded) batches are fine, as in HF.
  const int64_t max_tokens = max_pos - padding_idx - 1;
  if (seq > max_tokens && input_ids.numel() > 0) {
    const int64_t top = positions.max().item<int64_t>();
    if (top >= max_pos)
      throw std::invalid_argument(fmt::format(
          "an input of {} tokens (not counting padding) needs position id {}, but the position table has {} rows "
          "(max_position_embeddings): this model takes at most {} tokens per sequence (max_position_embeddings {} - "
          "pad_token_id {} - 1)",
          top - padding_idx, top, max_pos, max_tokens, max_pos, padding_idx));
  }
  // HF's XLMRobertaEmbeddings: word + token type, then + position; both embeddings with padding_idx.
  auto embeddings = torch::embedding(word_embeddings->weight, input_ids, padding_idx);
  if (token_type_embeddings->weight.size(0) == 1) {
    // One token type (XLM-R): every position adds row 0.
    if (token_type_ids.defined() && token_type_ids.numel() > 0) {
      const int64_t top = token_type_ids.max().item<int64_t>();
      const int64_t low = token_type_ids.min().item<int64_t>();
      if (top != 0 || low != 0)
        throw std::invalid_argument(fmt::format(
            "token_type_ids must all be 0: the model has one token type (type_vocab_size 1, as XLM-R), got ids in "
            "[{}, {}]",
            low, top));
    }
    embeddings = embeddings + token_type_embeddings->weight[0];
  } else {
    torch::Tensor types = token_type_ids.defined() ? token_type_ids : torch::zeros_like(input_ids);
    embeddings = embeddings + torch::embedding(token_type_embeddings->weight, types);
  }
  embeddings = embeddings + torch::embedding(position_embeddings->weight, positions, padding_idx);
  embeddings = layer_norm(embeddings, LayerNorm);
  return torch::dropout(embeddings, dropout_prob, is_training());
}

// ---------------------------------------------------------------------------------------------
BertSelfAttentionImpl::BertSelfAttentionImpl(const io::BertConfig& config)
    : num_heads(config.num_attention_heads),
      head_size(config.hidden_size / config.num_attention_heads),
      dropout_prob(config.attention_probs_dropout_prob) {
  if (config.hidden_size % config.num_attention_heads != 0)
    throw ConfigError(fmt::format("hidden_size {} is not a multiple of num_attention_heads {}", config.hidden_size,
                                  config.num_attention_heads));
  const int64_t e = config.hidden_size;
  query = register_module("query", make_linear(e, e));
  key = register_module("key", make_linear(e, e));
  value = register_module("value", make_linear(e, e));
  // Move the three projections into one buffer and make the parameters views of it.
  torch::NoGradGuard no_grad;
  qkv_weight_ = torch::cat({query->weight, key->weight, value->weight}, 0).contiguous();
  qkv_bias_ = torch::cat({query->bias, key->bias, value->bias}, 0).contiguous();
  torch::nn::Linear* parts[] = {&query, &key, &value};
  for (int64_t i = 0; i < 3; ++i) {
    (*parts[i])->weight.set_data(qkv_weight_.narrow(0, i * e, e));
    (*parts[i])->bias.set_data(qkv_bias_.narrow(0, i * e, e));
  }
}

bool BertSelfAttentionImpl::fused_qkv_intact() const {
  if (!qkv_weight_.defined()) return false;
  const torch::Tensor* w[] = {&query->weight, &key->weight, &value->weight};
  const torch::Tensor* b[] = {&query->bias, &key->bias, &value->bias};
  const int64_t e = qkv_bias_.size(0) / 3;
  auto* wbase = static_cast<const char*>(qkv_weight_.data_ptr());
  auto* bbase = static_cast<const char*>(qkv_bias_.data_ptr());
  for (int64_t i = 0; i < 3; ++i) {
    if (w[i]->device() != qkv_weight_.device() || w[i]->scalar_type() != qkv_weight_.scalar_type()) return false;
    if (b[i]->device() != qkv_bias_.device() || b[i]->scalar_type() != qkv_bias_.scalar_type()) return false;
    if (!w[i]->is_contiguous() || !b[i]->is_contiguous()) return false;
    const size_t elem = qkv_weight_.element_size();
    if (w[i]->data_ptr() != wbase + i * e * e * elem) return false;
    if (b[i]->data_ptr() != bbase + i * e * elem) return false;
  }
  return true;
}

torch::Tensor BertSelfAttentionImpl::forward(const torch::Tensor& hidden_states, const torch::Tensor& attention_bias,
                                             int64_t batch, int64_t seq) {
  const int64_t e = num_heads * head_size;
  const bool grad = torch::GradMode::is_enabled();
  const bool needs_grad =
      grad && (query->weight.requires_grad() || key->weight.requires_grad() || value->weight.requires_grad());
  // q, k, v as [B*H, T, D], each made contiguous by one copy.
  torch::Tensor q, k, v;
  if (!needs_grad && fused_qkv_intact()) {
    // One GEMM for the three projections: [B*T, 3E], then one copy into [3, B, H, T, D].
    auto qkv = torch::addmm(qkv_bias_, hidden_states, qkv_weight_.t());
    auto split = qkv.view({batch, seq, 3, num_heads, head_size}).permute({2, 0, 3, 1, 4}).contiguous();
    q = split[0].view({batch * num_heads, seq, head_size});
    k = split[1].view({batch * num_heads, seq, head_size});
    v = split[2].view({batch * num_heads, seq, head_size});
  } else {
    auto heads = [&](const torch::Tensor& t) {
      return t.view({batch, seq, num_heads, head_size}).permute({0, 2, 1, 3}).reshape({batch * num_heads, seq, head_size});
    };
    q = heads(linear2d(hidden_states, query));
    k = heads(linear2d(hidden_states, key));
    v = heads(linear2d(hidden_states, value));
  }
  const double scale = 1.0 / std::sqrt(static_cast<double>(head_size));
  torch::Tensor scores;  // [B*H, T, T]
  {
    SerialBlas serial;
    if (attention_bias.defined() && attention_bias.dim() == 4) {
      // [B, 1, 1, T] -> [B*H, 1, T] (small), broadcast over the query positions by baddbmm:
      // scores = bias + scale * q.k^T in one pass. (A [B or 1, H or 1, T, T] bias works too.)
      const int64_t rows = attention_bias.size(2);
      auto bias_bh =
          attention_bias.expand({batch, num_heads, rows, seq}).reshape({batch * num_heads, rows, seq});
      // Under bf16 autocast baddbmm casts the bias to q's dtype: float32's lowest would round
      // to -inf there, so clamp it to that dtype's lowest first (HF: finfo(dtype).min).
      if (q.scalar_type() == torch::kBFloat16 && bias_bh.scalar_type() == torch::kFloat)
        bias_bh = bias_bh.clamp_min(static_cast<double>(std::numeric_limits<c10::BFloat16>::lowest()));
      scores = torch::baddbmm(bias_bh, q, k.transpose(1, 2), /*beta=*/1.0, /*alpha=*/scale);
    } else if (attention_bias.defined()) {
      scores = torch::bmm(q, k.transpose(1, 2)).mul_(scale);
      scores = (scores.view({batch, num_heads, seq, seq}) + attention_bias).view({batch * num_heads, seq, seq});
    } else {
      scores = torch::bmm(q, k.transpose(1, 2)).mul_(scale);
    }
  }
  torch::Tensor probs;
  if (grad) {
    probs = torch::softmax(scores, -1);
  } else {
    probs = torch::_softmax_out(scores, scores, -1, false);  // in place
  }
  probs = torch::dropout(probs, dropout_prob, is_training());
  torch::Tensor context;  // [B*H, T, D]
  {
    SerialBlas serial;
    context = torch::bmm(probs, v);
  }
  return context.view({batch, num_heads, seq, head_size}).permute({0, 2, 1, 3}).reshape({batch * seq, e});
}

// ---------------------------------------------------------------------------------------------
BertSelfOutputImpl::BertSelfOutputImpl(const io::BertConfig& config) : dropout_prob(config.hidden_dropout_prob) {
  dense = register_module("dense", make_linear(config.hidden_size, config.hidden_size));
  LayerNorm = register_module("LayerNorm", make_layer_norm(config));
}

torch::Tensor BertSelfOutputImpl::forward(const torch::Tensor& hidden_states, const torch::Tensor& input_tensor) {
  return layer_norm(dense_dropout_residual(hidden_states, dense, input_tensor, dropout_prob, is_training()), LayerNorm);
}

BertAttentionImpl::BertAttentionImpl(const io::BertConfig& config) {
  self = register_module("self", BertSelfAttention(config));
  output = register_module("output", BertSelfOutput(config));
}

torch::Tensor BertAttentionImpl::forward(const torch::Tensor& hidden_states, const torch::Tensor& attention_bias,
                                         int64_t batch, int64_t seq) {
  return output->forward(self->forward(hidden_states, attention_bias, batch, seq), hidden_states);
}

BertIntermediateImpl::BertIntermediateImpl(const io::BertConfig& config) {
  if (config.hidden_act != "gelu")
    throw ConfigError(fmt::format("hidden_act: expected \"gelu\", got \"{}\"", config.hidden_act));
  dense = register_module("dense", make_linear(config.hidden_size, config.intermediate_size));
}

torch::Tensor BertIntermediateImpl::forward(const torch::Tensor& hidden_states) {
  auto h = linear2d(hidden_states, dense);
  if (torch::GradMode::is_enabled()) return torch::gelu(h);  // exact (erf) GELU
  return torch::gelu_(h);  // in place: no second [B*T, I] buffer
}

BertOutputImpl::BertOutputImpl(const io::BertConfig& config) : dropout_prob(config.hidden_dropout_prob) {
  dense = register_module("dense", make_linear(config.intermediate_size, config.hidden_size));
  LayerNorm = register_module("LayerNorm", make_layer_norm(config));
}

torch::Tensor BertOutputImpl::forward(const torch::Tensor& hidden_states, const torch::Tensor& input_tensor) {
  return layer_norm(dense_dropout_residual(hidden_states, dense, input_tensor, dropout_prob, is_training()), LayerNorm);
}

BertLayerImpl::BertLayerImpl(const io::BertConfig& config) {
  attention = register_module("attention", BertAttention(config));
  intermediate = register_module("intermediate", BertIntermediate(config));
  output = register_module("output", BertOutput(config));
}

torch::Tensor BertLayerImpl::forward(const torch::Tensor& hidden_states, const torch::Tensor& attention_bias,
                                     int64_t batch, int64_t seq) {
  auto attention_output = attention->forward(hidden_states, attention_bias, batch, seq);
  return output->forward(intermediate->forward(attention_output), attention_output);
}

BertEncoderImpl::BertEncoderImpl(const io::BertConfig& config) {
  layer = register_module("layer", torch::nn::ModuleList());
  for (int64_t i = 0; i < config.num_hidden_layers; ++i) layer->push_back(BertLayer(config));
}

BertLayer BertEncoderImpl::at(size_t index) const { return BertLayer(layer->ptr<BertLayerImpl>(index)); }

BertPoolerImpl::BertPoolerImpl(const io::BertConfig& config) {
  dense = register_module("dense", make_linear(config.hidden_size, config.hidden_size));
}

torch::Tensor BertPoolerImpl::forward(const torch::Tensor& hidden_states) {
  auto first = hidden_states.select(1, 0);
  return torch::tanh(torch::nn::functional::linear(first, dense->weight, dense->bias));
}

// ---------------------------------------------------------------------------------------------
torch::Tensor EncoderOutput::last() const {
  for (auto it = hidden_states.rbegin(); it != hidden_states.rend(); ++it)
    if (it->defined()) return *it;
  return {};
}

torch::Tensor roberta_position_ids(const torch::Tensor& input_ids, int64_t padding_idx) {
  TORCH_CHECK(input_ids.dim() == 2, "input_ids must be [batch, seq], got ", input_ids.sizes());
  const auto mask = input_ids.ne(padding_idx).to(torch::kLong);
  return torch::cumsum(mask, 1).mul_(mask).add_(padding_idx);
}

torch::Tensor make_attention_bias(const torch::Tensor& attention_mask) {
  TORCH_CHECK(attention_mask.dim() == 2, "attention_mask must be [batch, seq], got ", attention_mask.sizes());
  auto mask = attention_mask.to(torch::kFloat);
  auto bias = (1.0 - mask) * static_cast<double>(std::numeric_limits<float>::lowest());
  return bias.view({mask.size(0), 1, 1, mask.size(1)});
}

BertModelImpl::BertModelImpl(const io::BertConfig& config, bool add_pooler) : config_(config) {
  config_.validate();
  embeddings = register_module("embeddings", BertEmbeddings(config_));
  encoder = register_module("encoder", BertEncoder(config_));
  if (add_pooler) pooler = register_module("pooler", BertPooler(config_));
}

EncoderOutput BertModelImpl::forward(const torch::Tensor& input_ids, const torch::Tensor& attention_mask,
                                     const torch::Tensor& token_type_ids, const ForwardOptions& options) {
  TORCH_CHECK(input_ids.dim() == 2, "input_ids must be [batch, seq], got ", input_ids.sizes());
  const int64_t batch = input_ids.size(0), seq = input_ids.size(1);
  TORCH_CHECK(!attention_mask.defined() || attention_mask.sizes() == input_ids.sizes(),
              "attention_mask must have the shape of input_ids ", input_ids.sizes(), ", got ", attention_mask.sizes());
  TORCH_CHECK(!token_type_ids.defined() || token_type_ids.sizes() == input_ids.sizes(),
              "token_type_ids must have the shape of input_ids ", input_ids.sizes(), ", got ", token_type_ids.sizes());
  const int64_t num_layers = static_cast<int64_t>(encoder->size());
  int64_t stop = num_layers;
  if (!options.all_hidden_states && options.layer != -1) {
    if (options.layer < 0 || options.layer > num_layers)
      throw std::invalid_argument(
          fmt::format("layer {} out of range: valid layers are 0..{} (0 = embeddings)", options.layer, num_layers));
    stop = options.layer;
  }
  const auto ids = input_ids.to(torch::kLong);
  const auto types = token_type_ids.defined() ? token_type_ids.to(torch::kLong) : torch::Tensor();
  const auto bias = make_attention_bias(attention_mask.defined() ? attention_mask : torch::ones_like(ids));

  EncoderOutput out;
  out.hidden_states.resize(num_layers + 1);
  const int64_t hidden = config_.hidden_size;
  auto h = embeddings->forward(ids, types);
  if (options.all_hidden_states || stop == 0) out.hidden_states[0] = h;
  auto x = h.reshape({batch * seq, hidden});
  for (int64_t i = 0; i < stop; ++i) {
    x = encoder->at(i)->forward(x, bias, batch, seq);
    if (options.all_hidden_states || i + 1 == stop) out.hidden_states[i + 1] = x.view({batch, seq, hidden});
  }
  if (options.pooled && has_pooler() && stop == num_layers) out.pooled = pooler->forward(x.view({batch, seq, hidden}));
  return out;
}

}  // namespace xlfuse::model
