#pragma once
// Per-language bars of the member chosen on English dev and of an ensemble, as inline SVG: the
// bootstrap interval of (ensemble - member) is drawn as a whisker around the ensemble bar
// (member score + [low, high]), the oracle member as a grey tick. The y axis starts at a round
// value below the data, not necessarily at 0 (the caption says so). Text is escaped.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "xlfuse/report/ensemble_record.h"

namespace xlfuse::report {

struct BarGroup {
  std::string label;  // language, or "mean"
  double member = 0.0;
  double ensemble = 0.0;
  DeltaInterval delta;  // ensemble - member
  std::optional<double> oracle;
};

struct BarChartSpec {
  std::string title;
  std::string metric;
  std::string member_label;
  std::string ensemble_label;
  double confidence = 0.95;
  std::vector<BarGroup> groups;
};

std::string interval_bar_chart(const BarChartSpec& spec);

}  // namespace xlfuse::report
