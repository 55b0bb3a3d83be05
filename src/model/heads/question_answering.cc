#include "xlfuse/model/heads/question_answering.h"

#include <torch/torch.h>

namespace xlfuse::model {

QuestionAnsweringHeadImpl::QuestionAnsweringHeadImpl(const io::BertConfig& /*config*/, int64_t input_size) {
  qa_outputs = register_module("qa_outputs", torch::nn::Linear(input_size, 2));
}

TaskOutput QuestionAnsweringHeadImpl::forward(const EncodeFn& encode, const TaskInputs& inputs) {
  TORCH_CHECK(inputs.input_ids.dim() == 2, "question_answering: input_ids must be [batch, seq], got ",
              inputs.input_ids.sizes());
  Encoded enc = encode(inputs.input_ids, inputs.attention_mask, inputs.token_type_ids);
  auto logits = qa_outputs->forward(enc.states);  // [B, T, 2]
  TaskOutput out;
  out.start_logits = logits.select(-1, 0).contiguous();
  out.end_logits = logits.select(-1, 1).contiguous();
  const bool has_start = inputs.start_positions.defined(), has_end = inputs.end_positions.defined();
  TORCH_CHECK(has_start == has_end, "question_answering: give both start_positions and end_positions, or neither");
  if (has_start) {
    const int64_t batch = out.start_logits.size(0), seq = out.start_logits.size(1);
    TORCH_CHECK(inputs.start_positions.numel() == batch && inputs.end_positions.numel() == batch,
                "question_answering: start/end positions must be [batch] = [", batch, "], got ",
                inputs.start_positions.sizes(), " and ", inputs.end_positions.sizes());
    // Positions outside the window are clamped to T and ignored (HF's ignored_index).
    auto opts = torch::nn::functional::CrossEntropyFuncOptions().ignore_index(seq);
    auto start = inputs.start_positions.reshape({-1}).to(torch::kLong).clamp(0, seq);
    auto end = inputs.end_positions.reshape({-1}).to(torch::kLong).clamp(0, seq);
    out.loss = (torch::nn::functional::cross_entropy(out.start_logits, start, opts) +
                torch::nn::functional::cross_entropy(out.end_logits, end, opts)) /
               2;
  }
  return out;
}

}  // namespace xlfuse::model
