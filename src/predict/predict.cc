// run_predict: a model folder + a task -> raw outputs, leaderboard-layout predictions and scores
// per language. See predict.h.
#include "xlfuse/predict/predict.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/core/version.h"
#include "xlfuse/data/task_features.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/eval/score_folder.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/checkpoint.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/runtime/threads.h"
#include "xlfuse/text/vocab.h"
#include "xlfuse/decode/decode_outputs.h"
#include "xlfuse/decode/retrieval_decode.h"
#include "xlfuse/decode/scoring.h"
#include "xlfuse/predict/inference.h"
#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::predict {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Tasks whose test labels XTREME's preprocessing removes (xtreme-facts 3.3).
const std::set<std::string>& stripped_test_labels() {
  static const std::set<std::string> tasks = {"xnli", "pawsx", "udpos", "panx", "mlqa",
                                              "tydiqa", "bucc2018", "xcopa", "mewslix"};
  return tasks;
}

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

// Refuses to replace files another model wrote (see predict.h).
void check_overwrite(const fs::path& raw_path, const fs::path& prediction_path, const std::string& model_hash) {
  if (fs::exists(raw_path)) {
    std::string found;
    try {
      found = io::read_raw_outputs(raw_path.string()).meta.model_hash;
    } catch (const Error& e) {
      throw IoError(fmt::format("refusing to overwrite {}: it is not a readable raw-output file ({}); choose "
                                "another --out or remove it",
                                raw_path.string(), e.what()));
    }
    if (found != model_hash)
      throw IoError(fmt::format("refusing to overwrite {}: it holds outputs of another model (model_hash {}, this "
                                "model {}); choose another --out or remove it",
                                raw_path.string(), found, model_hash));
  } else if (fs::exists(prediction_path)) {
    throw IoError(fmt::format("refusing to overwrite {}: it has no raw-output file {} telling which model wrote it; "
                              "choose another --out or remove it",
                              prediction_path.string(), raw_path.string()));
  }
}

// OUT/scores.json in the shape of `xlfuse score`: this task's languages, merged with the entries
// of other tasks already in the file.
void write_scores(const fs::path& path, const data::TaskInfo& task, Benchmark benchmark, const std::string& split,
                  const std::string& model_dir, const std::vector<LanguageResult>& languages) {
  eval::ScoreReport report;
  report.benchmark = benchmark;
  eval::TaskReport tr;
  tr.task = task.name;
  std::vector<std::pair<std::string, eval::MetricValues>> per_language;
  for (const auto& l : languages) {
    if (!l.scored) continue;
    tr.languages.push_back({l.lang, l.evaluation.all});
    per_language.emplace_back(l.lang, l.evaluation.all);
  }
  const eval::TaskInfo scoring = decode::scoring_task(task);
  tr.in_official_score = scoring.in_official_score;
  tr.average = eval::average_over_languages(per_language);
  tr.avg_metric = eval::avg_metric(scoring, tr.average);
  std::set<std::string> scored;
  for (const auto& l : tr.languages) scored.insert(l.language);
  const auto& official = task.langs(benchmark);
  std::vector<std::string> unscored;
  for (const auto& l : official)
    if (!scored.count(l)) unscored.push_back(l);
  tr.missing_labels = unscored;  // no scored prediction for these official languages
  tr.complete = split == "test" && !official.empty() && unscored.empty();
  report.tasks.push_back(tr);
  report.notes.push_back(fmt::format("xlfuse predict: task {} split {} model {} ({} language(s) scored)", task.name,
                                     split, model_dir, tr.languages.size()));
  nlohmann::json fresh = eval::to_json(report);
  fresh["tasks"][task.name]["split"] = split;

  nlohmann::json merged = fresh;
  if (fs::exists(path)) {
    try {
      nlohmann::json old = nlohmann::json::parse(io::read_file(path.string()));
      if (old.is_object() && old.contains("tasks") && old["tasks"].is_object()) {
        merged = old;
        merged["tasks"][task.name] = fresh["tasks"][task.name];
        merged["benchmark"] = fresh["benchmark"];
        auto& notes = merged["notes"];
        if (!notes.is_array()) notes = nlohmann::json::array();
        notes.push_back(fresh["notes"].back());
      }
    } catch (const std::exception& e) {
      XLFUSE_LOG_WARN("[predict] {} is not a readable scores file ({}); it is replaced", path.string(), e.what());
    }
  }
  io::write_file_atomic(path.string(), merged.dump(2) + "\n");
}

}  // namespace

std::string default_split(const data::TaskInfo& task) {
  if (stripped_test_labels().count(task.name)) {
    for (const char* s : {"dev", "val"})
      if (has_split(task, s)) return s;
  }
  if (has_split(task, "test")) return "test";
  for (const auto& s : task.splits)
    if (s != "train") return s;
  return task.splits.empty() ? "test" : task.splits.front();
}

void PredictOptions::validate() const {
  if (model_dir.empty()) throw ConfigError("model_dir: a model folder is required");
  if (task.empty()) throw ConfigError("task: a task name is required");
  if (data_dir.empty()) throw ConfigError("data_dir: a data folder is required");
  if (out_dir.empty()) throw ConfigError("out_dir: an output folder is required");
  if (split_list(langs).empty()) throw ConfigError(fmt::format("langs: expected \"all\" or a comma-separated list, got \"{}\"", langs));
  if (benchmark != "xtreme" && benchmark != "xtreme-r")
    throw ConfigError(fmt::format("benchmark: expected \"xtreme\" or \"xtreme-r\", got \"{}\"", benchmark));
  if (threads < 0) throw ConfigError(fmt::format("threads: expected >= 0 (0 = all cores), got {}", threads));
  evaluate.validate();
}

PredictResult run_predict(const PredictOptions& options) {
  const auto start = Clock::now();
  options.validate();
  const data::TaskInfo* task_ptr = nullptr;
  try {
    task_ptr = &data::task_info(options.task);
  } catch (const std::invalid_argument& e) {
    throw ConfigError(fmt::format("task: {}", e.what()));
  }
  const data::TaskInfo& task = *task_ptr;
  const Benchmark benchmark = parse_benchmark(options.benchmark);

  // ---- the model folder ----
  const fs::path dir(options.model_dir);
  if (!fs::is_directory(dir)) throw IoError(fmt::format("model folder not found: {}", dir.string()));
  model::require_model_files(options.model_dir, "--model");
  const bool fine_tuned = model::has_model_info(dir.string());
  model::ModelInfo info;
  if (!fine_tuned) {
    if (task.kind != data::TaskKind::Retrieval)
      throw ConfigError(fmt::format(
          "{} not found: a folder without xlfuse.json is a plain encoder, which can only predict the training-free "
          "retrieval tasks (tatoeba, bucc2018, lareqa, mewslix); task '{}' ({}) needs a model fine-tuned by xlfuse train",
          (dir / "xlfuse.json").string(), task.name, data::to_string(task.kind)));
  } else {
    info = model::read_model_info(dir.string());
    try {
      check_head_serves(info.head_kind, task);
    } catch (const ConfigError& e) {
      throw ConfigError(fmt::format("{} (trained for task '{}'): {}", (dir / "xlfuse.json").string(), info.task, e.what()));
    }
    if ((task.kind == data::TaskKind::Classification || task.kind == data::TaskKind::Tagging) && !info.labels.empty() &&
        info.labels != task.labels)
      throw ConfigError(fmt::format("{}: the head's labels [{}] differ from task '{}''s labels [{}]",
                                    (dir / "xlfuse.json").string(), fmt::join(info.labels, " "), task.name,
                                    fmt::join(task.labels, " ")));
  }
  const io::BertConfig config = io::read_bert_config((dir / "config.json").string());

  // ---- split, languages, lengths ----
  const std::string split = options.split.empty() ? default_split(task) : options.split;
  if (!has_split(task, split))
    throw ConfigError(fmt::format("split: task '{}' has no split '{}' (its splits: {})", task.name, split,
                                  fmt::join(task.splits, ", ")));
  int max_seq_length = options.evaluate.max_seq_length;
  if (max_seq_length == 0 && info.max_seq_length > 0) max_seq_length = static_cast<int>(info.max_seq_length);
  if (max_seq_length > config.max_position_embeddings)
    throw ConfigError(fmt::format("max_seq_length: {} exceeds the model's max_position_embeddings {} ({})",
                                  max_seq_length, config.max_position_embeddings, (dir / "config.json").string()));

  std::vector<std::string> incomplete;
  const std::vector<data::DataFiles> present = data::available(options.data_dir, task, &incomplete);
  auto find_files = [&](const std::string& lang) -> const data::DataFiles* {
    for (const auto& d : present)
      if (d.split == split && d.lang == lang) return &d;
    return nullptr;
  };
  PredictResult result;
  result.split = split;
  std::vector<std::string> langs;
  if (options.langs == "all") {
    std::vector<std::string> candidates = task.langs(benchmark);
    if (candidates.empty()) {  // a task outside the benchmark: whatever the data folder has
      for (const auto& d : present)
        if (d.split == split) candidates.push_back(d.lang);
    }
    for (const auto& l : candidates) {
      if (find_files(l)) {
        langs.push_back(l);
      } else {
        result.missing.push_back(
            fmt::format("{} (expected {})", l, fmt::join(data::expected_paths(task, split, l), " or ")));
      }
    }
    if (!result.missing.empty())
      XLFUSE_LOG_WARN("[predict] {} {}: {} language(s) of {} not in {}, skipped: {}", task.name, split,
                      result.missing.size(), to_string(benchmark), options.data_dir,
                      fmt::join(result.missing, "; "));
    if (langs.empty())
      throw IoError(fmt::format("task '{}': no {} data of any {} language under {} (e.g. {})", task.name, split,
                                to_string(benchmark), data::task_dir(options.data_dir, task).string(),
                                fmt::join(data::expected_paths(task, split, candidates.empty() ? "en" : candidates[0]),
                                          " or ")));
  } else {
    for (const auto& l : split_list(options.langs)) {
      const bool known = std::find(task.xtreme_langs.begin(), task.xtreme_langs.end(), l) != task.xtreme_langs.end() ||
                         std::find(task.xtreme_r_langs.begin(), task.xtreme_r_langs.end(), l) != task.xtreme_r_langs.end();
      if (!find_files(l)) {
        if (!known && !(task.xtreme_langs.empty() && task.xtreme_r_langs.empty()))
          throw ConfigError(fmt::format("langs: '{}' is not a language of task '{}' (xtreme: {}; xtreme-r: {})", l,
                                        task.name, fmt::join(task.xtreme_langs, " "), fmt::join(task.xtreme_r_langs, " ")));
        data::locate(options.data_dir, task, split, l);  // throws IoError naming the expected paths
      }
      langs.push_back(l);
    }
  }

  // ---- model, tokenizer ----
  runtime::set_threads(options.threads);
  text::TokenizerOptions tok_options;
  tok_options.lower_case = info.lower_case;
  const text::BertTokenizer tokenizer(text::Vocab::load((dir / "vocab.txt").string()), tok_options);
  const std::string model_hash = io::file_fingerprint((dir / "model.safetensors").string());
  const fs::path out(options.out_dir);
  const std::string ext = decode::scoring_task(task).extension;
  auto prediction_path = [&](const std::string& lang) { return out / task.name / fmt::format("{}-{}.{}", split, lang, ext); };
  auto raw_path = [&](const std::string& lang) {
    return out / "raw" / task.name / fmt::format("{}-{}.safetensors", split, lang);
  };
  for (const auto& l : langs) check_overwrite(raw_path(l), prediction_path(l), model_hash);

  std::optional<model::TaskModel> task_model;
  std::optional<model::BertModel> encoder;
  if (fine_tuned) {
    task_model = model::load_model_dir(dir.string(), &info);
  } else {
    model::ModelDirOptions mopt;
    mopt.pooler = 0;  // mean / [CLS] pooling of a hidden layer needs no pooler
    encoder = model::load_bert_model(dir.string(), mopt);
  }

  InferenceOptions inference;
  inference.batch_size = options.evaluate.batch_size;
  inference.precision = options.evaluate.precision;
  inference.layer = options.evaluate.retrieval_layer;
  inference.pooling = retrieval_pooling(task);
  inference.pad_id = tokenizer.vocab().pad_id() >= 0 ? tokenizer.vocab().pad_id() : 0;
  data::TaskFeatureOptions feature_options;
  feature_options.max_seq_length = max_seq_length;

  std::vector<std::unique_ptr<data::Dataset>> lareqa_data;
  std::vector<std::unique_ptr<io::RawOutputs>> lareqa_raw;
  for (const auto& lang : langs) {
    const auto lang_start = Clock::now();
    LanguageResult lr;
    lr.lang = lang;
    const data::Dataset dataset = data::read_task(options.data_dir, task.name, split, lang);
    lr.examples = static_cast<int64_t>(dataset.size());
    const std::vector<data::Feature> features = data::make_task_features(task, dataset, tokenizer, feature_options);
    lr.features = static_cast<int64_t>(features.size());
    XLFUSE_LOG_DEBUG("[predict] {} {}-{}: read and featurised in {:.2f}s", task.name, split, lang, seconds_since(lang_start));
    io::RawOutputs raw = task_model ? run_inference(*task_model, task, features, inference)
                                : run_encoder_inference(*encoder, features, inference);
    io::RawOutputsMeta& meta = raw.meta;
    meta.model_hash = model_hash;
    meta.vocab_hash = tokenizer.vocab().fingerprint();
    meta.task = task.name;
    meta.split = split;
    meta.lang = lang;
    meta.fusion = fine_tuned ? model::fusion_to_json(info.fusion).dump() : "";
    meta.xlfuse_version = version();
    meta.extra["model_dir"] = options.model_dir;
    meta.extra["max_seq_length"] = std::to_string(max_seq_length);
    meta.extra["precision"] = model::to_string(options.evaluate.precision);
    meta.extra["lower_case"] = info.lower_case ? "true" : "false";
    if (raw.kind == io::RawOutputKind::Embeddings) meta.extra["pooling"] = to_string(inference.pooling);
    XLFUSE_LOG_DEBUG("[predict] {} {}-{}: inference done at {:.2f}s", task.name, split, lang, seconds_since(lang_start));
    lr.raw_file = raw_path(lang).string();
    io::write_raw_outputs(lr.raw_file, raw);

    if (task.name == "lareqa") {  // decoded together after the loop (one multilingual pool)
      lr.seconds = seconds_since(lang_start);
      lareqa_data.push_back(std::make_unique<data::Dataset>(dataset));
      lareqa_raw.push_back(std::make_unique<io::RawOutputs>(std::move(raw)));
      result.languages.push_back(std::move(lr));
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
      const io::RawOutputs dev_raw = task_model ? run_inference(*task_model, task, dev_features, inference)
                                            : run_encoder_inference(*encoder, dev_features, inference);
      decode_options.bucc_threshold = decode::decode_outputs(task, dev_data, dev_features, dev_raw).bucc_threshold;
    }
    const decode::Predictions predictions = decode::decode_outputs(task, dataset, features, raw, decode_options);
    if (task.name == "bucc2018") {
      XLFUSE_LOG_INFO("[predict] bucc2018 {}-{}: margin threshold {:.6f}{}", split, lang, predictions.bucc_threshold,
                      decode_options.bucc_threshold ? " (tuned on the dev gold)" : " (tuned on this split's gold)");
    }
    lr.prediction_file = prediction_path(lang).string();
    decode::write_predictions(lr.prediction_file, task, predictions);
    if (dataset.labelled) {
      lr.evaluation = make_evaluation(task, decode::score_predictions(task, dataset, predictions));
      lr.scored = true;
    }
    lr.seconds = seconds_since(lang_start);
    XLFUSE_LOG_INFO("[predict] {} {}-{}: {} examples, {} features, {} in {:.2f}s -> {}", task.name, split, lang,
                    lr.examples, lr.features,
                    lr.scored ? fmt::format("{} {:.2f}", lr.evaluation.metric, lr.evaluation.value) : "no labels",
                    lr.seconds, lr.prediction_file);
    result.languages.push_back(std::move(lr));
  }

  if (!lareqa_data.empty()) {
    const auto pool_start = Clock::now();
    std::vector<const data::Dataset*> datasets;
    std::vector<const io::RawOutputs*> raws;
    for (size_t i = 0; i < lareqa_data.size(); ++i) {
      datasets.push_back(lareqa_data[i].get());
      raws.push_back(lareqa_raw[i].get());
    }
    const std::vector<decode::Predictions> pooled = decode::decode_lareqa_pool(datasets, raws);
    for (size_t i = 0; i < pooled.size(); ++i) {
      LanguageResult& lr = result.languages[i];
      lr.prediction_file = prediction_path(lr.lang).string();
      decode::write_predictions(lr.prediction_file, task, pooled[i]);
      if (datasets[i]->labelled) {
        lr.evaluation = make_evaluation(task, decode::score_lareqa_pool(*datasets[i], datasets, pooled[i]));
        lr.scored = true;
      }
    }
    XLFUSE_LOG_INFO("[predict] lareqa: {} languages ranked against one pool in {:.2f}s", pooled.size(),
                    seconds_since(pool_start));
  }

  if (std::any_of(result.languages.begin(), result.languages.end(), [](const LanguageResult& l) { return l.scored; })) {
    result.scores_file = (out / "scores.json").string();
    write_scores(result.scores_file, task, benchmark, split, options.model_dir, result.languages);
  }
  result.seconds = seconds_since(start);
  return result;
}

}  // namespace xlfuse::predict
