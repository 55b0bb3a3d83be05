// HF's tensor names per model family. See checkpoint_names.h.
#include "xlfuse/model/checkpoint_names.h"

namespace xlfuse::model {

namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

}  // namespace

std::vector<NameRule> checkpoint_name_rules(io::ModelType type) {
  if (type == io::ModelType::Bert) return {};
  // HF's RobertaForMaskedLM / XLMRobertaForMaskedLM: roberta.* and lm_head.{dense,layer_norm,bias}
  // (lm_head.decoder.{weight,bias}: the tied copies, when stored at all).
  return {{"bert.", "roberta."},
          {"cls.predictions.transform.dense.", "lm_head.dense."},
          {"cls.predictions.transform.LayerNorm.", "lm_head.layer_norm."},
          {"cls.predictions.bias", "lm_head.bias"},
          {"cls.predictions.decoder.", "lm_head.decoder."}};
}

std::vector<NameRule> checkpoint_name_rules(io::ModelType type, HeadKind head) {
  std::vector<NameRule> rules;
  if (type != io::ModelType::Bert && head == HeadKind::SequenceClassification) {
    // HF's RobertaClassificationHead: dense + tanh on <s>, then out_proj; the encoder has no
    // pooler. xlfuse's pooler + classifier compute the same (in eval mode).
    rules.push_back({"bert.pooler.dense.", "classifier.dense."});
    rules.push_back({"classifier.", "classifier.out_proj."});
  }
  for (auto& rule : checkpoint_name_rules(type)) rules.push_back(std::move(rule));
  return rules;
}

std::string to_checkpoint_name(const std::string& internal, const std::vector<NameRule>& rules) {
  for (const auto& rule : rules)
    if (starts_with(internal, rule.internal)) return rule.checkpoint + internal.substr(rule.internal.size());
  return internal;
}

std::string from_checkpoint_name(const std::string& checkpoint, const std::vector<NameRule>& rules) {
  for (const auto& rule : rules)
    if (starts_with(checkpoint, rule.checkpoint)) return rule.internal + checkpoint.substr(rule.checkpoint.size());
  return checkpoint;
}

std::string encoder_prefix(io::ModelType type) { return type == io::ModelType::Bert ? "bert." : "roberta."; }

std::string pretraining_head_prefix(io::ModelType type) { return type == io::ModelType::Bert ? "cls." : "lm_head."; }

std::string hf_class_name(const std::string& bert_class, io::ModelType type) {
  const std::string family = type == io::ModelType::XlmRoberta ? "XLMRoberta"
                             : type == io::ModelType::Roberta  ? "Roberta"
                                                               : "Bert";
  if (starts_with(bert_class, "Bert")) return family + bert_class.substr(4);
  return bert_class;
}

}  // namespace xlfuse::model
