#pragma once
// Scores a folder of predictions in the leaderboard layout against a folder of labels in the
// same layout, like XTREME's `evaluate.py --prediction_folder P --label_folder L`, with three
// differences that make the result usable on partial runs:
//  * a task folder present on one side only is reported (ScoreReport::tasks_without_*), not
//    silently skipped;
//  * a language with a prediction but no label file, or a label but no prediction, is reported
//    per task; the task is then scored on the languages it has, marked incomplete, and kept out
//    of the overall and group scores (evaluate.py would crash on the missing file);
//  * LAReQA is scored but kept out of the XTREME-R overall (see xtreme_score.h).
// Files that are not test-{lang}.{ext} of the task's official languages are listed, not scored.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "xlfuse/eval/seqeval.h"
#include "xlfuse/eval/xtreme_score.h"

namespace xlfuse::eval {

struct ScoreOptions {
  // Folder with {task}/test-{lang}.{ext} prediction files.
  std::string predictions_dir;
  // Folder with the label files in the same layout.
  std::string labels_dir;
  // Which task list, languages and groups to use.
  Benchmark benchmark = kDefaultBenchmark;
  // seqeval chunking for udpos/panx: legacy = seqeval 0.0.12 (XTREME's numbers), v1 = seqeval 1.x.
  SeqevalScheme seqeval = SeqevalScheme::Legacy;
  void validate() const;  // ConfigError naming the field
};

struct LanguageScore {
  std::string language;
  MetricValues metrics;
};

struct TaskReport {
  std::string task;
  std::vector<LanguageScore> languages;          // scored languages, in the official order
  std::vector<std::string> missing_predictions;  // label file present, prediction file absent
  std::vector<std::string> missing_labels;       // prediction file present, label file absent
  std::vector<std::string> missing_both;         // neither file present
  std::vector<std::string> extra_files;          // other files in the task folders (not scored)
  MetricValues average;                          // over the scored languages
  std::optional<double> avg_metric;              // evaluate.py's avg_metric of `average`
  bool complete = false;                         // every official language scored
  bool in_official_score = true;                 // false for lareqa
};

struct ScoreReport {
  Benchmark benchmark = kDefaultBenchmark;
  SeqevalScheme seqeval = SeqevalScheme::Legacy;
  std::vector<TaskReport> tasks;                       // tasks with both folders, registry order
  std::vector<std::string> tasks_without_predictions;  // label folder only
  std::vector<std::string> tasks_without_labels;       // prediction folder only
  std::vector<std::string> tasks_absent;               // in neither folder
  std::vector<std::string> unknown_folders;            // sub-folders that are no task of the version
  std::vector<std::pair<std::string, std::optional<double>>> groups;
  std::vector<std::string> score_tasks;                // the tasks the overall averages
  std::optional<double> score;                         // none unless all score_tasks are complete
  std::optional<double> score_with_lareqa;             // XTREME-R: all 10 tasks, when all complete
  std::vector<std::string> notes;                      // explanations shown with the report

  const TaskReport* find(const std::string& task) const;
};

// Scores one prediction file against one label file of `task` in language `lang`. Throws
// FormatError (file:line; a count mismatch names both files and both counts) or IoError.
MetricValues score_files(const TaskInfo& task, const std::string& prediction_file, const std::string& label_file,
                         const std::string& lang, SeqevalScheme seqeval = SeqevalScheme::Legacy);

ScoreReport score_folders(const ScoreOptions& options);

// {"benchmark", "seqeval", "tasks": {task: {"languages": {lang: {metric: value}}, "average":
// {metric: value}, "avg_metric", "complete", "missing": {"predictions", "labels", "both"},
// "extra_files"}}, "missing": {"predictions": [tasks], "labels": [tasks], "both": [tasks]},
// "unknown_folders", "groups": {group: value|null}, "score_tasks", "score": value|null,
// ["score_with_lareqa"], "notes"}. Values on the 0-100 scale with the official metric names.
nlohmann::json to_json(const ScoreReport& report);

// A plain-text table: one row per task and language, the task averages, groups and score.
std::string format_score_table(const ScoreReport& report);

}  // namespace xlfuse::eval
