#include "xlfuse/model/heads/multiple_choice.h"

#include <torch/torch.h>

namespace xlfuse::model {
namespace {
// [B, C, T] -> [B*C, T]; undefined stays undefined.
torch::Tensor flatten_choices(const torch::Tensor& t) { return t.defined() ? t.reshape({-1, t.size(-1)}) : t; }
}  // namespace

MultipleChoiceHeadImpl::MultipleChoiceHeadImpl(const io::BertConfig& config, const HeadOptions& options)
    : dropout_prob(resolve_classifier_dropout(options, config)) {
  classifier = register_module("classifier", torch::nn::Linear(config.hidden_size, 1));
}

TaskOutput MultipleChoiceHeadImpl::forward(const EncodeFn& encode, const TaskInputs& inputs) {
  const auto& ids = inputs.input_ids;
  TORCH_CHECK(ids.dim() == 3, "multiple_choice: input_ids must be [batch, choices, seq], got ", ids.sizes());
  for (const auto* t : {&inputs.attention_mask, &inputs.token_type_ids})
    TORCH_CHECK(!t->defined() || t->sizes() == ids.sizes(), "multiple_choice: attention_mask and token_type_ids must ",
                "have the shape of input_ids ", ids.sizes(), ", got ", t->sizes());
  const int64_t batch = ids.size(0), choices = ids.size(1);
  Encoded enc = encode(flatten_choices(ids), flatten_choices(inputs.attention_mask),
                       flatten_choices(inputs.token_type_ids));
  TORCH_CHECK(enc.pooled.defined(), "multiple_choice: the encoder gave no pooled output");
  TaskOutput out;
  auto scores = classifier->forward(torch::dropout(enc.pooled, dropout_prob, is_training()));  // [B*C, 1]
  out.logits = scores.view({batch, choices});
  if (inputs.labels.defined()) {
    TORCH_CHECK(inputs.labels.numel() == batch, "multiple_choice: labels must be [batch] = [", batch, "], got ",
                inputs.labels.sizes());
    // Softmax over the choices of each example.
    out.loss = torch::nn::functional::cross_entropy(out.logits, inputs.labels.reshape({-1}).to(torch::kLong));
  }
  return out;
}

}  // namespace xlfuse::model
