#pragma once
// XTREME's BertForRetrieval (Mewsli-X, LAReQA): one shared tower encodes queries and candidates;
// an encoding is the L2-normalised pooled output; logits = cosine similarity x "logit_scale" (a
// learnable [1] parameter, XTREME's name, initialised to 100); loss = in-batch softmax
// cross-entropy with labels arange(B) (query i's candidate is candidate i).
#include <cstdint>
#include <string>

#include "xlfuse/model/heads/task_head.h"

namespace xlfuse::model {

struct DualEncoderHeadImpl : TaskHeadImpl {
  DualEncoderHeadImpl(const io::BertConfig& config, const HeadOptions& options);
  HeadKind kind() const override { return HeadKind::DualEncoder; }
  bool uses_pooler() const override { return true; }
  TaskOutput forward(const EncodeFn& encode, const TaskInputs& inputs) override;
  // logit_scale is set to its initial value; nothing else to initialise.
  void init_weights(double initializer_range) override;

  torch::Tensor logit_scale;  // [1]
  double initial_logit_scale = 100.0;
};
TORCH_MODULE(DualEncoderHead);

}  // namespace xlfuse::model
