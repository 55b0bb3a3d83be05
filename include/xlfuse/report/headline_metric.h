#pragma once
// The one number per (task, language) that tables and charts show: the XTREME / XTREME-R task's
// headline metric (f1 for tagging and QA, accuracy, map@20), else the best-known metric present.
#include <string>
#include <vector>

#include "xlfuse/eval/xtreme_score.h"

namespace xlfuse::report {

// The headline metric of a benchmark task; for another task, the first of f1, accuracy, map@20
// among `available`, else the first available name; "" when nothing is available.
std::string headline_metric(const std::string& task, const std::vector<std::string>& available);

}  // namespace xlfuse::report
