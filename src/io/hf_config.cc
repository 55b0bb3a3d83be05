#include "xlfuse/io/hf_config.h"

#include <fmt/format.h>

#include <limits>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/io/atomic_file.h"

namespace xlfuse::io {
namespace {

using nlohmann::json;

std::string brief(const json& value) {
  std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
  constexpr size_t kMax = 60;
  if (text.size() > kMax) text = text.substr(0, kMax) + "...";
  return text;
}

ConfigError wrong_type(const std::string& source, const char* field, const char* expected,
                       const json& found) {
  return ConfigError(fmt::format("{}: field '{}' must be {}, found {} ({})", source, field,
                                 expected, brief(found), found.type_name()));
}

// Each reader leaves `value` at its default when the field is absent (HF does the same).
void read_int(const json& j, const char* field, int64_t& value, const std::string& source) {
  auto it = j.find(field);
  if (it == j.end()) return;
  if (it->is_number_unsigned()) {
    if (it->get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
      throw wrong_type(source, field, "an integer that fits in 64 bits", *it);
    }
    value = static_cast<int64_t>(it->get<uint64_t>());
  } else if (it->is_number_integer()) {
    value = it->get<int64_t>();
  } else {
    throw wrong_type(source, field, "an integer", *it);
  }
}

void read_number(const json& j, const char* field, double& value, const std::string& source) {
  auto it = j.find(field);
  if (it == j.end()) return;
  if (!it->is_number()) throw wrong_type(source, field, "a number", *it);
  value = it->get<double>();
}

void read_string(const json& j, const char* field, std::string& value, const std::string& source) {
  auto it = j.find(field);
  if (it == j.end()) return;
  if (!it->is_string()) throw wrong_type(source, field, "a string", *it);
  value = it->get<std::string>();
}

// The family named by config.json's "model_type" (see hf_config.h for the missing-field rule).
ModelType read_model_type(const json& j, const std::string& source) {
  const std::string accepted = fmt::format("\"{}\"", fmt::join(enum_names(model_type_names()), "\", \""));
  auto it = j.find("model_type");
  if (it == j.end()) {
    // HF's BertConfig needs no model_type, but a RoBERTa checkpoint read as BERT would number
    // its positions wrongly: when "architectures" names a RoBERTa class, the field is required.
    if (auto arch = j.find("architectures"); arch != j.end() && arch->is_array()) {
      for (const auto& a : *arch) {
        if (!a.is_string()) continue;
        const std::string name = a.get<std::string>();
        if (name.rfind("Roberta", 0) == 0 || name.rfind("XLMRoberta", 0) == 0)
          throw FormatError(fmt::format(
              "{}: field 'model_type' is missing, but 'architectures' names {} (a RoBERTa model, whose "
              "position ids differ from BERT's): add \"model_type\": \"xlm-roberta\" (accepted values: {})",
              source, name, accepted));
      }
    }
    XLFUSE_LOG_WARN("[io] {}: no 'model_type' field; assuming \"bert\"", source);
    return ModelType::Bert;
  }
  if (!it->is_string())
    throw FormatError(fmt::format("{}: field 'model_type' must be a string, found {} ({}); accepted values: {}",
                                  source, brief(*it), it->type_name(), accepted));
  const std::string name = it->get<std::string>();
  for (const auto& [type, n] : model_type_names())
    if (n == name) return type;
  throw FormatError(fmt::format(
      "{}: field 'model_type' must be one of {}, found \"{}\" (only BERT-architecture encoders are supported)",
      source, accepted, name));
}

}  // namespace

const EnumTable<ModelType>& model_type_names() {
  static const EnumTable<ModelType> table{
      {ModelType::Bert, "bert"}, {ModelType::XlmRoberta, "xlm-roberta"}, {ModelType::Roberta, "roberta"}};
  return table;
}

std::string to_string(ModelType type) { return enum_name(model_type_names(), type); }

bool uses_roberta_positions(ModelType type) { return type != ModelType::Bert; }

int64_t BertConfig::max_sequence_length() const {
  return uses_roberta_positions(model_type) ? max_position_embeddings - pad_token_id - 1 : max_position_embeddings;
}

void BertConfig::validate() const {
  const auto positive = [](const char* field, int64_t value) {
    if (value <= 0) {
      throw ConfigError(fmt::format("field '{}' must be positive, found {}", field, value));
    }
  };
  positive("vocab_size", vocab_size);
  positive("hidden_size", hidden_size);
  positive("num_hidden_layers", num_hidden_layers);
  positive("num_attention_heads", num_attention_heads);
  positive("intermediate_size", intermediate_size);
  positive("max_position_embeddings", max_position_embeddings);
  positive("type_vocab_size", type_vocab_size);
  if (hidden_size % num_attention_heads != 0) {
    throw ConfigError(
        fmt::format("field 'hidden_size' ({}) must be divisible by 'num_attention_heads' ({})",
                    hidden_size, num_attention_heads));
  }
  if (hidden_act != "gelu") {
    throw ConfigError(fmt::format(
        "field 'hidden_act' must be \"gelu\" (the erf GELU of BERT), found \"{}\"; other "
        "activations are not supported",
        hidden_act));
  }
  const auto probability = [](const char* field, double value) {
    if (!(value >= 0.0 && value < 1.0)) {
      throw ConfigError(fmt::format("field '{}' must be in [0, 1), found {}", field, value));
    }
  };
  probability("hidden_dropout_prob", hidden_dropout_prob);
  probability("attention_probs_dropout_prob", attention_probs_dropout_prob);
  if (!(layer_norm_eps > 0.0)) {
    throw ConfigError(
        fmt::format("field 'layer_norm_eps' must be positive, found {}", layer_norm_eps));
  }
  if (!(initializer_range >= 0.0)) {
    throw ConfigError(
        fmt::format("field 'initializer_range' must be non-negative, found {}", initializer_range));
  }
  if (pad_token_id < 0 || pad_token_id >= vocab_size) {
    throw ConfigError(fmt::format("field 'pad_token_id' must be in [0, vocab_size={}), found {}",
                                  vocab_size, pad_token_id));
  }
  if (uses_roberta_positions(model_type) && max_position_embeddings < pad_token_id + 2) {
    throw ConfigError(fmt::format(
        "field 'max_position_embeddings' must be at least pad_token_id + 2 = {} for model_type \"{}\" (its "
        "positions start at pad_token_id + 1), found {}",
        pad_token_id + 2, to_string(model_type), max_position_embeddings));
  }
}

BertConfig bert_config_from_json(const json& j, const std::string& source) {
  if (!j.is_object()) {
    throw ConfigError(fmt::format("{}: expected a JSON object, found {}", source, j.type_name()));
  }
  const ModelType model_type = read_model_type(j, source);
  if (auto it = j.find("position_embedding_type"); it != j.end()) {
    if (!it->is_string()) throw wrong_type(source, "position_embedding_type", "a string", *it);
    if (it->get<std::string>() != "absolute") {
      throw ConfigError(fmt::format(
          "{}: field 'position_embedding_type' must be \"absolute\", found \"{}\" (relative "
          "position embeddings are not supported)",
          source, it->get<std::string>()));
    }
  }

  BertConfig config;
  config.model_type = model_type;
  // HF's (XLM-)RobertaConfig default: <pad> = 1.
  if (uses_roberta_positions(model_type)) config.pad_token_id = 1;
  read_int(j, "vocab_size", config.vocab_size, source);
  read_int(j, "hidden_size", config.hidden_size, source);
  read_int(j, "num_hidden_layers", config.num_hidden_layers, source);
  read_int(j, "num_attention_heads", config.num_attention_heads, source);
  read_int(j, "intermediate_size", config.intermediate_size, source);
  read_string(j, "hidden_act", config.hidden_act, source);
  read_number(j, "hidden_dropout_prob", config.hidden_dropout_prob, source);
  read_number(j, "attention_probs_dropout_prob", config.attention_probs_dropout_prob, source);
  read_int(j, "max_position_embeddings", config.max_position_embeddings, source);
  read_int(j, "type_vocab_size", config.type_vocab_size, source);
  read_number(j, "layer_norm_eps", config.layer_norm_eps, source);
  read_int(j, "pad_token_id", config.pad_token_id, source);
  read_number(j, "initializer_range", config.initializer_range, source);
  config.raw = j;
  try {
    config.validate();
  } catch (const ConfigError& e) {
    throw ConfigError(fmt::format("{}: {}", source, e.what()));
  }
  return config;
}

BertConfig read_bert_config(const std::string& path) {
  const std::string text = read_file(path);
  json j;
  try {
    j = json::parse(text);
  } catch (const json::exception& e) {
    throw FormatError(fmt::format("{}: not valid JSON: {}", path, e.what()));
  }
  return bert_config_from_json(j, path);
}

json to_json(const BertConfig& config) {
  json j = config.raw.is_object() ? config.raw : json::object();
  j["model_type"] = to_string(config.model_type);
  j["vocab_size"] = config.vocab_size;
  j["hidden_size"] = config.hidden_size;
  j["num_hidden_layers"] = config.num_hidden_layers;
  j["num_attention_heads"] = config.num_attention_heads;
  j["intermediate_size"] = config.intermediate_size;
  j["hidden_act"] = config.hidden_act;
  j["hidden_dropout_prob"] = config.hidden_dropout_prob;
  j["attention_probs_dropout_prob"] = config.attention_probs_dropout_prob;
  j["max_position_embeddings"] = config.max_position_embeddings;
  j["type_vocab_size"] = config.type_vocab_size;
  j["layer_norm_eps"] = config.layer_norm_eps;
  j["pad_token_id"] = config.pad_token_id;
  j["initializer_range"] = config.initializer_range;
  if (!j.contains("position_embedding_type")) j["position_embedding_type"] = "absolute";
  return j;
}

void write_bert_config(const std::string& path, const BertConfig& config) {
  try {
    config.validate();
  } catch (const ConfigError& e) {
    throw ConfigError(fmt::format("{}: refusing to write an invalid config: {}", path, e.what()));
  }
  write_file_atomic(path, to_json(config).dump(2) + "\n");
}

}  // namespace xlfuse::io
