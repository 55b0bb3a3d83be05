#pragma once
// What intermediate-task training adds, per intermediate task(s) and target language: the
// headline score of the models fine-tuned through the intermediate task(s) minus that of the
// models of the same target task and fusion without one (chain = [target task]), each averaged
// over its seeds. Only test-split scores are used (dev when a study has no test scores).
#include <string>
#include <vector>

#include "xlfuse/report/systems.h"

namespace xlfuse::report {

struct GainCell {
  std::string row;  // intermediate label, with " · fusion" when fusions differ
  std::string task;
  std::string lang;
  std::string split;
  std::string metric;
  double value = 0.0;     // mean over the intermediate models' seeds
  double baseline = 0.0;  // mean over the baselines' seeds
  double gain = 0.0;      // value - baseline
  int models = 0;
  int baselines = 0;
};

// Cells in row order (sorted), then task and report language order.
std::vector<GainCell> intermediate_gains(const Systems& systems);

}  // namespace xlfuse::report
