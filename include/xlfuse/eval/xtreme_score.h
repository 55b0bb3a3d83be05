#pragma once
// The XTREME and XTREME-R task registry (metric, file format, languages in evaluate.py's order,
// groups) and the official aggregation:
//   per-task average of each metric = unweighted mean over the task's languages, summed in the
//     official order;
//   avg_metric = (avg exact_match + avg f1) / 2 for QA, else avg f1, else avg accuracy, else
//     avg map@20;
//   overall = mean of avg_metric over all tasks of the version, only when every task is
//     complete (else none); a group score only when all its tasks are complete.
//
// LAReQA quirk: evaluate.py lists `lareqa: []` for XTREME-R, so its overall (which requires all
// 10 tasks) can never be produced: without a lareqa folder the task set is incomplete, with one
// the empty score dict has no avg_metric and the script raises KeyError. xlfuse therefore scores
// LAReQA on its own (mAP@20 per XQuAD-R language, see retrieval.h) but leaves it OUT of the
// overall and the groups: `score` = mean over the 9 other XTREME-R tasks ("official_tasks"), and
// `score_with_lareqa` = mean over all 10 when LAReQA is complete too. Reports say so.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xlfuse/core/benchmark.h"

namespace xlfuse::eval {


// The label sets of the tasks whose files hold one label per line or token (as the XTREME
// processors define them): checked in every label and prediction file before scoring.
const std::vector<std::string>& nli_labels();    // xnli
const std::vector<std::string>& upos_labels();   // udpos: the 17 Universal POS tags
const std::vector<std::string>& panx_labels();   // panx: IOB2 over PER, ORG, LOC

// How a task's files are read and scored.
enum class TaskMetric {
  Accuracy,      // tsv, one label per line: xnli, pawsx, tatoeba
  Seqeval,       // tsv tag files: udpos, panx
  Squad,         // json: xquad, tydiqa
  Mlqa,          // json: mlqa
  Bucc,          // tsv "src\ttgt" lines: bucc2018
  JsonAccuracy,  // jsonl {"label": ...}: xcopa
  MewslixMrr,    // json {id: [entity ids]}: mewslix
  LareqaMap,     // json {question id: [candidate ids]}: lareqa (not in the official score)
};

// Official metric names, as evaluate.py writes them.
inline constexpr const char* kF1 = "f1";
inline constexpr const char* kPrecision = "precision";
inline constexpr const char* kRecall = "recall";
inline constexpr const char* kExactMatch = "exact_match";
inline constexpr const char* kAccuracy = "accuracy";
inline constexpr const char* kMapAt20 = "map@20";

struct TaskInfo {
  std::string name;                    // folder name: udpos, panx, xnli, ...
  TaskMetric metric = TaskMetric::Accuracy;
  std::string extension;               // tsv | json | jsonl
  std::vector<std::string> languages;  // evaluate.py's order
  bool in_official_score = true;       // false only for lareqa
  // What a line of a label or prediction file may hold: one of these labels (xnli, pawsx, udpos,
  // panx), a line index (tatoeba), or anything (the others; QA and retrieval files are JSON).
  std::vector<std::string> labels;
  bool integer_lines = false;
  bool is_qa() const { return metric == TaskMetric::Squad || metric == TaskMetric::Mlqa; }
  // The metrics a language gets, in report order.
  std::vector<std::string> metric_names() const;
};

struct BenchmarkInfo {
  Benchmark benchmark = Benchmark::Xtreme;
  std::vector<TaskInfo> tasks;  // in report order
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;
  const TaskInfo* find(std::string_view task) const;  // nullptr if not a task of the version
};

const BenchmarkInfo& benchmark_info(Benchmark benchmark);

// Any task of either version by folder name (for writers); nullptr if unknown.
const TaskInfo* find_task(std::string_view task);

// metric -> value (x100), ordered by name.
using MetricValues = std::map<std::string, double>;

// Unweighted mean of every metric over the given per-language values (in the given order, as
// Python's sum(...)/len(...)). A metric missing from some language is averaged over the
// languages that have it, as evaluate.py's defaultdict does.
MetricValues average_over_languages(const std::vector<std::pair<std::string, MetricValues>>& per_language);

// evaluate.py's avg_metric of a task from its averages; none when no known metric is present.
std::optional<double> avg_metric(const TaskInfo& task, const MetricValues& averages);

// Mean of the given values (in order); none if `values` is empty or any value is none.
std::optional<double> mean_if_complete(const std::vector<std::optional<double>>& values);

}  // namespace xlfuse::eval
