// Diverging heatmap. See heatmap_chart.h.
#include "xlfuse/report/heatmap_chart.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "xlfuse/report/svg_canvas.h"

namespace xlfuse::report {

namespace {

double text_width(const std::string& s, double size) { return 0.6 * size * static_cast<double>(s.size()); }

}  // namespace

std::string heatmap_chart(const HeatmapSpec& spec) {
  constexpr double kCellW = 46, kCellH = 26, kTitle = 28;
  double row_w = 60, col_h = 40;
  for (const auto& r : spec.rows) row_w = std::max(row_w, text_width(r, 12) + 16);
  for (const auto& c : spec.columns) col_h = std::max(col_h, text_width(c, 11) + 12);
  row_w = std::min(row_w, 300.0);
  col_h = std::min(col_h, 170.0);
  const double left = row_w, top = kTitle + col_h;
  const double width = std::max(420.0, left + kCellW * static_cast<double>(spec.columns.size()) + 20);
  const double height = top + kCellH * static_cast<double>(spec.rows.size()) + 64;

  double max_abs = 0.0;
  for (const auto& [at, v] : spec.cells) max_abs = std::max(max_abs, std::fabs(v));

  SvgCanvas svg(width, height, "chart chart-heatmap", spec.title);
  svg.text(8, 18, spec.title, "start", 14, 0, "#222222", "bold");
  for (size_t c = 0; c < spec.columns.size(); ++c) {
    const double x = left + kCellW * (static_cast<double>(c) + 0.5) + 4;
    svg.text(x, top - 6, spec.columns[c], "start", 11, -90);
  }
  for (size_t r = 0; r < spec.rows.size(); ++r) {
    const double y = top + kCellH * static_cast<double>(r);
    svg.text(left - 8, y + kCellH / 2 + 4, spec.rows[r], "end", 12);
    for (size_t c = 0; c < spec.columns.size(); ++c) {
      const double x = left + kCellW * static_cast<double>(c);
      auto it = spec.cells.find({r, c});
      if (it == spec.cells.end()) {
        svg.rect(x, y, kCellW - 1, kCellH - 1, "#ffffff", "heat-empty",
                 spec.rows[r] + " / " + spec.columns[c] + ": no data");
        svg.text(x + kCellW / 2, y + kCellH / 2 + 4, "·", "middle", 11, 0, "#aaaaaa");
        continue;
      }
      const double v = it->second;
      const double t = max_abs > 0 ? std::fabs(v) / max_abs : 0.0;
      const std::string fill = mix_color(colors::kGainZero, v >= 0 ? colors::kGainPositive : colors::kGainNegative, t);
      svg.rect(x, y, kCellW - 1, kCellH - 1, fill, "heat-cell",
               fmt::format("{} / {}: {:+.2f}", spec.rows[r], spec.columns[c], v));
      svg.text(x + kCellW / 2, y + kCellH / 2 + 4, fmt::format("{:+.1f}", v), "middle", 10, 0,
               t > 0.55 ? "#ffffff" : "#222222");
    }
  }
  // Colour legend.
  const double ly = top + kCellH * static_cast<double>(spec.rows.size()) + 22;
  svg.horizontal_gradient("heat-legend", {colors::kGainNegative, colors::kGainZero, colors::kGainPositive});
  svg.rect(left, ly, 200, 10, "url(#heat-legend)");
  svg.text(left, ly + 24, fmt::format("{:+.1f}", -max_abs), "middle", 10);
  svg.text(left + 100, ly + 24, "0", "middle", 10);
  svg.text(left + 200, ly + 24, fmt::format("{:+.1f}", max_abs), "middle", 10);
  svg.text(left + 212, ly + 9, spec.value_label, "start", 11);
  return svg.str();
}

}  // namespace xlfuse::report
