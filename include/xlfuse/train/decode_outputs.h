#pragma once
// Raw outputs -> predictions in the shape of the leaderboard files, and their scores with the
// official metric computed by the same eval/ functions `xlfuse score` uses. Torch-free.
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <string>
#include <vector>

#include "xlfuse/data/decode.h"
#include "xlfuse/data/example.h"
#include "xlfuse/data/feature.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/eval/xtreme_score.h"
#include "xlfuse/train/raw_outputs.h"

namespace xlfuse::train {

// The predictions of one (task, split, language); only the member of the task's shape is used.
struct Predictions {
  // Classification: label names; Tatoeba: the predicted English line index; BUCC: "src\ttgt".
  std::vector<std::string> lines;
  // Tagging: one tag per word of every sentence.
  std::vector<std::vector<std::string>> tags;
  // QA: question id -> answer text.
  std::map<std::string, std::string> answers;
  // Multiple choice: the chosen index per example.
  std::vector<int> choices;
  // Mewsli-X / LAReQA: query id -> ranked candidate ids (at most eval::kRetrievalTopK).
  std::map<std::string, std::vector<std::string>> rankings;
  // BUCC 2018: the margin threshold the lines were cut at.
  double bucc_threshold = 0.0;
  // Entries the prediction file holds (lines, sentences, answers, ...).
  size_t count() const;
};

struct DecodeOptions {
  // Extractive QA decoding (n-best size, longest answer).
  data::QaDecodeOptions qa;
  // BUCC 2018 mining (XTREME's LASER-style mine_bitext: ratio margin over this many neighbours,
  // "max" retrieval). The pairs kept are those scoring >= the threshold: `bucc_threshold` when
  // set, else the one maximising F1 on the dataset's own gold (bucc_optimize, as XTREME does on
  // the dev split). No gold and no threshold -> ConfigError.
  int bucc_neighbours = 4;
  std::optional<double> bucc_threshold;
};

// One mined sentence pair of BUCC (indices into the source / English sides).
struct MinedPair {
  double score = 0.0;
  size_t source = 0;
  size_t target = 0;
};

// LAReQA as the benchmark defines it: the questions of every language rank ONE pool holding the
// candidates of all the given languages (raws[i] computed on datasets[i]); one Predictions per
// language.
std::vector<Predictions> decode_lareqa_pool(const std::vector<const data::Dataset*>& datasets,
                                            const std::vector<const RawOutputs*>& raws);

// mAP@20 of one language's pooled rankings: relevant = the answer sentence in every language of
// `pool` (the candidates sharing the question's xling_id).
eval::MetricValues score_lareqa_pool(const data::Dataset& dataset, const std::vector<const data::Dataset*>& pool,
                                     const Predictions& predictions);

// XTREME's mine_bitext(mode=mine, retrieval=max, margin=ratio): forward and backward best
// candidates by ratio margin cos(x,y) / ((mean_k cos(x, NN_k(x)) + mean_k cos(y, NN_k(y))) / 2),
// merged best first, each sentence used once; pairs with score > 0. Row-major [rows, dim] inputs.
std::vector<MinedPair> mine_bitext(const std::vector<float>& source, size_t source_rows,
                                   const std::vector<float>& target, size_t target_rows, size_t dim, int neighbours);

// XTREME's bucc_optimize: the threshold between the candidate with the best F1 against `gold`
// (pairs "src_id\ttgt_id") and the next one; 0 when nothing is correct.
double bucc_optimize_threshold(const std::vector<std::pair<std::string, double>>& candidates,
                               const std::set<std::string>& gold);

// Decodes `raw` (computed on `features` of `dataset`). std::invalid_argument / FormatError when
// the outputs do not fit the features or the dataset.
Predictions decode_outputs(const data::TaskInfo& task, const data::Dataset& dataset,
                           const std::vector<data::Feature>& features, const RawOutputs& raw,
                           const DecodeOptions& options = {});

// How a registry task is written and scored: the XTREME / XTREME-R entry when the task is one
// (xnli, udpos, ...), else by kind (classification: accuracy, tsv; multiple choice: accuracy,
// jsonl; tagging: seqeval, tsv; QA: SQuAD, json). ConfigError for retrieval tasks outside the
// benchmarks.
eval::TaskInfo scoring_task(const data::TaskInfo& task);

// Writes the predictions in the leaderboard format of the task (atomically).
void write_predictions(const std::string& path, const data::TaskInfo& task, const Predictions& predictions);

// The headline metric of a task ("accuracy", "f1" (QA too), "map@20").
std::string headline_metric(const data::TaskInfo& task);

// Scores the predictions against the gold of a labelled dataset with the official metric (the
// values `xlfuse score` reports for the same files), keyed by the official metric names.
// FormatError when the dataset has no labels.
eval::MetricValues score_predictions(const data::TaskInfo& task, const data::Dataset& dataset,
                                     const Predictions& predictions);

}  // namespace xlfuse::train
