#pragma once
// Scoring a model in process on a labelled dataset: features -> batched inference (no autograd)
// -> decoding -> the official metric. The trainer's dev-set selection and `xlfuse predict` both
// call it, so a selected checkpoint is judged by the metric that reports it.
#include <cstdint>
#include <functional>
#include <map>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "xlfuse/data/example.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/raw_outputs.h"
#include "xlfuse/model/precision.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::predict {

struct EvaluateOptions {
  // Maximum sequence length; 0 = the task's default (data::TaskFeatureOptions).
  int max_seq_length = 0;
  // Features per inference batch (batches are formed by length).
  int64_t batch_size = 32;
  // Matmul precision.
  model::Precision precision = model::Precision::Float32;
  // Where to compute: "cpu", "cuda" or "cuda:N" (runtime/device.h).
  std::string device = "cpu";
  // Retrieval tasks scored without a dual-encoder head (Tatoeba, BUCC, or any model without one):
  // mean-pool this hidden state (XTREME: 8 for mBERT, i.e. transformer layer 8); -1 = last layer.
  int64_t retrieval_layer = 8;
  void validate() const;  // ConfigError naming the field
};
// Canonical JSON (core/json_fields.h); from_json reads the keys present over *options.
nlohmann::json to_json(const EvaluateOptions& options);
void from_json(const nlohmann::json& json, EvaluateOptions* options, const std::string& path = "");

// What one evaluation gives.
struct Evaluation {
  // The task's headline metric name ("accuracy", "f1", ...) and value, in the units `xlfuse score`
  // reports (percent).
  std::string metric;
  double value = 0.0;
  // Every metric computed (e.g. "exact_match" and "f1" for QA).
  std::map<std::string, double> all;
};

// Data-parallel evaluation: this process runs features [F * part / parts, F * (part + 1) / parts)
// and `gather` returns every part's raw outputs, concatenated in part order (the same on every
// process, so each decodes and scores the whole set and all agree on the metric).
struct EvaluationShard {
  int part = 0;
  int parts = 1;
  std::function<io::RawOutputs(io::RawOutputs mine)> gather;
};

// Scores `model` on a labelled dataset of `task`: features, batched inference (no autograd),
// decoding and the official metric. FormatError when the dataset has no labels.
Evaluation evaluate_model(model::TaskModel& model, const std::string& task, const data::Dataset& dataset,
                          const text::Tokenizer& tokenizer, const EvaluateOptions& options = {},
                          const EvaluationShard& shard = {});

// An Evaluation of `task` from its metric values (headline: accuracy, f1 (QA too) or map@20).
// std::logic_error when the headline metric is missing.
Evaluation make_evaluation(const data::TaskInfo& task, std::map<std::string, double> metrics);

}  // namespace xlfuse::predict
