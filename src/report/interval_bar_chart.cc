// Member vs ensemble bars with interval whiskers. See interval_bar_chart.h.
#include "xlfuse/report/interval_bar_chart.h"

#include <algorithm>

#include <fmt/format.h>

#include "xlfuse/report/svg_canvas.h"

namespace xlfuse::report {

std::string interval_bar_chart(const BarChartSpec& spec) {
  constexpr double kLeft = 64, kRight = 24, kTop = 88, kBottom = 58, kGroup = 46, kBar = 16, kHeight = 380;
  const double plot_w = kGroup * static_cast<double>(std::max<size_t>(spec.groups.size(), 1));
  const double width = std::max(560.0, kLeft + plot_w + kRight);
  const double plot_top = kTop, plot_bottom = kHeight - kBottom;

  double lo = 1e300, hi = -1e300;
  for (const auto& g : spec.groups) {
    for (double v : {g.member, g.ensemble, g.member + g.delta.low, g.member + g.delta.high}) {
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
    if (g.oracle) {
      lo = std::min(lo, *g.oracle);
      hi = std::max(hi, *g.oracle);
    }
  }
  if (spec.groups.empty()) lo = hi = 0;
  const double pad = std::max(0.5, (hi - lo) * 0.15);
  // Scores live in [0, 100]; the axis stays inside unless the data does not.
  const double axis_lo = lo >= 0 ? std::max(0.0, lo - pad) : lo - pad;
  const double axis_hi = hi <= 100 ? std::min(100.0, hi + pad) : hi + pad;
  const LinearScale y(axis_lo, std::max(axis_hi, axis_lo + 1), plot_bottom, plot_top);

  SvgCanvas svg(width, kHeight, "chart chart-bars", spec.title);
  svg.text(kLeft, 18, spec.title, "start", 14, 0, "#222222", "bold");
  // Legend: one line per mark (the labels can be long).
  svg.rect(kLeft, 28, 12, 12, colors::kMemberBar);
  svg.text(kLeft + 18, 38, "member chosen on English dev: " + spec.member_label, "start", 12);
  svg.rect(kLeft, 46, 12, 12, colors::kEnsembleBar);
  svg.text(kLeft + 18, 56, spec.ensemble_label, "start", 12);
  svg.line(kLeft + 6, 64, kLeft + 6, 76, colors::kWhisker, 1.5);
  svg.line(kLeft + 2, 64, kLeft + 10, 64, colors::kWhisker, 1.5);
  svg.line(kLeft + 2, 76, kLeft + 10, 76, colors::kWhisker, 1.5);
  svg.text(kLeft + 18, 74, fmt::format("{:.0f}% interval of ensemble − member", spec.confidence * 100), "start", 11);
  svg.line(kLeft + 250, 70, kLeft + 264, 70, colors::kOracle, 3);
  svg.text(kLeft + 270, 74, "oracle member (target labels)", "start", 11);

  svg.y_axis(y, kLeft, kLeft + plot_w, spec.metric);
  const double base = y(y.lo());
  for (size_t i = 0; i < spec.groups.size(); ++i) {
    const BarGroup& g = spec.groups[i];
    const double x0 = kLeft + kGroup * static_cast<double>(i) + (kGroup - 2 * kBar - 2) / 2;
    const std::string tip =
        fmt::format("{}: member {:.2f}, ensemble {:.2f}, ensemble - member {:+.2f} [{:+.2f}, {:+.2f}]{}", g.label,
                    g.member, g.ensemble, g.delta.delta, g.delta.low, g.delta.high,
                    g.oracle ? fmt::format(", oracle member {:.2f}", *g.oracle) : "");
    svg.rect(x0, y(g.member), kBar, base - y(g.member), colors::kMemberBar, "bar-member", tip);
    const double xe = x0 + kBar + 2;
    svg.rect(xe, y(g.ensemble), kBar, base - y(g.ensemble), colors::kEnsembleBar, "bar-ensemble", tip);
    // Whisker: where the ensemble's score would lie for the interval's ends.
    const double wx = xe + kBar / 2, wlo = y(g.member + g.delta.low), whi = y(g.member + g.delta.high);
    svg.line(wx, wlo, wx, whi, colors::kWhisker, 1.5);
    svg.line(wx - 4, wlo, wx + 4, wlo, colors::kWhisker, 1.5);
    svg.line(wx - 4, whi, wx + 4, whi, colors::kWhisker, 1.5);
    if (g.oracle) svg.line(x0 - 2, y(*g.oracle), xe + kBar + 2, y(*g.oracle), colors::kOracle, 3);
    const double lx = kLeft + kGroup * (static_cast<double>(i) + 0.5);
    if (g.label.size() > 5) {
      svg.text(lx, plot_bottom + 14, g.label, "end", 11, -40);
    } else {
      svg.text(lx, plot_bottom + 16, g.label, "middle", 11);
    }
  }
  svg.line(kLeft, base, kLeft + plot_w, base, colors::kAxis);
  svg.text(kLeft + plot_w / 2, kHeight - 8, "target language", "middle", 12);
  return svg.str();
}

}  // namespace xlfuse::report
