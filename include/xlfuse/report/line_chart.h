#pragma once
// Line curves as inline SVG: one polyline (with point markers) per series over integer x
// values, e.g. a layer sweep's score per fused layer, one line per language. Text is escaped.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace xlfuse::report {

struct LineSeries {
  std::string name;
  std::vector<std::pair<double, double>> points;  // (x, y), sorted by x
  bool emphasised = false;                        // drawn thick and dark (e.g. the average)
};

struct LineChartSpec {
  std::string title;
  std::string x_label;
  std::string y_label;
  std::vector<LineSeries> series;
};

std::string line_chart(const LineChartSpec& spec);

}  // namespace xlfuse::report
