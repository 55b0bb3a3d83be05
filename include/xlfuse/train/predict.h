#pragma once
// Zero-shot prediction: a model folder + a task -> raw outputs stored once per (task, split,
// language), decoded predictions in the leaderboard layout, and scores where labels exist.
//
//   OUT/{task}/{split}-{lang}.{tsv|json|jsonl}   decoded predictions (eval/submission.h writers)
//   OUT/raw/{task}/{split}-{lang}.safetensors     raw outputs + feature ids + metadata
//   OUT/scores.json                               same shape as `xlfuse score`
//
// The same code scores a model in process (evaluate_model), which is what the trainer's dev-set
// selection calls, so a selected checkpoint is judged by the metric that reports it.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "xlfuse/data/example.h"
#include "xlfuse/data/feature.h"
#include "xlfuse/model/precision.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::train {

struct EvaluateOptions {
  // Maximum sequence length; 0 = the task's default (data::TaskFeatureOptions).
  int max_seq_length = 0;
  // Features per inference batch (batches are formed by length).
  int64_t batch_size = 32;
  // Matmul precision.
  model::Precision precision = model::Precision::Float32;
  // Retrieval tasks scored without a dual-encoder head (Tatoeba, BUCC, or any model without one):
  // mean-pool this hidden state (XTREME: 8 for mBERT, i.e. transformer layer 8); -1 = last layer.
  int64_t retrieval_layer = 8;
  void validate() const;  // ConfigError naming the field
};

// What one evaluation gives.
struct Evaluation {
  // The task's headline metric name ("accuracy", "f1", ...) and value, in the units `xlfuse score`
  // reports (percent).
  std::string metric;
  double value = 0.0;
  // Every metric computed (e.g. "exact_match" and "f1" for QA).
  std::map<std::string, double> all;
};

// Scores `model` on a labelled dataset of `task`: features, batched inference (no autograd),
// decoding and the official metric. FormatError when the dataset has no labels.
Evaluation evaluate_model(model::TaskModel& model, const std::string& task, const data::Dataset& dataset,
                          const text::BertTokenizer& tokenizer, const EvaluateOptions& options = {});

struct PredictOptions {
  // Model folder (config.json, model.safetensors, vocab.txt, xlfuse.json; without xlfuse.json
  // only training-free retrieval tasks can be predicted).
  std::string model_dir;
  // Registry task name.
  std::string task;
  // "all" = every language of the task present in data_dir, or a comma-separated list.
  std::string langs = "all";
  // "" = "test", or "dev" for tasks whose test labels XTREME strips when only dev exists.
  std::string split;
  // Data folder in XTREME's layout.
  std::string data_dir;
  // Output folder (see the file comment).
  std::string out_dir;
  // Benchmark whose languages "all" means.
  std::string benchmark = "xtreme-r";
  EvaluateOptions evaluate;
  // Compute threads (0 = all cores).
  int threads = 0;
  void validate() const;  // ConfigError naming the field
};

struct LanguageResult {
  std::string lang;
  int64_t examples = 0;
  int64_t features = 0;
  // Whether labels existed and `evaluation` was filled.
  bool scored = false;
  Evaluation evaluation;
  // Files written.
  std::string prediction_file;
  std::string raw_file;
  double seconds = 0.0;
};

struct PredictResult {
  std::string split;
  std::vector<LanguageResult> languages;
  // Languages asked for but absent from data_dir (with the expected paths), skipped.
  std::vector<std::string> missing;
  std::string scores_file;  // "" when nothing was scored
  double seconds = 0.0;
};

// See the file comment. IoError naming paths for missing data or model files; ConfigError when
// the model's head cannot serve the task.
PredictResult run_predict(const PredictOptions& options);

}  // namespace xlfuse::train
