// Line curves over integer x values. See line_chart.h.
#include "xlfuse/report/line_chart.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "xlfuse/report/svg_canvas.h"

namespace xlfuse::report {

std::string line_chart(const LineChartSpec& spec) {
  constexpr double kLeft = 70, kTop = 40, kBottom = 58, kPlotW = 460, kPlotH = 280, kLegendW = 150, kEntry = 16;
  const double width = kLeft + kPlotW + 20 + kLegendW;
  const double height = std::max(kTop + kPlotH + kBottom, kTop + kEntry * static_cast<double>(spec.series.size()) + 20);

  std::set<double> xs;
  double y_lo = 1e300, y_hi = -1e300;
  for (const auto& s : spec.series)
    for (const auto& [px, py] : s.points) {
      xs.insert(px);
      y_lo = std::min(y_lo, py);
      y_hi = std::max(y_hi, py);
    }
  if (xs.empty()) {
    xs = {0.0};
    y_lo = y_hi = 0.0;
  }
  const double x_lo = *xs.begin(), x_hi = *xs.rbegin();
  const double pad = (x_hi - x_lo) * 0.04 + (x_hi == x_lo ? 1.0 : 0.0);
  const LinearScale x(x_lo - pad, x_hi + pad, kLeft, kLeft + kPlotW, 5, /*nice=*/false);
  const double y_pad = std::max(0.5, (y_hi - y_lo) * 0.08);
  const LinearScale y(y_lo - y_pad, y_hi + y_pad, kTop + kPlotH, kTop);

  SvgCanvas svg(width, height, "chart chart-lines", spec.title);
  svg.text(8, 18, spec.title, "start", 14, 0, "#222222", "bold");
  svg.y_axis(y, kLeft, kLeft + kPlotW, spec.y_label);
  // One tick per x value present (layers are few and whole).
  const double axis_y = kTop + kPlotH;
  svg.line(kLeft, axis_y, kLeft + kPlotW, axis_y, colors::kAxis);
  for (double v : xs) {
    svg.line(x(v), axis_y, x(v), axis_y + 4, colors::kAxis);
    svg.text(x(v), axis_y + 16, std::to_string(static_cast<long long>(std::llround(v))), "middle", 11);
  }
  svg.text(kLeft + kPlotW / 2, axis_y + 34, spec.x_label, "middle", 12);

  const auto& palette = colors::series_palette();
  for (size_t i = 0; i < spec.series.size(); ++i) {
    const LineSeries& s = spec.series[i];
    const std::string color = s.emphasised ? "#222222" : palette[i % palette.size()];
    const std::string dash = !s.emphasised && i >= palette.size() ? "6,3" : "";
    std::vector<std::pair<double, double>> pts;
    for (const auto& [px, py] : s.points) pts.emplace_back(x(px), y(py));
    svg.polyline(pts, color, s.emphasised ? 3.0 : 1.8, dash, "series");
    for (const auto& [px, py] : s.points) svg.circle(x(px), y(py), s.emphasised ? 3.5 : 2.5, color, s.name);
    const double ly = kTop + kEntry * static_cast<double>(i);
    svg.line(kLeft + kPlotW + 24, ly + 6, kLeft + kPlotW + 44, ly + 6, color, s.emphasised ? 3.0 : 2.0, dash);
    svg.text(kLeft + kPlotW + 50, ly + 10, s.name, "start", 11);
  }
  return svg.str();
}

}  // namespace xlfuse::report
