// sweep-layers: one fused model per lower layer, trained (run_training) and predicted zero-shot
// (run_predict), gathered into OUT/sweep.json and OUT/sweep.md. See sweep_layers.h.
#include "xlfuse/pipeline/sweep_layers.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/predict/predict.h"
#include "xlfuse/train/run_training.h"
#include "xlfuse/train/training_data.h"
#include "xlfuse/runtime/device.h"

namespace xlfuse::pipeline {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

int64_t parse_int(const std::string& text, const std::string& spec) {
  size_t used = 0;
  int64_t value = 0;
  try {
    value = std::stoll(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (text.empty() || used != text.size())
    throw ConfigError(fmt::format("layers: expected \"all\" or layer numbers like 1,4,8 or 2-5, got \"{}\" in \"{}\"",
                                  text, spec));
  return value;
}

void write_outputs(SweepLayersResult& result, const SweepLayersOptions& options) {
  result.markdown = sweep_markdown(result);
  io::write_file_atomic(result.json_file, sweep_to_json(result, options).dump(2) + "\n");
  io::write_file_atomic(result.markdown_file, result.markdown);
}

}  // namespace

void SweepLayersOptions::validate() const {
  if (task.empty()) throw ConfigError("task: expected a task name, got nothing");
  if (init_dir.empty()) throw ConfigError("init: expected a model folder, got nothing");
  if (data_dir.empty()) throw ConfigError("data: expected a data folder, got nothing");
  if (out_dir.empty()) throw ConfigError("out: expected an output folder, got nothing");
  if (fusion.kind == model::FusionKind::LastLayer || fusion.kind == model::FusionKind::ScalarMix)
    throw ConfigError(fmt::format("fusion: expected a kind that fuses one lower layer (aif, iaff, sum, concat, "
                                  "lower_layer), got \"{}\"",
                                  fusion.kind));
  for (int64_t l : layers)
    if (l < 1) throw ConfigError(fmt::format("layers: expected layer numbers >= 1, got {}", l));
  if (epochs < 0) throw ConfigError(fmt::format("epochs: expected >= 0, got {}", epochs));
  if (max_steps < 0) throw ConfigError(fmt::format("max_steps: expected >= 0, got {}", max_steps));
  if (batch_size < 0) throw ConfigError(fmt::format("batch_size: expected >= 0, got {}", batch_size));
  if (learning_rate < 0) throw ConfigError(fmt::format("learning_rate: expected >= 0, got {}", learning_rate));
  if (threads < 0) throw ConfigError(fmt::format("threads: expected >= 0, got {}", threads));
  runtime::check_device_name(device);
}

std::vector<int64_t> parse_layer_list(const std::string& spec, int64_t num_layers) {
  std::set<int64_t> layers;
  if (spec == "all") {
    for (int64_t l = 1; l < num_layers; ++l) layers.insert(l);
  } else {
    std::istringstream in(spec);
    std::string item;
    while (std::getline(in, item, ',')) {
      item.erase(0, item.find_first_not_of(" \t"));
      item.erase(item.find_last_not_of(" \t") + 1);
      const auto dash = item.find('-', 1);
      if (dash == std::string::npos) {
        layers.insert(parse_int(item, spec));
      } else {
        const int64_t from = parse_int(item.substr(0, dash), spec), to = parse_int(item.substr(dash + 1), spec);
        if (from > to) throw ConfigError(fmt::format("layers: range \"{}\" runs backwards", item));
        for (int64_t l = from; l <= to; ++l) layers.insert(l);
      }
    }
  }
  if (layers.empty()) throw ConfigError(fmt::format("layers: no layer in \"{}\" (the model has {} layers)", spec, num_layers));
  for (int64_t l : layers)
    if (l < 1 || l > num_layers - 1)
      throw ConfigError(fmt::format("layers: layer {} is not a lower layer of a {}-layer model (expected 1..{})", l,
                                    num_layers, num_layers - 1));
  return {layers.begin(), layers.end()};
}

std::string sweep_markdown(const SweepLayersResult& r) {
  std::string out = fmt::format("{} ({}, split {}), fused lower layer per row\n\n| layer |", r.metric, "percent", r.split);
  std::string rule = "|---:|";
  for (const auto& l : r.langs) {
    out += fmt::format(" {} |", l);
    rule += "---:|";
  }
  out += " avg |\n" + rule + "---:|\n";
  for (const auto& row : r.rows) {
    out += fmt::format("| {} |", row.layer);
    for (const auto& l : r.langs) {
      auto it = row.scores.find(l);
      out += it == row.scores.end() ? " - |" : fmt::format(" {:.1f} |", it->second);
    }
    out += std::isnan(row.average) ? " - |\n" : fmt::format(" {:.1f} |\n", row.average);
  }
  return out;
}

nlohmann::json sweep_to_json(const SweepLayersResult& r, const SweepLayersOptions& options) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : r.rows) {
    nlohmann::json scores = nlohmann::json::object();
    for (const auto& [lang, value] : row.scores) scores[lang] = value;
    rows.push_back({{"layer", row.layer},
                    {"model_dir", row.model_dir},
                    {"scores", scores},
                    {"average", std::isnan(row.average) ? nlohmann::json(nullptr) : nlohmann::json(row.average)},
                    {"train_seconds", row.train_seconds},
                    {"predict_seconds", row.predict_seconds}});
  }
  return {{"task", options.task},     {"init", options.init_dir},
          {"fusion", model::fusion_to_json(options.fusion)},
          {"metric", r.metric},       {"split", r.split},
          {"langs", r.langs},         {"rows", rows}};
}

namespace {

// The prediction of one layer's model (model_dir) on the sweep's languages and split.
predict::PredictOptions prediction_options(const SweepLayersOptions& options, const std::string& model_dir) {
  predict::PredictOptions p;
  p.model_dir = model_dir;
  p.task = options.task;
  p.langs = options.langs;
  p.split = options.split;
  p.data_dir = options.data_dir;
  p.out_dir = (fs::path(model_dir) / "predictions").string();
  p.threads = options.threads;
  p.evaluate.device = options.device;
  return p;
}

}  // namespace

SweepLayersResult run_sweep_layers(const SweepLayersOptions& options) {
  options.validate();
  runtime::resolve_device(options.device);  // a GPU that is not there fails now, not after loading data
  model::require_model_files(options.init_dir, "--init");
  const fs::path config_path = fs::path(options.init_dir) / "config.json";
  const io::BertConfig config = io::read_bert_config(config_path.string());
  std::vector<int64_t> layers = options.layers;
  if (layers.empty()) layers = parse_layer_list("all", config.num_hidden_layers);
  // Everything is checked before anything is trained: every layer, the training data, and the
  // data of every language to predict.
  for (int64_t l : layers) {
    model::FusionOptions f = options.fusion;
    f.layer = l;
    f.validate(config);
  }
  train::check_training_data(options.data_dir, options.task);
  const predict::PredictionPlan plan = predict::plan_prediction(prediction_options(options, options.init_dir));
  for (const auto& m : plan.missing) XLFUSE_LOG_WARN("[sweep] not predicted: {}", m);
  fs::create_directories(options.out_dir);

  SweepLayersResult result;
  result.json_file = (fs::path(options.out_dir) / "sweep.json").string();
  result.markdown_file = (fs::path(options.out_dir) / "sweep.md").string();
  std::set<std::string> seen_langs;
  for (int64_t layer : layers) {
    SweepLayerRow row;
    row.layer = layer;
    const fs::path dir = fs::path(options.out_dir) / fmt::format("layer-{}", layer);
    row.model_dir = dir.string();

    train::RunTrainingOptions t;
    t.task = options.task;
    t.init_dir = options.init_dir;
    t.data_dir = options.data_dir;
    t.out_dir = dir.string();
    t.seed = options.seed;
    t.epochs = options.epochs;
    t.max_steps = options.max_steps;
    t.batch_size = options.batch_size;
    t.learning_rate = options.learning_rate;
    t.no_eval = options.no_eval;
    t.resume_if_present = options.resume;  // layers not started yet start afresh
    t.threads = options.threads;
    t.device = options.device;
    t.progress = options.progress;
    t.fusion = options.fusion;
    t.fusion.layer = layer;
    XLFUSE_LOG_INFO("[sweep] layer {}: training {} with {} fusion into {}", layer, options.task, t.fusion.kind, t.out_dir);
    const train::RunTrainingResult trained = train::run_training(t);
    row.train_seconds = trained.seconds;

    const predict::PredictResult predicted = predict::run_predict(prediction_options(options, dir.string()));
    row.predict_seconds = predicted.seconds;
    result.split = predicted.split;
    double sum = 0.0;
    for (const auto& l : predicted.languages) {
      if (!l.scored) continue;
      row.scores[l.lang] = l.evaluation.value;
      sum += l.evaluation.value;
      if (result.metric.empty()) result.metric = l.evaluation.metric;
      if (seen_langs.insert(l.lang).second) result.langs.push_back(l.lang);
    }
    row.average = row.scores.empty() ? std::numeric_limits<double>::quiet_NaN() : sum / row.scores.size();
    for (const auto& m : predicted.missing) XLFUSE_LOG_WARN("[sweep] layer {}: {}", layer, m);
    XLFUSE_LOG_INFO("[sweep] layer {}: average {} {:.2f} over {} language(s)", layer, result.metric, row.average,
                    row.scores.size());
    result.rows.push_back(std::move(row));
    write_outputs(result, options);  // after every layer: an interrupted sweep keeps what it finished
  }
  return result;
}

}  // namespace xlfuse::pipeline
