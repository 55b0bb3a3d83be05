// The model folder writer. See model_folder_writer.h.
#include "xlfuse/model/model_folder_writer.h"

#include <filesystem>
#include <map>

#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/io/atomic_file.h"
#include "xlfuse/model/checkpoint_names.h"
#include "xlfuse/model/heads/head_registry.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::model {

namespace fs = std::filesystem;

TokenizerFileCopy TokenizerFileCopy::read_from(const std::string& dir) {
  return read_file(text::tokenizer_file(dir));
}

TokenizerFileCopy TokenizerFileCopy::read_file(const std::string& file) {
  // Under the name a model folder gives it, whatever the source file is called.
  const bool sentencepiece = fs::path(file).extension() == ".model";
  return TokenizerFileCopy{sentencepiece ? text::kSentencePieceModelFile : text::kWordPieceVocabFile,
                           io::read_file(file)};
}

std::string default_tokenizer_file_name(io::ModelType type) {
  return type == io::ModelType::Bert ? text::kWordPieceVocabFile : text::kSentencePieceModelFile;
}

void write_model_folder(const std::string& dir, const TaskModel& model, const io::BertConfig& config,
                        const TokenizerFileCopy& tokenizer_file, const ModelInfo* info) {
  if (config.model_type != model->config().model_type)
    throw std::invalid_argument(
        fmt::format("write_model_folder: config.json would say model_type \"{}\", but the model is a \"{}\" model",
                    io::to_string(config.model_type), io::to_string(model->config().model_type)));
  fs::create_directories(dir);
  const HeadKind kind = model->head_kind();
  io::BertConfig out = config;
  out.raw["architectures"] = nlohmann::json::array({hf_class_name(find_head(kind).hf_class, config.model_type)});
  out.raw.erase("id2label");
  out.raw.erase("label2id");
  if (info && !info->labels.empty()) {
    nlohmann::json id2label = nlohmann::json::object();
    nlohmann::json label2id = nlohmann::json::object();
    for (size_t i = 0; i < info->labels.size(); ++i) {
      id2label[std::to_string(i)] = info->labels[i];
      label2id[info->labels[i]] = static_cast<int64_t>(i);
    }
    out.raw["id2label"] = id2label;
    out.raw["label2id"] = label2id;
  }
  io::write_bert_config((fs::path(dir) / "config.json").string(), out);
  std::map<std::string, std::string> metadata{{"format", "pt"}, {"head_kind", to_string(kind)}};
  if (info) metadata["task"] = info->task;
  save_task_weights(model, (fs::path(dir) / "model.safetensors").string(), metadata);
  const std::string name =
      tokenizer_file.name.empty() ? default_tokenizer_file_name(config.model_type) : tokenizer_file.name;
  io::write_file_atomic((fs::path(dir) / name).string(), tokenizer_file.bytes);
  if (info) write_model_info(dir, *info);
}

}  // namespace xlfuse::model
