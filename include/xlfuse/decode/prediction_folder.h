#pragma once
// The folder a prediction run writes (`xlfuse predict`, and ensembles alike), for one task and
// split:
//   OUT/{task}/{split}-{lang}.{tsv|json|jsonl}    decoded predictions, leaderboard layout
//   OUT/raw/{task}/{split}-{lang}.safetensors      raw outputs (io/raw_outputs.h)
//   OUT/scores.json                                the shape of `xlfuse score`, one entry per task
// A language's files are replaced only when they were written by the same model (same model_hash
// in the raw file); files of another model, or a prediction file without its raw file, are
// refused before anything is computed. scores.json keeps the entries of other tasks.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "xlfuse/core/benchmark.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/eval/xtreme_score.h"

namespace xlfuse::decode {

class PredictionFolder {
 public:
  PredictionFolder(const std::filesystem::path& out_dir, const data::TaskInfo& task, std::string split);

  std::filesystem::path prediction_path(const std::string& lang) const;
  std::filesystem::path raw_path(const std::string& lang) const;
  std::filesystem::path scores_path() const { return out_ / "scores.json"; }
  const std::string& split() const { return split_; }

  // IoError when `lang`'s files exist and were not written by the model `model_hash` (see above).
  void check_overwrite(const std::string& lang, const std::string& model_hash) const;

  // Writes this task's entry of scores.json (atomically): the scored languages' metrics, their
  // average and avg_metric as `xlfuse score` computes them, the benchmark's languages without a
  // score, `note` among the notes, and `extra` (e.g. the LAReQA candidate pool) under the task.
  void write_scores(Benchmark benchmark, const std::vector<std::pair<std::string, eval::MetricValues>>& scored,
                    const std::string& note, const nlohmann::json& extra = nlohmann::json::object()) const;

 private:
  std::filesystem::path out_;
  const data::TaskInfo& task_;
  std::string split_;
  std::string extension_;
};

}  // namespace xlfuse::decode
