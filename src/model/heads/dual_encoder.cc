#include "xlfuse/model/heads/dual_encoder.h"

#include <cmath>

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"

namespace xlfuse::model {
namespace {
torch::Tensor l2_normalise(const torch::Tensor& x) {
  return torch::nn::functional::normalize(x, torch::nn::functional::NormalizeFuncOptions().p(2).dim(1));
}
}  // namespace

DualEncoderHeadImpl::DualEncoderHeadImpl(const io::BertConfig& /*config*/, const HeadOptions& options)
    : initial_logit_scale(options.logit_scale) {
  if (!(options.logit_scale > 0) || !std::isfinite(options.logit_scale))
    throw ConfigError(fmt::format("logit_scale: expected a positive finite number, got {}", options.logit_scale));
  logit_scale = register_parameter("logit_scale", torch::full({1}, initial_logit_scale));
}

void DualEncoderHeadImpl::init_weights(double /*initializer_range*/) {
  torch::NoGradGuard no_grad;
  logit_scale.fill_(initial_logit_scale);
}

TaskOutput DualEncoderHeadImpl::forward(const EncodeFn& encode, const TaskInputs& inputs) {
  TORCH_CHECK(inputs.input_ids.dim() == 2, "dual_encoder: input_ids must be [batch, seq], got ",
              inputs.input_ids.sizes());
  TaskOutput out;
  Encoded queries = encode(inputs.input_ids, inputs.attention_mask, inputs.token_type_ids);
  TORCH_CHECK(queries.pooled.defined(), "dual_encoder: the encoder gave no pooled output");
  out.embeddings = l2_normalise(queries.pooled);
  if (!inputs.candidate_input_ids.defined()) return out;  // encoding only

  TORCH_CHECK(inputs.candidate_input_ids.dim() == 2, "dual_encoder: candidate_input_ids must be [batch, seq], got ",
              inputs.candidate_input_ids.sizes());
  Encoded candidates =
      encode(inputs.candidate_input_ids, inputs.candidate_attention_mask, inputs.candidate_token_type_ids);
  out.candidate_embeddings = l2_normalise(candidates.pooled);
  out.logits = torch::matmul(out.embeddings, out.candidate_embeddings.t()) * logit_scale;  // [B, B']
  const int64_t batch = out.logits.size(0);
  torch::Tensor labels;
  if (inputs.labels.defined()) {
    TORCH_CHECK(inputs.labels.numel() == batch, "dual_encoder: labels must be [batch] = [", batch, "], got ",
                inputs.labels.sizes());
    labels = inputs.labels.reshape({-1}).to(torch::kLong);
  } else {
    TORCH_CHECK(out.logits.size(1) == batch, "dual_encoder: in-batch labels need as many candidates as queries (",
                batch, "), got ", out.logits.size(1), "; pass labels to say which candidate belongs to each query");
    labels = torch::arange(batch, torch::TensorOptions().dtype(torch::kLong).device(out.logits.device()));
  }
  out.loss = torch::nn::functional::cross_entropy(out.logits, labels);
  return out;
}

}  // namespace xlfuse::model
