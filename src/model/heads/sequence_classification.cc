#include "xlfuse/model/heads/sequence_classification.h"

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"

namespace xlfuse::model {

SequenceClassificationHeadImpl::SequenceClassificationHeadImpl(const io::BertConfig& config, int64_t num_labels_,
                                                               const HeadOptions& options)
    : num_labels(num_labels_), dropout_prob(resolve_classifier_dropout(options, config)) {
  if (num_labels < 1)
    throw ConfigError(fmt::format("sequence_classification: num_labels must be >= 1 (1 = regression), got {}",
                                  num_labels));
  classifier = register_module("classifier", torch::nn::Linear(config.hidden_size, num_labels));
}

TaskOutput SequenceClassificationHeadImpl::forward(const EncodeFn& encode, const TaskInputs& inputs) {
  TORCH_CHECK(inputs.input_ids.dim() == 2, "sequence_classification: input_ids must be [batch, seq], got ",
              inputs.input_ids.sizes());
  Encoded enc = encode(inputs.input_ids, inputs.attention_mask, inputs.token_type_ids);
  TORCH_CHECK(enc.pooled.defined(), "sequence_classification: the encoder gave no pooled output");
  TaskOutput out;
  out.logits = classifier->forward(torch::dropout(enc.pooled, dropout_prob, is_training()));
  if (inputs.labels.defined()) {
    const int64_t batch = out.logits.size(0);
    TORCH_CHECK(inputs.labels.numel() == batch, "sequence_classification: labels must be [batch] = [", batch,
                "], got ", inputs.labels.sizes());
    if (num_labels == 1) {
      out.loss = torch::mse_loss(out.logits.view({-1}), inputs.labels.reshape({-1}).to(out.logits.scalar_type()));
    } else {
      TORCH_CHECK(!torch::isFloatingType(inputs.labels.scalar_type()),
                  "sequence_classification: labels must be class ids (integers) with num_labels > 1");
      out.loss = torch::nn::functional::cross_entropy(out.logits, inputs.labels.reshape({-1}).to(torch::kLong));
    }
  }
  return out;
}

}  // namespace xlfuse::model
