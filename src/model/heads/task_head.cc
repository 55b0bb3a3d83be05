#include "xlfuse/model/heads/task_head.h"

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"

namespace xlfuse::model {
namespace {
bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

TaskInputs to_device(const TaskInputs& in, const torch::Device& device) {
  auto moved = [&](const torch::Tensor& t) { return t.defined() ? t.to(device, /*non_blocking=*/false) : t; };
  TaskInputs out;
  out.input_ids = moved(in.input_ids);
  out.attention_mask = moved(in.attention_mask);
  out.token_type_ids = moved(in.token_type_ids);
  out.labels = moved(in.labels);
  out.start_positions = moved(in.start_positions);
  out.end_positions = moved(in.end_positions);
  out.candidate_input_ids = moved(in.candidate_input_ids);
  out.candidate_attention_mask = moved(in.candidate_attention_mask);
  out.candidate_token_type_ids = moved(in.candidate_token_type_ids);
  return out;
}

void TaskHeadImpl::init_weights(double initializer_range) {
  torch::NoGradGuard no_grad;
  for (auto& item : named_parameters(/*recurse=*/true)) {
    const std::string& name = item.key();
    torch::Tensor p = item.value();
    if (ends_with(name, "LayerNorm.weight"))
      p.fill_(1.0);
    else if (name == "bias" || ends_with(name, ".bias"))
      p.zero_();
    else
      p.normal_(0.0, initializer_range);
  }
}

double resolve_classifier_dropout(const HeadOptions& options, const io::BertConfig& config) {
  if (options.classifier_dropout >= 0) {
    if (options.classifier_dropout >= 1)
      throw ConfigError(fmt::format("classifier_dropout: expected a probability in [0, 1), got {}",
                                    options.classifier_dropout));
    return options.classifier_dropout;
  }
  if (config.raw.is_object()) {
    auto it = config.raw.find("classifier_dropout");
    if (it != config.raw.end() && it->is_number()) {
      const double p = it->get<double>();
      if (p < 0 || p >= 1)
        throw ConfigError(fmt::format("config.json: classifier_dropout: expected a probability in [0, 1), got {}", p));
      return p;
    }
  }
  return config.hidden_dropout_prob;
}

}  // namespace xlfuse::model
