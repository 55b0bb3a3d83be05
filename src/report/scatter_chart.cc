// Scatter plot with intervals. See scatter_chart.h.
#include "xlfuse/report/scatter_chart.h"

#include <algorithm>

#include "xlfuse/report/svg_canvas.h"

namespace xlfuse::report {

std::string scatter_chart(const ScatterSpec& spec) {
  constexpr double kLeft = 70, kTop = 40, kBottom = 58, kPlotW = 460, kPlotH = 280, kLegendW = 170;
  std::vector<std::string> series;
  for (const auto& p : spec.points)
    if (std::find(series.begin(), series.end(), p.series) == series.end()) series.push_back(p.series);
  const double width = kLeft + kPlotW + 20 + kLegendW;
  const double height = std::max(kTop + kPlotH + kBottom, kTop + 18.0 * static_cast<double>(series.size()) + 20);

  double x_hi = 0.0, y_lo = 0.0, y_hi = 0.0;
  for (const auto& p : spec.points) {
    x_hi = std::max(x_hi, p.x);
    for (double v : {p.y, p.low.value_or(p.y), p.high.value_or(p.y)}) {
      y_lo = std::min(y_lo, v);
      y_hi = std::max(y_hi, v);
    }
  }
  const LinearScale x(0.0, x_hi > 0 ? x_hi * 1.05 : 1.0, kLeft, kLeft + kPlotW);
  const LinearScale y(y_lo, y_hi, kTop + kPlotH, kTop);

  SvgCanvas svg(width, height, "chart chart-scatter", spec.title);
  svg.text(8, 18, spec.title, "start", 14, 0, "#222222", "bold");
  svg.y_axis(y, kLeft, kLeft + kPlotW, spec.y_label);
  svg.x_axis(x, kTop + kPlotH, spec.x_label);
  svg.line(kLeft, y(0.0), kLeft + kPlotW, y(0.0), colors::kAxis, 1, "4,3");
  const auto& palette = colors::series_palette();
  auto color_of = [&](const std::string& name) {
    const size_t i = static_cast<size_t>(std::find(series.begin(), series.end(), name) - series.begin());
    return palette[i % palette.size()];
  };
  for (const auto& p : spec.points) {
    if (p.low && p.high) svg.line(x(p.x), y(*p.low), x(p.x), y(*p.high), color_of(p.series), 1.5);
  }
  for (const auto& p : spec.points) svg.circle(x(p.x), y(p.y), 4.5, color_of(p.series), p.tooltip);
  for (size_t i = 0; i < series.size(); ++i) {
    const double ly = kTop + 18.0 * static_cast<double>(i);
    svg.circle(kLeft + kPlotW + 30, ly + 6, 5, palette[i % palette.size()]);
    svg.text(kLeft + kPlotW + 42, ly + 10, series[i], "start", 12);
  }
  return svg.str();
}

}  // namespace xlfuse::report
