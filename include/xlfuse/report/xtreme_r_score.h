#pragma once
// The XTREME-R score of one system as the leaderboard computes it (evaluate.py, through eval/):
// per task the unweighted mean of each metric over the task's official languages, avg_metric
// ((EM + F1) / 2 for QA, else F1, accuracy or map@20), and the mean of avg_metric over the 9
// tasks of the official score (LAReQA is left out: see eval/xtreme_score.h). A task counts only
// when every official language has test scores with the metrics avg_metric needs; otherwise the
// score is none ("incomplete"), never a partial mean.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "xlfuse/eval/xtreme_score.h"

namespace xlfuse::report {

struct XtremeRScore {
  std::vector<std::string> tasks;                  // the official tasks, in evaluate.py's order
  std::vector<std::optional<double>> task_values;  // avg_metric per task; none = missing or incomplete
  std::optional<double> score;                     // none unless every task is complete
  std::vector<std::string> missing;                // why: "udpos (no test scores)", "xquad (11 of 12 languages)"
};

// `test_scores`: task -> the system's test-split scores per language.
XtremeRScore xtreme_r_score(
    const std::map<std::string, std::vector<std::pair<std::string, eval::MetricValues>>>& test_scores);

}  // namespace xlfuse::report
