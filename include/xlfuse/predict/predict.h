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
//
// Default split (PredictOptions::split empty): the split the benchmark evaluates, "test" (the
// leaderboard files; TyDiQA-GoldP, which has none, its dev split). XTREME strips the test labels
// of most tasks (xtreme-facts 3.3): those languages are predicted and written, not scored; pass
// --split dev to score on the dev data. "all" languages = the benchmark's languages the data
// folder has; when none of the requested languages has data, nothing is predicted (IoError).
//
// The folder (decode/prediction_folder.h): a language's files are rewritten when they are absent
// or were written by the same model (same model_hash in the raw file); files of another model (or
// a prediction file without its raw file) are refused with IoError before anything is computed.
// OUT/scores.json keeps the entries of other tasks already there and replaces this task's entry.
//
// Retrieval: Tatoeba predicts the nearest English sentence of every source sentence; BUCC 2018
// mines pairs by ratio margin (bucc_mining.h) cut at the threshold that maximises F1 on the
// dev gold of the language (on dev itself for the dev split, as XTREME tunes it); Mewsli-X ranks
// the candidate entities of every mention; LAReQA ranks the questions of every predicted language
// against ONE pool of the candidates of all 11 XQuAD-R languages, whatever --langs asks for (the
// benchmark's setting; a data folder without one of them is refused), and records the pool in
// scores.json ("candidate_pool"). evaluate_model, on one dataset, uses that language's
// candidates only (English dev selection).
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "xlfuse/data/example.h"
#include "xlfuse/data/feature.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/model/precision.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/predict/evaluate.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::predict {

struct PredictOptions {
  // Model folder (config.json, model.safetensors, vocab.txt or sentencepiece.bpe.model, xlfuse.json; without xlfuse.json
  // only training-free retrieval tasks can be predicted).
  std::string model_dir;
  // Registry task name.
  std::string task;
  // "all" = every language of the task present in data_dir, or a comma-separated list.
  std::string langs = "all";
  // "" = default_split(task): test (TyDiQA-GoldP: dev).
  std::string split;
  // Data folder in XTREME's layout.
  std::string data_dir;
  // Output folder (see the file comment).
  std::string out_dir;
  // Benchmark whose languages "all" means.
  Benchmark benchmark = kDefaultBenchmark;
  EvaluateOptions evaluate;
  // Compute threads (0 = all cores).
  int threads = 0;
  void validate() const;  // ConfigError naming the field
};
// Canonical JSON (core/json_fields.h); from_json reads the keys present over *options.
nlohmann::json to_json(const PredictOptions& options);
void from_json(const nlohmann::json& json, PredictOptions* options, const std::string& path = "");

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

// What run_predict would predict, from the options and the data folder alone (the model folder is
// not read): the split, the languages (and those of "all" that are absent), and the languages
// whose data is encoded (LAReQA: the whole candidate pool). Throws what run_predict throws for
// these; callers that train first (sweep-layers) check their inputs with it before training.
struct PredictionPlan {
  std::string split;
  std::vector<std::string> langs;
  std::vector<std::string> missing;
  std::vector<std::string> encoded;
};
PredictionPlan plan_prediction(const PredictOptions& options);

// The split used when PredictOptions::split is empty (see the file comment).
std::string default_split(const data::TaskInfo& task);

// See the file comment. IoError naming paths for missing data or model files; ConfigError when
// the model's head cannot serve the task.
PredictResult run_predict(const PredictOptions& options);

}  // namespace xlfuse::predict
