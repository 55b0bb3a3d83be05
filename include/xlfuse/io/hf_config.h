#pragma once
// HuggingFace config.json for model_type "bert": the fields the encoder needs, read leniently
// (unknown keys kept but ignored), unsupported values refused with a clear message.
// A missing "model_type" is accepted with a warning (Google's original bert_config.json files have
// none); any other model_type, a position_embedding_type other than "absolute" and a hidden_act
// other than "gelu" are refused. Missing fields take HF's defaults (the values below).
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace xlfuse::io {

struct BertConfig {
  int64_t vocab_size = 30522;
  int64_t hidden_size = 768;
  int64_t num_hidden_layers = 12;
  int64_t num_attention_heads = 12;
  int64_t intermediate_size = 3072;
  // Only "gelu" (erf) is supported; "gelu_new"/"gelu_pytorch_tanh" are refused.
  std::string hidden_act = "gelu";
  double hidden_dropout_prob = 0.1;
  double attention_probs_dropout_prob = 0.1;
  int64_t max_position_embeddings = 512;
  int64_t type_vocab_size = 2;
  double layer_norm_eps = 1e-12;
  int64_t pad_token_id = 0;
  double initializer_range = 0.02;
  // The whole original JSON, so that a written config keeps what other tools put there
  // (id2label, architectures, ...).
  nlohmann::json raw;

  // Throws ConfigError naming the field, the expected and the found value.
  void validate() const;
};

// Parses config.json; `source` names the file in error messages.
BertConfig bert_config_from_json(const nlohmann::json& j, const std::string& source = "config.json");
BertConfig read_bert_config(const std::string& path);
nlohmann::json to_json(const BertConfig& config);  // raw with the known fields overwritten
void write_bert_config(const std::string& path, const BertConfig& config);  // atomic

}  // namespace xlfuse::io
