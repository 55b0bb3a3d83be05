// xlfuse.json: reading, writing and loading a whole model folder. See model_dir.h.
#include "xlfuse/model/model_dir.h"

#include <filesystem>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/io/hf_config.h"

namespace xlfuse::model {

namespace fs = std::filesystem;

namespace {

constexpr const char* kInfoFile = "xlfuse.json";

// Keys this struct owns; everything else goes to ModelInfo::extra.
const char* const kOwnKeys[] = {"task", "head_kind", "labels", "fusion", "parent", "seed", "max_seq_length",
                                "lower_case"};

[[noreturn]] void bad_field(const std::string& path, const std::string& key, const std::string& want,
                            const nlohmann::json& found) {
  throw FormatError(fmt::format("{}: field \"{}\": expected {}, found {}", path, key, want,
                                found.is_null() ? std::string("nothing") : std::string(found.type_name())));
}

}  // namespace

void require_model_files(const std::string& dir, const std::string& flag) {
  for (const char* name : {"config.json", "model.safetensors"}) {
    const fs::path path = fs::path(dir) / name;
    if (!fs::is_regular_file(path))
      throw IoError(fmt::format("{} not found: {} (the {} folder needs config.json, model.safetensors and a tokenizer, "
                                "{} or {})",
                                name, path.string(), flag, text::kWordPieceVocabFile, text::kSentencePieceModelFile));
  }
  try {
    text::tokenizer_file(dir);
  } catch (const IoError& e) {
    throw IoError(fmt::format("{} folder: {}", flag, e.what()));
  }
}

std::string vocabulary_mismatch(const std::string& tokenizer_path, int64_t tokenizer_size,
                                const std::string& rows_source, int64_t rows) {
  if (tokenizer_size == rows) return "";
  return fmt::format("vocabulary size mismatch: {} has {} tokens, {}: {} rows; {}", tokenizer_path, tokenizer_size,
                     rows_source, rows,
                     tokenizer_size > rows ? "token ids would index past the embedding matrix"
                                           : "rows no token uses (is it the model's own tokenizer?)");
}

void check_tokenizer_fits_model(const std::string& dir, const text::Tokenizer& tokenizer,
                                const io::BertConfig& config) {
  const std::string problem =
      vocabulary_mismatch(text::tokenizer_file(dir), static_cast<int64_t>(tokenizer.vocab_size()),
                          "the word embeddings (vocab_size in " + (fs::path(dir) / "config.json").string() + ")",
                          config.vocab_size);
  if (!problem.empty()) throw FormatError(problem);
}

bool has_model_info(const std::string& dir) { return fs::is_regular_file(fs::path(dir) / kInfoFile); }

ModelInfo read_model_info(const std::string& dir) {
  const std::string path = (fs::path(dir) / kInfoFile).string();
  if (!fs::is_regular_file(path))
    throw IoError(fmt::format("{} not found: {} is not a model folder written by xlfuse train", path, dir));
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(io::read_file(path));
  } catch (const nlohmann::json::parse_error& e) {
    throw FormatError(fmt::format("{}: invalid JSON: {}", path, e.what()));
  }
  if (!j.is_object()) throw FormatError(fmt::format("{}: expected a JSON object, found {}", path, j.type_name()));
  ModelInfo info;
  auto str = [&](const char* key, std::string& out, bool required) {
    auto it = j.find(key);
    if (it == j.end()) {
      if (required) bad_field(path, key, "a string", nlohmann::json());
      return;
    }
    if (!it->is_string()) bad_field(path, key, "a string", *it);
    out = it->get<std::string>();
  };
  str("task", info.task, true);
  std::string head_kind;
  str("head_kind", head_kind, true);
  try {
    info.head_kind = parse_head_kind(head_kind);
  } catch (const ConfigError& e) {
    throw FormatError(fmt::format("{}: field \"head_kind\": {}", path, e.what()));
  }
  str("parent", info.parent, false);
  if (auto it = j.find("labels"); it != j.end()) {
    if (!it->is_array()) bad_field(path, "labels", "an array of strings", *it);
    for (const auto& l : *it) {
      if (!l.is_string()) bad_field(path, "labels", "an array of strings", l);
      info.labels.push_back(l.get<std::string>());
    }
  }
  if (auto it = j.find("fusion"); it != j.end()) {
    try {
      info.fusion = fusion_from_json(*it);
    } catch (const FormatError& e) {
      throw FormatError(fmt::format("{}: {}", path, e.what()));
    }
  }
  if (auto it = j.find("seed"); it != j.end()) {
    if (!it->is_number_unsigned() && !it->is_number_integer()) bad_field(path, "seed", "an integer", *it);
    info.seed = it->get<uint64_t>();
  }
  if (auto it = j.find("max_seq_length"); it != j.end()) {
    if (!it->is_number_integer()) bad_field(path, "max_seq_length", "an integer", *it);
    info.max_seq_length = it->get<int64_t>();
  }
  if (auto it = j.find("lower_case"); it != j.end()) {
    if (!it->is_boolean()) bad_field(path, "lower_case", "a boolean", *it);
    info.lower_case = it->get<bool>();
  }
  for (const char* key : kOwnKeys) j.erase(key);
  info.extra = std::move(j);
  return info;
}

void write_model_info(const std::string& dir, const ModelInfo& info) {
  nlohmann::json j = info.extra.is_object() ? info.extra : nlohmann::json::object();
  j["task"] = info.task;
  j["head_kind"] = to_string(info.head_kind);
  j["labels"] = info.labels;
  j["fusion"] = fusion_to_json(info.fusion);
  j["parent"] = info.parent;
  j["seed"] = info.seed;
  j["max_seq_length"] = info.max_seq_length;
  j["lower_case"] = info.lower_case;
  io::write_file_atomic((fs::path(dir) / kInfoFile).string(), j.dump(2) + "\n");
}

TaskModel load_model_dir(const std::string& dir, ModelInfo* info_out) {
  ModelInfo info = read_model_info(dir);
  const fs::path config_path = fs::path(dir) / "config.json";
  if (!fs::is_regular_file(config_path)) throw IoError(fmt::format("config.json not found: {}", config_path.string()));
  const io::BertConfig config = io::read_bert_config(config_path.string());
  TaskModelOptions options;
  options.seed = info.seed;
  options.representation = make_representation(info.fusion, config);
  const int64_t num_labels = info.labels.empty() ? -1 : static_cast<int64_t>(info.labels.size());
  TaskModel model = load_task_model(dir, info.head_kind, num_labels, options);
  if (info_out) *info_out = std::move(info);
  return model;
}

}  // namespace xlfuse::model
