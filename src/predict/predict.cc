// run_predict: a model folder + a task -> raw outputs, leaderboard-layout predictions and scores
// per language. See predict.h.
#include "xlfuse/predict/predict.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/core/version.h"
#include "xlfuse/data/task_features.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/decode_outputs.h"
#include "xlfuse/decode/prediction_folder.h"
#include "xlfuse/decode/retrieval_decode.h"
#include "xlfuse/decode/scoring.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/io/raw_outputs.h"
#include "xlfuse/model/checkpoint.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/predict/inference.h"
#include "xlfuse/runtime/threads.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/runtime/device.h"

namespace xlfuse::predict {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

bool has_split(const data::TaskInfo& task, const std::string& split) {
  return std::find(task.splits.begin(), task.splits.end(), split) != task.splits.end();
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find(',', begin);
    if (end == std::string::npos) end = text.size();
    std::string item = text.substr(begin, end - begin);
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (!item.empty()) out.push_back(item);
    begin = end + 1;
  }
  return out;
}

// The model of a folder: a fine-tuned task model (xlfuse.json), or a plain encoder whose pooled
// hidden states serve the training-free retrieval tasks.
struct FolderModel {
  bool fine_tuned = false;
  model::ModelInfo info;
  io::BertConfig config;
  std::string model_hash;
  std::optional<model::TaskModel> task_model;
  std::optional<model::BertModel> encoder;

  io::RawOutputs infer(const data::TaskInfo& task, const std::vector<data::Feature>& features,
                       const InferenceOptions& options) {
    return task_model ? run_inference(*task_model, task, features, options)
                      : run_encoder_inference(*encoder, features, options);
  }
};

// Checks what the folder holds against the task before anything is loaded.
FolderModel check_model_folder(const std::string& dir_name, const data::TaskInfo& task) {
  const fs::path dir(dir_name);
  if (!fs::is_directory(dir)) throw IoError(fmt::format("model folder not found: {}", dir.string()));
  model::require_model_files(dir_name, "--model");
  FolderModel m;
  m.fine_tuned = model::has_model_info(dir_name);
  const std::string info_path = (dir / "xlfuse.json").string();
  if (!m.fine_tuned) {
    if (task.kind != data::TaskKind::Retrieval)
      throw ConfigError(fmt::format(
          "{} not found: a folder without xlfuse.json is a plain encoder, which can only predict the training-free "
          "retrieval tasks (tatoeba, bucc2018, lareqa, mewslix); task '{}' ({}) needs a model fine-tuned by xlfuse train",
          info_path, task.name, data::to_string(task.kind)));
  } else {
    m.info = model::read_model_info(dir_name);
    try {
      check_head_serves(m.info.head_kind, task);
    } catch (const ConfigError& e) {
      throw ConfigError(fmt::format("{} (trained for task '{}'): {}", info_path, m.info.task, e.what()));
    }
    if ((task.kind == data::TaskKind::Classification || task.kind == data::TaskKind::Tagging) &&
        !m.info.labels.empty() && m.info.labels != task.labels)
      throw ConfigError(fmt::format("{}: the head's labels [{}] differ from task '{}''s labels [{}]", info_path,
                                    fmt::join(m.info.labels, " "), task.name, fmt::join(task.labels, " ")));
  }
  m.config = io::read_bert_config((dir / "config.json").string());
  return m;
}

void load_weights(FolderModel* m, const std::string& dir) {
  m->model_hash = io::file_fingerprint((fs::path(dir) / "model.safetensors").string());
  if (m->fine_tuned) {
    m->task_model = model::load_model_dir(dir, &m->info);
  } else {
    model::ModelDirOptions options;
    options.pooler = 0;  // mean / [CLS] pooling of a hidden layer needs no pooler
    m->encoder = model::load_bert_model(dir, options);
  }
}

// The data of one (split, language), when the folder has it.
const data::DataFiles* find_files(const std::vector<data::DataFiles>& present, const std::string& split,
                                  const std::string& lang) {
  for (const auto& d : present)
    if (d.split == split && d.lang == lang) return &d;
  return nullptr;
}

// The languages to predict: "all" = the benchmark's languages of the task that the data folder
// has (absent ones listed in `missing`); a list = exactly those, each of which must be there.
std::vector<std::string> select_languages(const PredictOptions& options, const data::TaskInfo& task,
                                          Benchmark benchmark, const std::string& split,
                                          const std::vector<data::DataFiles>& present,
                                          std::vector<std::string>* missing) {
  std::vector<std::string> langs;
  if (options.langs != "all") {
    for (const auto& l : split_list(options.langs)) {
      const bool known = std::find(task.xtreme_langs.begin(), task.xtreme_langs.end(), l) != task.xtreme_langs.end() ||
                         std::find(task.xtreme_r_langs.begin(), task.xtreme_r_langs.end(), l) != task.xtreme_r_langs.end();
      if (!find_files(present, split, l)) {
        if (!known && !(task.xtreme_langs.empty() && task.xtreme_r_langs.empty()))
          throw ConfigError(fmt::format("langs: '{}' is not a language of task '{}' (xtreme: {}; xtreme-r: {})", l,
                                        task.name, fmt::join(task.xtreme_langs, " "), fmt::join(task.xtreme_r_langs, " ")));
        data::locate(options.data_dir, task, split, l);  // throws IoError naming the expected paths
      }
      langs.push_back(l);
    }
    return langs;
  }
  std::vector<std::string> candidates = task.langs(benchmark);
  if (candidates.empty()) {  // a task outside the benchmark: whatever the data folder has
    for (const auto& d : present)
      if (d.split == split) candidates.push_back(d.lang);
  }
  for (const auto& l : candidates) {
    if (find_files(present, split, l))
      langs.push_back(l);
    else
      missing->push_back(fmt::format("{} (expected {})", l, fmt::join(data::expected_paths(task, split, l), " or ")));
  }
  if (langs.empty())
    throw IoError(fmt::format("task '{}': none of the requested languages has {} data under {} (e.g. {}); "
                              "nothing to predict",
                              task.name, split, data::task_dir(options.data_dir, task).string(),
                              fmt::join(data::expected_paths(task, split, candidates.empty() ? "en" : candidates[0]),
                                        " or ")));
  if (!missing->empty())
    XLFUSE_LOG_WARN("[predict] {} {}: {} language(s) of {} not in {}, skipped: {}", task.name, split, missing->size(),
                    to_string(benchmark), options.data_dir, fmt::join(*missing, "; "));
  return langs;
}

// LAReQA ranks every question against ONE pool: the candidates of all XQuAD-R languages, whatever
// is being predicted (XTREME's setting). A pool with a language missing would give other numbers,
// so it is refused.
std::vector<std::string> lareqa_pool(const PredictOptions& options, const data::TaskInfo& task,
                                     const std::string& split, const std::vector<data::DataFiles>& present) {
  std::vector<std::string> missing;
  for (const auto& l : task.xtreme_r_langs)
    if (!find_files(present, split, l))
      missing.push_back(fmt::format("{} (expected {})", l, fmt::join(data::expected_paths(task, split, l), " or ")));
  if (!missing.empty())
    throw IoError(fmt::format("lareqa: every question is ranked against the candidates of all {} XQuAD-R languages "
                              "({}), but {} has no data for: {}",
                              task.xtreme_r_langs.size(), fmt::join(task.xtreme_r_langs, " "),
                              data::task_dir(options.data_dir, task).string(), fmt::join(missing, "; ")));
  return task.xtreme_r_langs;
}

}  // namespace

std::string default_split(const data::TaskInfo& task) {
  if (has_split(task, "test")) return "test";
  // TyDiQA-GoldP: XTREME evaluates on its dev set.
  for (auto it = task.splits.rbegin(); it != task.splits.rend(); ++it)
    if (*it != "train") return *it;
  return task.splits.empty() ? "test" : task.splits.front();
}

void PredictOptions::validate() const {
  if (model_dir.empty()) throw ConfigError("model_dir: a model folder is required");
  if (task.empty()) throw ConfigError("task: a task name is required");
  if (data_dir.empty()) throw ConfigError("data_dir: a data folder is required");
  if (out_dir.empty()) throw ConfigError("out_dir: an output folder is required");
  if (split_list(langs).empty()) throw ConfigError(fmt::format("langs: expected \"all\" or a comma-separated list, got \"{}\"", langs));
  if (threads < 0) throw ConfigError(fmt::format("threads: expected >= 0 (0 = all cores), got {}", threads));
  evaluate.validate();
}

PredictionPlan plan_prediction(const PredictOptions& options) {
  options.validate();
  const data::TaskInfo* task = nullptr;
  try {
    task = &data::task_info(options.task);
  } catch (const std::invalid_argument& e) {
    throw ConfigError(fmt::format("task: {}", e.what()));
  }
  PredictionPlan plan;
  plan.split = options.split.empty() ? default_split(*task) : options.split;
  if (!has_split(*task, plan.split))
    throw ConfigError(fmt::format("split: task '{}' has no split '{}' (its splits: {})", task->name, plan.split,
                                  fmt::join(task->splits, ", ")));
  const std::vector<data::DataFiles> present = data::available(options.data_dir, *task);
  plan.langs = select_languages(options, *task, options.benchmark, plan.split, present, &plan.missing);
  plan.encoded = task->name == "lareqa" ? lareqa_pool(options, *task, plan.split, present) : plan.langs;
  return plan;
}

PredictResult run_predict(const PredictOptions& options) {
  const auto start = Clock::now();
  runtime::resolve_device(options.evaluate.device);  // a GPU that is not there fails now, not after loading data
  // ---- split, languages, model folder, lengths: everything is checked before the model loads ----
  const PredictionPlan plan = plan_prediction(options);
  const data::TaskInfo& task = data::task_info(options.task);
  const Benchmark benchmark = options.benchmark;
  const std::string& split = plan.split;
  const std::vector<std::string>& langs = plan.langs;
  const std::vector<std::string>& pool = plan.encoded;
  const bool pooled = task.name == "lareqa";
  FolderModel model = check_model_folder(options.model_dir, task);
  int max_seq_length = options.evaluate.max_seq_length;
  if (max_seq_length == 0 && model.info.max_seq_length > 0) max_seq_length = static_cast<int>(model.info.max_seq_length);
  if (max_seq_length > model.config.max_sequence_length())
    throw ConfigError(fmt::format("max_seq_length: {} exceeds the {} tokens the model's position table holds "
                                  "(max_position_embeddings {}, {})",
                                  max_seq_length, model.config.max_sequence_length(),
                                  model.config.max_position_embeddings,
                                  (fs::path(options.model_dir) / "config.json").string()));
  const std::vector<data::DataFiles> present = data::available(options.data_dir, task);
  PredictResult result;
  result.split = split;
  result.missing = plan.missing;

  // ---- model, tokenizer ----
  runtime::set_threads(options.threads);
  text::TokenizerOptions tok_options;
  tok_options.lower_case = model.info.lower_case;
  const std::unique_ptr<const text::Tokenizer> tokenizer_ptr = text::load_tokenizer(options.model_dir, tok_options);
  const text::Tokenizer& tokenizer = *tokenizer_ptr;
  model::check_tokenizer_fits_model(options.model_dir, tokenizer, model.config);
  const decode::PredictionFolder folder(options.out_dir, task, split);
  load_weights(&model, options.model_dir);
  for (const auto& l : langs) folder.check_overwrite(l, model.model_hash);

  InferenceOptions inference;
  inference.batch_size = options.evaluate.batch_size;
  inference.precision = options.evaluate.precision;
  inference.device = options.evaluate.device;
  inference.layer = options.evaluate.retrieval_layer;
  inference.pooling = retrieval_pooling(task);
  inference.pad_id = tokenizer.specials().pad >= 0 ? tokenizer.specials().pad : 0;
  data::TaskFeatureOptions feature_options;
  feature_options.max_seq_length = max_seq_length;
  auto meta_of = [&](const std::string& lang, io::RawOutputs* raw) {
    io::RawOutputsMeta& meta = raw->meta;
    meta.model_hash = model.model_hash;
    meta.vocab_hash = tokenizer.fingerprint();
    meta.task = task.name;
    meta.split = split;
    meta.lang = lang;
    meta.fusion = model.fine_tuned ? model::fusion_to_json(model.info.fusion).dump() : "";
    meta.xlfuse_version = version();
    meta.extra["model_dir"] = options.model_dir;
    meta.extra["max_seq_length"] = std::to_string(max_seq_length);
    meta.extra["precision"] = model::to_string(options.evaluate.precision);
    meta.extra["lower_case"] = model.info.lower_case ? "true" : "false";
    if (raw->kind == io::RawOutputKind::Embeddings) meta.extra["pooling"] = to_string(inference.pooling);
  };
  auto finish = [&](LanguageResult& lr, const data::Dataset& dataset, const decode::Predictions& predictions,
                    const std::function<eval::MetricValues()>& score) {
    lr.prediction_file = folder.prediction_path(lr.lang).string();
    decode::write_predictions(lr.prediction_file, task, predictions);
    if (dataset.labelled) {
      lr.evaluation = make_evaluation(task, score());
      lr.scored = true;
    }
    XLFUSE_LOG_INFO("[predict] {} {}-{}: {} examples, {} features, {} -> {}", task.name, split, lr.lang, lr.examples,
                    lr.features,
                    lr.scored ? fmt::format("{} {:.2f}", lr.evaluation.metric, lr.evaluation.value) : "no labels",
                    lr.prediction_file);
  };

  // LAReQA: every pool language is encoded (its candidates join the pool); only the requested
  // languages are written and scored.
  std::vector<data::Dataset> pool_data;
  std::vector<io::RawOutputs> pool_raw;
  for (const auto& lang : pool) {
    const auto lang_start = Clock::now();
    const bool requested = std::find(langs.begin(), langs.end(), lang) != langs.end();
    LanguageResult lr;
    lr.lang = lang;
    data::Dataset dataset = data::read_task(options.data_dir, task.name, split, lang);
    lr.examples = static_cast<int64_t>(dataset.size());
    const std::vector<data::Feature> features = data::make_task_features(task, dataset, tokenizer, feature_options);
    lr.features = static_cast<int64_t>(features.size());
    io::RawOutputs raw = model.infer(task, features, inference);
    meta_of(lang, &raw);
    if (requested) {
      lr.raw_file = folder.raw_path(lang).string();
      io::write_raw_outputs(lr.raw_file, raw);
    }
    if (pooled) {  // decoded together after the loop
      pool_data.push_back(std::move(dataset));
      pool_raw.push_back(std::move(raw));
      lr.seconds = seconds_since(lang_start);
      if (requested) result.languages.push_back(std::move(lr));
      continue;
    }
    decode::DecodeOptions decode_options;
    if (task.name == "bucc2018" && !dataset.labelled) {
      // XTREME cuts the test pairs at the threshold tuned on the dev gold of the language.
      const data::DataFiles* dev = nullptr;
      for (const auto& d : present)
        if (d.split == "dev" && d.lang == lang && d.find("gold")) dev = &d;
      if (!dev)
        throw IoError(fmt::format("bucc2018 {}-{}: the mining threshold is tuned on the dev gold pairs, but {} has no "
                                  "{} + {}-en.dev.gold",
                                  split, lang, data::task_dir(options.data_dir, task).string(),
                                  fmt::join(data::expected_paths(task, "dev", lang), " + "), lang));
      const data::Dataset dev_data = data::reader(task.reader)(task, *dev);
      const auto dev_features = data::make_task_features(task, dev_data, tokenizer, feature_options);
      const io::RawOutputs dev_raw = model.infer(task, dev_features, inference);
      decode_options.bucc_threshold = decode::decode_outputs(task, dev_data, dev_features, dev_raw).bucc_threshold;
    }
    const decode::Predictions predictions = decode::decode_outputs(task, dataset, features, raw, decode_options);
    if (task.name == "bucc2018")
      XLFUSE_LOG_INFO("[predict] bucc2018 {}-{}: margin threshold {:.6f}{}", split, lang, predictions.bucc_threshold,
                      decode_options.bucc_threshold ? " (tuned on the dev gold)" : " (tuned on this split's gold)");
    finish(lr, dataset, predictions, [&] { return decode::score_predictions(task, dataset, predictions); });
    lr.seconds = seconds_since(lang_start);
    result.languages.push_back(std::move(lr));
  }

  nlohmann::json extra = nlohmann::json::object();
  if (pooled) {
    std::vector<const data::Dataset*> datasets;
    std::vector<const io::RawOutputs*> raws;
    for (size_t i = 0; i < pool_data.size(); ++i) {
      datasets.push_back(&pool_data[i]);
      raws.push_back(&pool_raw[i]);
    }
    const std::vector<decode::Predictions> ranked = decode::decode_lareqa_pool(datasets, raws);
    for (LanguageResult& lr : result.languages) {
      const size_t i = static_cast<size_t>(std::find(pool.begin(), pool.end(), lr.lang) - pool.begin());
      finish(lr, pool_data[i], ranked[i], [&] { return decode::score_lareqa_pool(pool_data[i], datasets, ranked[i]); });
    }
    extra["candidate_pool"] = pool;
  }

  std::vector<std::pair<std::string, eval::MetricValues>> scored;
  for (const auto& l : result.languages)
    if (l.scored) scored.emplace_back(l.lang, l.evaluation.all);
  if (!scored.empty()) {
    result.scores_file = folder.scores_path().string();
    folder.write_scores(benchmark, scored,
                        fmt::format("xlfuse predict: task {} split {} model {} ({} language(s) scored)", task.name,
                                    split, options.model_dir, scored.size()),
                        extra);
  }
  result.seconds = seconds_since(start);
  return result;
}

}  // namespace xlfuse::predict
