#pragma once
// HF's BertForQuestionAnswering head: "qa_outputs" linear(E, 2) on every token gives the start and
// end logits [B, T] (no dropout). Loss: mean of the start and end cross-entropies, with the gold
// positions clamped to [0, T] and T ignored (answers outside the window), as HF does.
#include <cstdint>
#include <string>

#include <torch/nn/modules/linear.h>

#include "xlfuse/model/heads/task_head.h"

namespace xlfuse::model {

struct QuestionAnsweringHeadImpl : TaskHeadImpl {
  // input_size: width of the representation's token states.
  QuestionAnsweringHeadImpl(const io::BertConfig& config, int64_t input_size);
  HeadKind kind() const override { return HeadKind::QuestionAnswering; }
  bool uses_pooler() const override { return false; }
  TaskOutput forward(const EncodeFn& encode, const TaskInputs& inputs) override;

  torch::nn::Linear qa_outputs{nullptr};  // [2, input_size]
};
TORCH_MODULE(QuestionAnsweringHead);

}  // namespace xlfuse::model
