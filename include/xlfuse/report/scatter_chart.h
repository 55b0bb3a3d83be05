#pragma once
// A scatter plot as inline SVG: points with optional vertical intervals, one colour per series
// with a legend, a dashed line at y = 0. Text is escaped.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace xlfuse::report {

struct ScatterPoint {
  double x = 0.0;
  double y = 0.0;
  std::optional<double> low, high;  // a vertical interval
  std::string series;               // colour and legend entry
  std::string tooltip;
};

struct ScatterSpec {
  std::string title;
  std::string x_label;
  std::string y_label;
  std::vector<ScatterPoint> points;
};

std::string scatter_chart(const ScatterSpec& spec);

}  // namespace xlfuse::report
