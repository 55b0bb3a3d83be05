#pragma once
// Shared by the prediction tests: tiny random task models and model folders.
#include <filesystem>
#include <string>

#include "test_utils.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/text/vocab.h"

namespace xlfuse::predict::predict_testing {

inline std::filesystem::path tiny_dir() { return test::test_data_dir() / "tiny_bert"; }
inline std::filesystem::path fixtures() { return test::test_data_dir() / "data"; }

// tiny_bert's architecture (hidden 32, 2 layers) with room for 384-token QA windows and, when
// given, the vocabulary size of `vocab`.
inline io::BertConfig tiny_config(int64_t vocab_size = 0) {
  io::BertConfig c = io::read_bert_config((tiny_dir() / "config.json").string());
  c.max_position_embeddings = 512;
  if (vocab_size > 0) c.vocab_size = vocab_size;
  c.raw["max_position_embeddings"] = c.max_position_embeddings;
  c.raw["vocab_size"] = c.vocab_size;
  return c;
}

inline text::BertTokenizer tiny_tokenizer() {
  return text::BertTokenizer(text::Vocab::load((tiny_dir() / "vocab.txt").string()));
}

// A random task model serving `task` (its registry labels), tiny_bert-sized.
inline model::TaskModel tiny_model(const std::string& head_kind, const std::string& task, uint64_t seed = 7,
                                   int64_t vocab_size = 0) {
  model::TaskModelOptions o;
  o.seed = seed;
  const auto& info = data::task_info(task);
  return model::make_task_model(model::parse_head_kind(head_kind), tiny_config(vocab_size), static_cast<int64_t>(info.labels.size()), o);
}

// A complete model folder (config.json, model.safetensors, vocab.txt and, unless `with_info` is
// false, xlfuse.json) of a random model, as `xlfuse train` writes one.
inline void write_model_folder(const std::filesystem::path& dir, const std::string& head_kind, const std::string& task,
                               const std::filesystem::path& vocab_path, bool with_info = true, uint64_t seed = 7) {
  std::filesystem::create_directories(dir);
  const text::Vocab vocab = text::Vocab::load(vocab_path.string());
  const auto vocab_size = static_cast<int64_t>(vocab.size());
  model::TaskModel m = tiny_model(head_kind, task, seed, vocab_size);
  io::write_bert_config((dir / "config.json").string(), tiny_config(vocab_size));
  model::save_task_weights(m, (dir / "model.safetensors").string());
  io::write_file_atomic((dir / "vocab.txt").string(), io::read_file(vocab_path.string()));
  if (!with_info) return;
  model::ModelInfo info;
  info.task = task;
  info.head_kind = model::parse_head_kind(head_kind);
  const auto& t = data::task_info(task);
  if (head_kind == "sequence_classification" || head_kind == "token_classification") info.labels = t.labels;
  info.seed = seed;
  model::write_model_info(dir.string(), info);
}

}  // namespace xlfuse::predict::predict_testing
