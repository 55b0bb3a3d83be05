#pragma once
// HuggingFace config.json of the BERT-architecture encoders: model_type "bert", "xlm-roberta" and
// "roberta" (the same post-LayerNorm transformer; RoBERTa's position ids start after the padding
// id and it has one token type). The fields the encoder needs are read leniently (unknown keys
// kept but ignored), unsupported values refused with a clear message.
// A missing "model_type" is taken as "bert" with a warning (Google's original bert_config.json
// files have none, and HF's BertConfig does not need it) unless "architectures" names a RoBERTa
// class, which needs the model_type; any other model_type is a FormatError. A
// position_embedding_type other than "absolute" and a hidden_act other than "gelu" are refused.
// Missing fields take HF's BertConfig defaults (the values below), also for XLM-R: its
// config.json always states them.
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "xlfuse/core/enum_names.h"

namespace xlfuse::io {

// config.json's "model_type": which family of HF model the checkpoint is.
enum class ModelType {
  Bert,        // "bert": BertModel (mBERT)
  XlmRoberta,  // "xlm-roberta": XLMRobertaModel (position ids from the input ids, one token type)
  Roberta,     // "roberta": RobertaModel (the same encoder as XLM-R; its BPE tokenizer is not supported)
};
const EnumTable<ModelType>& model_type_names();
std::string to_string(ModelType type);
// Whether the family numbers positions RoBERTa's way (padding_idx + 1, 2, ...; padding at padding_idx).
bool uses_roberta_positions(ModelType type);

struct BertConfig {
  // Which HF model family (config.json "model_type"); written back.
  ModelType model_type = ModelType::Bert;
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
  // The longest input (special tokens included) the position table holds:
  // max_position_embeddings for BERT; max_position_embeddings - pad_token_id - 1 for (XLM-)RoBERTa,
  // whose positions run pad_token_id + 1 ... pad_token_id + length (XLM-R base: 514 - 1 - 1 = 512).
  int64_t max_sequence_length() const;
};

// Parses config.json; `source` names the file in error messages.
BertConfig bert_config_from_json(const nlohmann::json& j, const std::string& source = "config.json");
BertConfig read_bert_config(const std::string& path);
nlohmann::json to_json(const BertConfig& config);  // raw with the known fields overwritten
void write_bert_config(const std::string& path, const BertConfig& config);  // atomic

}  // namespace xlfuse::io

XLFUSE_ENUM_FORMATTER(xlfuse::io::ModelType);
