#pragma once
// HF's BertForTokenClassification head: every token state -> dropout -> "classifier" linear.
// Loss: cross-entropy over the tokens whose label is not -100 ([CLS], [SEP], pads, non-first
// sub-words carry -100).
#include <cstdint>
#include <string>

#include <torch/nn/modules/linear.h>

#include "xlfuse/model/heads/task_head.h"

namespace xlfuse::model {

struct TokenClassificationHeadImpl : TaskHeadImpl {
  // input_size: width of the representation's token states.
  TokenClassificationHeadImpl(const io::BertConfig& config, int64_t num_labels, const HeadOptions& options,
                              int64_t input_size);
  HeadKind kind() const override { return HeadKind::TokenClassification; }
  bool uses_pooler() const override { return false; }
  TaskOutput forward(const EncodeFn& encode, const TaskInputs& inputs) override;

  torch::nn::Linear classifier{nullptr};  // [num_labels, input_size]
  int64_t num_labels = 0;
  double dropout_prob = 0.1;
};
TORCH_MODULE(TokenClassificationHead);

}  // namespace xlfuse::model
