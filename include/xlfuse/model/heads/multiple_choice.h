#pragma once
// HF's BertForMultipleChoice head: input [B, C, T] is flattened to [B*C, T] and encoded; each
// choice's pooled [CLS] -> dropout -> "classifier" linear(hidden, 1); the scores are viewed as
// [B, C] and the loss is the cross-entropy over the C choices (softmax over choices, not labels).
#include <cstdint>
#include <string>

#include <torch/nn/modules/linear.h>

#include "xlfuse/model/heads/task_head.h"

namespace xlfuse::model {

struct MultipleChoiceHeadImpl : TaskHeadImpl {
  MultipleChoiceHeadImpl(const io::BertConfig& config, const HeadOptions& options);
  HeadKind kind() const override { return HeadKind::MultipleChoice; }
  bool uses_pooler() const override { return true; }
  TaskOutput forward(const EncodeFn& encode, const TaskInputs& inputs) override;

  torch::nn::Linear classifier{nullptr};  // [1, hidden]
  double dropout_prob = 0.1;
};
TORCH_MODULE(MultipleChoiceHead);

}  // namespace xlfuse::model
