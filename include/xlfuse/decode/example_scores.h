#pragma once
// Per-example contributions to a task's headline metric, whose column sums give exactly the value
// score_predictions reports (so a bootstrap resample, a subset of examples or a sum over several
// systems is scored by the official metric):
//   accuracy (xnli, pawsx, xcopa, tatoeba ...)   width 2: (correct, 1)               -> 100 * s0 / s1
//   seqeval F1 (udpos, panx)                      width 3: (true positive chunks,
//                                                          predicted chunks, gold chunks) -> 100 * 2 s0 / (s1 + s2)
//   SQuAD / MLQA F1 (xquad, mlqa, tydiqa)         width 2: (F1 of the question, 1)     -> 100 * s0 / s1
//   Mewsli-X MRR@20, LAReQA mAP@20                width 2: (RR / AP of the query, 1)   -> 100 * s0 / s1
// One row per example in dataset order (tagging: per sentence; QA: per question; retrieval: per
// query). BUCC has no per-example decomposition (pairs are mined over the whole corpus).
#include <cstddef>
#include <string>
#include <vector>

#include "xlfuse/data/example.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/decode_outputs.h"

namespace xlfuse::decode {

struct ExampleScores {
  enum class Kind { Mean, F1 };
  // The headline metric these rows sum to ("accuracy", "f1", "map@20").
  std::string metric;
  Kind kind = Kind::Mean;
  // Statistics per example (2 for Mean, 3 for F1) and the rows, row-major [examples, width].
  size_t width = 2;
  std::vector<double> values;

  size_t size() const { return width == 0 ? 0 : values.size() / width; }
  // The metric (percent) of column sums: 100 * s0 / s1 (Mean) or 100 * 2 s0 / (s1 + s2) (F1; 0
  // when there is no chunk at all, as seqeval). 0 rows -> std::invalid_argument.
  double metric_of(const std::vector<double>& sums) const;
  // The metric over all rows (equals score_predictions' headline value).
  double total() const;
};

// Rows of a labelled dataset's predictions. FormatError when the dataset has no labels;
// ConfigError for BUCC 2018. LAReQA: relevant candidates are those of `pool` (all the pool's
// languages), as score_lareqa_pool; for other tasks `pool` is ignored.
ExampleScores example_scores(const data::TaskInfo& task, const data::Dataset& dataset, const Predictions& predictions,
                             const std::vector<const data::Dataset*>& pool = {});

}  // namespace xlfuse::decode
