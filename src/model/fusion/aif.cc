// AIF / iAFF layer fusion (see include/xlfuse/model/fusion/aif.h for the formulas and sources).
#include "xlfuse/model/fusion/aif.h"

#include <stdexcept>

#include <fmt/format.h>
#include <torch/torch.h>

namespace xlfuse::model {

namespace {

const torch::Tensor& hidden_state(const EncoderOutput& out, int64_t index, FusionKind fusion) {
  const std::string kind = to_string(fusion);
  TORCH_CHECK(index >= 0 && index < static_cast<int64_t>(out.hidden_states.size()) && out.hidden_states[index].defined(),
              kind, " fusion: hidden state ", index, " was not computed (run the encoder with the representation's "
              "encoder_options())");
  return out.hidden_states[index];
}

}  // namespace

// ---------------------------------------------------------------------------------------------
AffBranchImpl::AffBranchImpl(int64_t channels, int64_t inner_channels, FusionNorm norm,
                             double layer_norm_eps) {
  conv1 = register_module("conv1", torch::nn::Linear(channels, inner_channels));
  if (norm == FusionNorm::Batch)
    bn1 = register_module("norm1", torch::nn::BatchNorm1d(inner_channels));  // momentum 0.1, eps 1e-5
  else
    ln1 = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({inner_channels}).eps(layer_norm_eps)));
  conv2 = register_module("conv2", torch::nn::Linear(inner_channels, channels));
  if (norm == FusionNorm::Batch)
    bn2 = register_module("norm2", torch::nn::BatchNorm1d(channels));
  else
    ln2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({channels}).eps(layer_norm_eps)));
}

torch::Tensor AffBranchImpl::normalise(const torch::Tensor& in, torch::nn::BatchNorm1d& bn, torch::nn::LayerNorm& ln) {
  // Under bf16 autocast the convolution's output is bf16; libtorch 1.13's CPU norms refuse a bf16
  // input with fp32 weights (autocast has no rule for them), so the norms run in fp32.
  const auto dtype = ln.is_empty() ? bn->weight.scalar_type() : ln->weight.scalar_type();
  const torch::Tensor x = in.scalar_type() == dtype ? in : in.to(dtype);
  if (!ln.is_empty()) return ln->forward(x);
  if (is_training() && x.size(0) < 2) {
    // One value per channel has no batch variance: normalise with the running statistics and leave
    // them as they are (torch's BatchNorm would refuse the batch).
    const auto& o = bn->options;
    return torch::batch_norm(x, bn->weight, bn->bias, bn->running_mean, bn->running_var, /*training=*/false,
                             o.momentum().value_or(0.1), o.eps(), /*cudnn_enabled=*/false);
  }
  return bn->forward(x);
}

torch::Tensor AffBranchImpl::forward(const torch::Tensor& x) {
  auto h = torch::relu(normalise(conv1->forward(x), bn1, ln1));
  return normalise(conv2->forward(h), bn2, ln2);
}

void AffBranchImpl::init_weights(double initializer_range) {
  torch::NoGradGuard no_grad;
  for (auto* conv : {&conv1, &conv2}) {
    (*conv)->weight.normal_(0.0, initializer_range);
    (*conv)->bias.zero_();
  }
  for (auto* bn : {&bn1, &bn2}) {
    if (bn->is_empty()) continue;
    (*bn)->weight.fill_(1.0);
    (*bn)->bias.zero_();
    (*bn)->reset_running_stats();
  }
  for (auto* ln : {&ln1, &ln2}) {
    if (ln->is_empty()) continue;
    (*ln)->weight.fill_(1.0);
    (*ln)->bias.zero_();
  }
}

// ---------------------------------------------------------------------------------------------
AifRepresentationImpl::AifRepresentationImpl(const FusionOptions& options, const io::BertConfig& config)
    : options_(options), hidden_size_(config.hidden_size), num_layers_(config.num_hidden_layers) {
  if (options.kind != FusionKind::Aif && options.kind != FusionKind::Iaff)
    throw std::invalid_argument(fmt::format("AifRepresentation: kind must be \"aif\" or \"iaff\", got \"{}\"", options.kind));
  options.validate(config);
  const int64_t inner = hidden_size_ / options.reduction;
  const double eps = config.layer_norm_eps;
  local = register_module("local", AffBranch(hidden_size_, inner, options.norm, eps));
  global = register_module("global", AffBranch(hidden_size_, inner, options.norm, eps));
  if (options.kind == FusionKind::Iaff) {
    local2 = register_module("local2", AffBranch(hidden_size_, inner, options.norm, eps));
    global2 = register_module("global2", AffBranch(hidden_size_, inner, options.norm, eps));
  }
}

ForwardOptions AifRepresentationImpl::encoder_options() const {
  ForwardOptions o;
  o.all_hidden_states = true;  // the last layer and `layer` (ForwardOptions keeps one or all)
  o.pooled = false;
  return o;
}

void AifRepresentationImpl::init_weights(double initializer_range) {
  for (auto* branch : {&local, &global, &local2, &global2})
    if (!branch->is_empty()) (*branch)->init_weights(initializer_range);
}

torch::Tensor AifRepresentationImpl::forward(const EncoderOutput& encoder_output, const torch::Tensor& attention_mask) {
  const torch::Tensor& last = hidden_state(encoder_output, num_layers_, options_.kind);
  const torch::Tensor& lower = hidden_state(encoder_output, options_.layer, options_.kind);
  TORCH_CHECK(last.dim() == 3 && last.sizes() == lower.sizes(), to_string(options_.kind),
              " fusion: expected hidden states [B, T, E] of equal shape, got ", last.sizes(), " and ", lower.sizes());
  const int64_t batch = last.size(0), seq = last.size(1), width = last.size(2);
  const auto x_all = last.reshape({batch * seq, width});
  const auto y_all = lower.reshape({batch * seq, width});

  // Pack the real tokens (row-major, so a sequence's tokens are consecutive and in order): every
  // statistic below then sees the same numbers, in the same order, whatever padding follows.
  torch::Tensor rows, x, y, sequence_of_row;
  if (attention_mask.defined()) {
    TORCH_CHECK(attention_mask.dim() == 2 && attention_mask.size(0) == batch && attention_mask.size(1) == seq,
                to_string(options_.kind), " fusion: attention_mask must be [", batch, ", ", seq, "], got ", attention_mask.sizes());
    rows = attention_mask.reshape({-1}).ne(0).nonzero().squeeze(1).to(last.device());
    x = x_all.index_select(0, rows);
    y = y_all.index_select(0, rows);
    sequence_of_row = torch::div(rows, seq, "floor");
  } else {
    x = x_all;
    y = y_all;
    sequence_of_row =
        torch::arange(batch, torch::TensorOptions().dtype(torch::kLong).device(last.device())).repeat_interleave(seq);
  }
  const auto counts = torch::bincount(sequence_of_row, {}, batch).to(x.scalar_type()).clamp_min(1).unsqueeze(1);

  // W = sigmoid(L(s) + G(s)), G on the per-sequence mean over real tokens, broadcast to its tokens.
  auto attention = [&](const torch::Tensor& s, AffBranch& local_branch, AffBranch& global_branch) {
    auto mean = torch::zeros({batch, width}, s.options()).index_add(0, sequence_of_row, s) / counts;
    auto g = global_branch->forward(mean).index_select(0, sequence_of_row);
    return torch::sigmoid(local_branch->forward(s) + g);
  };
  auto w = attention(x + y, local, global);
  auto z = w * x + (1 - w) * y;  // not y + w * (x - y): w == 1 must give x exactly
  if (!local2.is_empty()) {
    w = attention(z, local2, global2);  // iAFF: the second attention looks at the initial integration
    z = w * x + (1 - w) * y;
  }
  if (options_.double_output) z = 2 * z;
  const auto out = rows.defined() ? x_all.index_copy(0, rows, z) : z;  // pad rows keep X
  return out.view({batch, seq, width});
}

}  // namespace xlfuse::model
