// The headline metric of a task. See headline_metric.h.
#include "xlfuse/report/headline_metric.h"

#include <algorithm>

#include "xlfuse/core/benchmark.h"

namespace xlfuse::report {

std::string headline_metric(const std::string& task, const std::vector<std::string>& available) {
  const eval::TaskInfo* info = eval::find_task(task);
  if (info) {
    switch (info->metric) {
      case eval::TaskMetric::Accuracy:
      case eval::TaskMetric::JsonAccuracy:
        return eval::kAccuracy;
      case eval::TaskMetric::Seqeval:
      case eval::TaskMetric::Bucc:
      case eval::TaskMetric::Squad:
      case eval::TaskMetric::Mlqa:
        return eval::kF1;
      case eval::TaskMetric::MewslixMrr:
      case eval::TaskMetric::LareqaMap:
        return eval::kMapAt20;
    }
  }
  for (const char* name : {eval::kF1, eval::kAccuracy, eval::kMapAt20})
    if (std::find(available.begin(), available.end(), name) != available.end()) return name;
  return available.empty() ? std::string() : *std::min_element(available.begin(), available.end());
}

}  // namespace xlfuse::report
