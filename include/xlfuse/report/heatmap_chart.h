#pragma once
// A heatmap as inline SVG: rows x columns of values (gains), diverging colours around 0 (the
// cell with the largest |value| gets the full colour), the value written in every cell, a
// colour legend. Text is escaped.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace xlfuse::report {

struct HeatmapSpec {
  std::string title;
  std::string value_label;  // what a cell holds ("gain in points")
  std::vector<std::string> rows;
  std::vector<std::string> columns;
  std::map<std::pair<size_t, size_t>, double> cells;  // (row, column) -> value; absent = no data
};

std::string heatmap_chart(const HeatmapSpec& spec);

}  // namespace xlfuse::report
