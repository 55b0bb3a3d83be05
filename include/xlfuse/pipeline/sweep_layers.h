#pragma once
// `xlfuse sweep-layers`: which lower layer to fuse with the last one. For every layer l of the
// sweep, one model is trained with layer fusion (FusionOptions kind, layer l) by run_training into
// OUT/layer-<l>/, then predicted zero-shot on the task's languages by run_predict (predictions in
// OUT/layer-<l>/predictions/), and the scores are gathered into
//
//   OUT/sweep.json   {"task", "fusion", "metric", "split", "langs", "rows": [{"layer", "model_dir",
//                     "scores": {lang: value}, "average", "train_seconds", "predict_seconds"}]}
//   OUT/sweep.md     a markdown table: rows = layers, columns = languages + average
//
// Both files are rewritten (atomically) after every layer, so an interrupted sweep keeps what it
// finished; with resume, every layer's run_training is called with resume (it continues from
// OUT/layer-<l>/checkpoints, and may overwrite the folder's model) and prediction is redone.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/train/progress.h"

namespace xlfuse::pipeline {

struct SweepLayersOptions {
  // Registry task name (a task run_training can train: classification, tagging, QA, ...).
  std::string task;
  // Model folder to start every run from (config.json, model.safetensors, vocab.txt or sentencepiece.bpe.model).
  std::string init_dir;
  // Data folder in XTREME's layout (English training data, target-language evaluation data).
  std::string data_dir;
  // Output folder (see the file comment).
  std::string out_dir;
  // Lower layers to sweep, 1 .. num_hidden_layers - 1 each; empty = all of them.
  std::vector<int64_t> layers;
  // The fusion of every run; its `layer` is set per run (kind must take a lower layer).
  model::FusionOptions fusion = default_fusion();
  // Languages to predict: "all" (the benchmark's languages present in data_dir) or "l1,l2,...".
  std::string langs = "all";
  // Split to predict and score ("" = predict's default, the test split).
  std::string split;
  // Training settings (0 / -1 = the task's default, as in RunTrainingOptions).
  int64_t epochs = 0;
  int64_t max_steps = 0;
  int64_t batch_size = 0;
  double learning_rate = 0.0;
  int64_t seed = -1;
  // Skip the English dev evaluation during training (the final weights are kept).
  bool no_eval = false;
  // Continue interrupted runs (see the file comment).
  bool resume = false;
  // Compute threads (0 = all cores).
  int threads = 0;
  // Where to compute: "cpu", "cuda" or "cuda:N" (runtime/device.h).
  std::string device = "cpu";
  // Progress display of the training runs: auto | bar | lines | off.
  train::ProgressMode progress = train::ProgressMode::Auto;
  // Throws ConfigError naming the field (layers against the model are checked by run_sweep_layers).
  void validate() const;

  static model::FusionOptions default_fusion() {
    model::FusionOptions f;
    f.kind = model::FusionKind::Aif;
    return f;
  }
};
// Canonical JSON (core/json_fields.h); from_json reads the keys present over *options.
nlohmann::json to_json(const SweepLayersOptions& options);
void from_json(const nlohmann::json& json, SweepLayersOptions* options, const std::string& path = "");

struct SweepLayerRow {
  int64_t layer = 0;
  std::string model_dir;
  // Headline metric per scored language (percent, as `xlfuse score` reports).
  std::map<std::string, double> scores;
  // Mean over the scored languages (NaN when none was scored).
  double average = 0.0;
  double train_seconds = 0.0;
  double predict_seconds = 0.0;
};

struct SweepLayersResult {
  std::string metric;
  std::string split;
  // Languages in column order (the order run_predict gave them).
  std::vector<std::string> langs;
  std::vector<SweepLayerRow> rows;
  std::string json_file;
  std::string markdown_file;
  // The markdown table written to markdown_file.
  std::string markdown;
};

// "all" -> 1 .. num_layers - 1; "3", "1,4,8", "2-5" or a mix ("1,3-5"): sorted, duplicates
// removed. Anything else, or a layer outside 1 .. num_layers - 1 -> ConfigError naming it.
std::vector<int64_t> parse_layer_list(const std::string& spec, int64_t num_layers);

// The markdown table of a result: | layer | lang... | avg |, values with one decimal.
std::string sweep_markdown(const SweepLayersResult& result);
// sweep.json's contents.
nlohmann::json sweep_to_json(const SweepLayersResult& result, const SweepLayersOptions& options);

// Runs the sweep (see the file comment). Throws what run_training / run_predict throw, and
// ConfigError for bad options or layers outside the model.
SweepLayersResult run_sweep_layers(const SweepLayersOptions& options);

}  // namespace xlfuse::pipeline
