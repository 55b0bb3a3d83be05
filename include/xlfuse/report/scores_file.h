#pragma once
// scores.json as `xlfuse predict` and `xlfuse score` write it (eval::to_json(ScoreReport)):
//   {"benchmark", "tasks": {task: {"languages": {lang: {metric: value}}, "split"?, ...}}, ...}
// Only what the report uses is read; it is read strictly (FormatError naming file and field).
#include <string>
#include <utility>
#include <vector>

#include "xlfuse/eval/xtreme_score.h"

namespace xlfuse::report {

struct TaskScores {
  std::string task;
  // The split the languages were scored on ("test" when the entry does not say: `xlfuse score`
  // scores the leaderboard's test files).
  std::string split = "test";
  // lang -> metric -> value (0-100), in the benchmark's language order, others after, sorted.
  std::vector<std::pair<std::string, eval::MetricValues>> languages;
};

struct ScoresFile {
  std::string path;
  std::string benchmark;          // "" when absent
  std::vector<TaskScores> tasks;  // sorted by task name
  const TaskScores* find(const std::string& task) const;
};

ScoresFile read_scores_file(const std::string& path);

// Languages in report order: the task's XTREME-R (else XTREME) language order first, then any
// others sorted.
std::vector<std::string> order_languages(const std::string& task, std::vector<std::string> languages);

}  // namespace xlfuse::report
