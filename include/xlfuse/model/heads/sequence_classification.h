#pragma once
// HF's BertForSequenceClassification head: pooled [CLS] -> dropout -> "classifier" linear.
// Loss: cross-entropy over num_labels classes, or MSE when num_labels == 1 (regression).
#include <cstdint>
#include <string>

#include <torch/nn/modules/linear.h>

#include "xlfuse/model/heads/task_head.h"

namespace xlfuse::model {

struct SequenceClassificationHeadImpl : TaskHeadImpl {
  SequenceClassificationHeadImpl(const io::BertConfig& config, int64_t num_labels, const HeadOptions& options);
  HeadKind kind() const override { return HeadKind::SequenceClassification; }
  bool uses_pooler() const override { return true; }
  TaskOutput forward(const EncodeFn& encode, const TaskInputs& inputs) override;

  torch::nn::Linear classifier{nullptr};  // [num_labels, hidden]
  int64_t num_labels = 0;
  double dropout_prob = 0.1;
};
TORCH_MODULE(SequenceClassificationHead);

}  // namespace xlfuse::model
