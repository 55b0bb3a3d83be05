// run_training: English training split -> features -> task model from an encoder -> trainer ->
// model folder. See run_training.h.
#include "xlfuse/train/run_training.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/data/task_features.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/runtime.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/text/vocab.h"

namespace xlfuse::train {

namespace fs = std::filesystem;

namespace {

constexpr int kDefaultMaxSeqLength = 128;  // XTREME's default for sentence and tagging tasks

void require_file(const fs::path& path, const std::string& what) {
  if (!fs::is_regular_file(path))
    throw IoError(fmt::format("{} not found: {} (the --init folder needs config.json, model.safetensors and vocab.txt)",
                              what, path.string()));
}

}  // namespace

void RunTrainingOptions::validate() const {
  if (task.empty()) throw ConfigError("task: must not be empty");
  if (init_dir.empty()) throw ConfigError("init_dir: must not be empty");
  if (data_dir.empty()) throw ConfigError("data_dir: must not be empty");
  if (out_dir.empty()) throw ConfigError("out_dir: must not be empty");
  if (epochs <= 0 && max_steps <= 0)
    throw ConfigError(fmt::format("epochs: expected > 0 when max_steps is 0, got {}", epochs));
  if (max_steps < 0) throw ConfigError(fmt::format("max_steps: expected >= 0, got {}", max_steps));
  if (batch_size <= 0) throw ConfigError(fmt::format("batch_size: expected > 0, got {}", batch_size));
  if (!(learning_rate > 0.0)) throw ConfigError(fmt::format("learning_rate: expected > 0, got {}", learning_rate));
  if (max_seq_length < 0) throw ConfigError(fmt::format("max_seq_length: expected >= 0, got {}", max_seq_length));
  if (threads < 0) throw ConfigError(fmt::format("threads: expected >= 0 (0 = all cores), got {}", threads));
}

std::string head_kind_for_task(const std::string& task) {
  const data::TaskInfo& info = data::task_info(task);  // unknown -> invalid_argument listing names
  switch (info.kind) {
    case data::TaskKind::Classification:
      return "sequence_classification";
    case data::TaskKind::Tagging:
      return "token_classification";
    default:
      throw ConfigError(fmt::format(
          "task '{}' is a {} task; training supports classification tasks (e.g. xnli, pawsx) and "
          "tagging tasks (e.g. udpos, panx)",
          task, data::to_string(info.kind)));
  }
}

RunTrainingResult run_training(const RunTrainingOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  options.validate();
  RunTrainingResult result;
  const data::TaskInfo& task = data::task_info(options.task);
  result.head_kind = head_kind_for_task(options.task);

  const fs::path init(options.init_dir);
  const fs::path out(options.out_dir);
  const fs::path config_path = init / "config.json";
  const fs::path weights_path = init / "model.safetensors";
  const fs::path vocab_path = init / "vocab.txt";
  require_file(config_path, "config.json");
  require_file(weights_path, "model.safetensors");
  require_file(vocab_path, "vocab.txt");

  const fs::path out_weights = out / "model.safetensors";
  if (fs::exists(out_weights) && !options.resume)
    throw IoError(fmt::format("refusing to overwrite {}: it already exists (pass --resume to continue that run, "
                              "or choose another --out)",
                              out_weights.string()));

  model::set_threads(options.threads);

  // Data: the English training split (read_task names the expected paths when absent).
  const data::Dataset dataset = data::read_task(options.data_dir, options.task, "train", "en");

  const io::BertConfig config = io::read_bert_config(config_path.string());
  int max_seq_length = options.max_seq_length;
  if (max_seq_length == 0) {
    max_seq_length = static_cast<int>(std::min<int64_t>(kDefaultMaxSeqLength, config.max_position_embeddings));
  } else if (max_seq_length > config.max_position_embeddings) {
    throw ConfigError(fmt::format("max_seq_length: {} exceeds the model's max_position_embeddings {} ({})",
                                  max_seq_length, config.max_position_embeddings, config_path.string()));
  }

  text::TokenizerOptions tok_options;
  tok_options.lower_case = options.lower_case;
  const text::BertTokenizer tokenizer(text::Vocab::load(vocab_path.string()), tok_options);
  data::TaskFeatureOptions feature_options;
  feature_options.max_seq_length = max_seq_length;
  const std::vector<data::Feature> features = data::make_task_features(task, dataset, tokenizer, feature_options);
  if (features.empty())
    throw FormatError(fmt::format("no training features for task '{}' from {}", options.task, options.data_dir));
  result.features = static_cast<int64_t>(features.size());

  // Model: the init folder's encoder under a freshly initialised head.
  model::TaskModelOptions model_options;
  model_options.seed = options.seed;
  const int64_t num_labels = static_cast<int64_t>(task.labels.size());
  model::TaskModel task_model = model::make_task_model(result.head_kind, config, num_labels, model_options);
  const model::LoadReport load = model::load_task_encoder(task_model, io::SafetensorsFile::open(weights_path.string()));
  XLFUSE_LOG_INFO("[train] encoder from {}: {} tensors", weights_path.string(), load.loaded);

  TrainOptions train_options;
  train_options.epochs = options.epochs;
  train_options.max_steps = options.max_steps;
  train_options.batch_size = options.batch_size;
  train_options.grad_accumulation = 1;
  train_options.learning_rate = options.learning_rate;
  train_options.seed = options.seed;
  train_options.pad_id = tokenizer.vocab().pad_id() >= 0 ? tokenizer.vocab().pad_id() : 0;
  train_options.checkpoint_dir = (out / "checkpoints").string();
  train_options.resume = options.resume;
  train_options.validate();

  fs::create_directories(out);
  result.summary = train_task_model(task_model, features, train_options);

  // The model folder. Weights and config are written atomically by their writers.
  io::BertConfig out_config = config;
  out_config.raw["architectures"] = nlohmann::json::array(
      {result.head_kind == "token_classification" ? "BertForTokenClassification" : "BertForSequenceClassification"});
  nlohmann::json id2label = nlohmann::json::object();
  nlohmann::json label2id = nlohmann::json::object();
  for (size_t i = 0; i < task.labels.size(); ++i) {
    id2label[std::to_string(i)] = task.labels[i];
    label2id[task.labels[i]] = static_cast<int64_t>(i);
  }
  out_config.raw["id2label"] = id2label;
  out_config.raw["label2id"] = label2id;
  io::write_bert_config((out / "config.json").string(), out_config);
  save_task_weights(task_model, out_weights.string(),
                    {{"format", "pt"}, {"task", options.task}, {"head_kind", result.head_kind}});
  io::write_file_atomic((out / "vocab.txt").string(), io::read_file(vocab_path.string()));

  nlohmann::json meta;
  meta["task"] = options.task;
  meta["task_kind"] = data::to_string(task.kind);
  meta["labels"] = task.labels;
  meta["head_kind"] = result.head_kind;
  meta["parent"] = options.init_dir;
  meta["seed"] = options.seed;
  meta["train_split"] = "train";
  meta["train_lang"] = "en";
  meta["features"] = result.features;
  meta["training_args"] = {
      {"epochs", options.epochs},
      {"max_steps", options.max_steps},
      {"batch_size", options.batch_size},
      {"grad_accumulation", train_options.grad_accumulation},
      {"learning_rate", options.learning_rate},
      {"max_seq_length", max_seq_length},
      {"lower_case", options.lower_case},
      {"max_grad_norm", train_options.max_grad_norm},
      {"weight_decay", train_options.weight_decay},
  };
  meta["global_step"] = result.summary.global_step;
  meta["total_steps"] = result.summary.total_steps;
  meta["final_loss"] = result.summary.final_loss;  // NaN is written as null
  meta["resumed_from"] = result.summary.resumed_from;
  io::write_file_atomic((out / "xlfuse.json").string(), meta.dump(2) + "\n");

  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace xlfuse::train
