#include "xlfuse/model/heads/token_classification.h"

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"

namespace xlfuse::model {

TokenClassificationHeadImpl::TokenClassificationHeadImpl(const io::BertConfig& config, int64_t num_labels_,
                                                         const HeadOptions& options, int64_t input_size)
    : num_labels(num_labels_), dropout_prob(resolve_classifier_dropout(options, config)) {
  if (num_labels < 1)
    throw ConfigError(fmt::format("token_classification: num_labels must be >= 1, got {}", num_labels));
  classifier = register_module("classifier", torch::nn::Linear(input_size, num_labels));
}

TaskOutput TokenClassificationHeadImpl::forward(const EncodeFn& encode, const TaskInputs& inputs) {
  TORCH_CHECK(inputs.input_ids.dim() == 2, "token_classification: input_ids must be [batch, seq], got ",
              inputs.input_ids.sizes());
  Encoded enc = encode(inputs.input_ids, inputs.attention_mask, inputs.token_type_ids);
  TaskOutput out;
  out.logits = classifier->forward(torch::dropout(enc.states, dropout_prob, is_training()));  // [B, T, L]
  if (inputs.labels.defined()) {
    TORCH_CHECK(inputs.labels.sizes() == inputs.input_ids.sizes(), "token_classification: labels must have the shape ",
                "of input_ids ", inputs.input_ids.sizes(), " (-100 = no loss), got ", inputs.labels.sizes());
    out.loss = torch::nn::functional::cross_entropy(
        out.logits.reshape({-1, num_labels}), inputs.labels.reshape({-1}).to(torch::kLong),
        torch::nn::functional::CrossEntropyFuncOptions().ignore_index(-100));
  }
  return out;
}

}  // namespace xlfuse::model
