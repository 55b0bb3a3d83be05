#pragma once
// Predictions -> the leaderboard file of a task and its official scores, computed by the same
// eval/ functions `xlfuse score` uses on the written files.
#include <string>
#include <vector>

#include "xlfuse/data/example.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/decode_outputs.h"
#include "xlfuse/eval/xtreme_score.h"

namespace xlfuse::decode {

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

// mAP@20 of one language's pooled LAReQA rankings: relevant = the answer sentence in every
// language of `pool` (the candidates sharing the question's xling_id).
eval::MetricValues score_lareqa_pool(const data::Dataset& dataset, const std::vector<const data::Dataset*>& pool,
                                     const Predictions& predictions);

}  // namespace xlfuse::decode
