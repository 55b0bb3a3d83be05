// The XTREME-R score of a system through eval's averaging. See xtreme_r_score.h.
#include "xlfuse/report/xtreme_r_score.h"

#include <fmt/format.h>

#include "xlfuse/core/benchmark.h"

namespace xlfuse::report {

namespace {

// The metrics avg_metric reads for a task.
std::vector<std::string> needed_metrics(const eval::TaskInfo& task) {
  if (task.is_qa()) return {eval::kExactMatch, eval::kF1};
  switch (task.metric) {
    case eval::TaskMetric::Accuracy:
    case eval::TaskMetric::JsonAccuracy:
      return {eval::kAccuracy};
    case eval::TaskMetric::MewslixMrr:
    case eval::TaskMetric::LareqaMap:
      return {eval::kMapAt20};
    default:
      return {eval::kF1};
  }
}

}  // namespace

XtremeRScore xtreme_r_score(
    const std::map<std::string, std::vector<std::pair<std::string, eval::MetricValues>>>& test_scores) {
  XtremeRScore out;
  for (const auto& task : eval::benchmark_info(Benchmark::XtremeR).tasks) {
    if (!task.in_official_score) continue;
    out.tasks.push_back(task.name);
    auto it = test_scores.find(task.name);
    if (it == test_scores.end()) {
      out.task_values.push_back(std::nullopt);
      out.missing.push_back(fmt::format("{} (no test scores)", task.name));
      continue;
    }
    // The official languages, in evaluate.py's order (other languages are not averaged).
    std::vector<std::pair<std::string, eval::MetricValues>> per_language;
    std::vector<std::string> lacking;
    for (const auto& lang : task.languages) {
      const eval::MetricValues* found = nullptr;
      for (const auto& [l, m] : it->second)
        if (l == lang) found = &m;
      bool usable = found != nullptr;
      if (found)
        for (const auto& metric : needed_metrics(task)) usable = usable && found->count(metric) > 0;
      if (usable) {
        per_language.emplace_back(lang, *found);
      } else {
        lacking.push_back(lang);
      }
    }
    if (!lacking.empty()) {
      out.task_values.push_back(std::nullopt);
      out.missing.push_back(fmt::format("{} ({} of {} languages; lacking {})", task.name, per_language.size(),
                                        task.languages.size(), fmt::join(lacking, " ")));
      continue;
    }
    out.task_values.push_back(eval::avg_metric(task, eval::average_over_languages(per_language)));
  }
  out.score = eval::mean_if_complete(out.task_values);
  return out;
}

}  // namespace xlfuse::report
