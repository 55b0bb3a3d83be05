// The chart building blocks: scales, colours, escaping, and what each chart draws.
#include <gtest/gtest.h>

#include "xlfuse/report/heatmap_chart.h"
#include "xlfuse/report/html_escape.h"
#include "xlfuse/report/interval_bar_chart.h"
#include "xlfuse/report/line_chart.h"
#include "xlfuse/report/scatter_chart.h"
#include "xlfuse/report/svg_canvas.h"

namespace xlfuse::report {
namespace {

size_t count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

TEST(ChartsTest, ScaleHasRoundTicksCoveringTheData) {
  const LinearScale s(52.3, 63.8, 300, 100);
  EXPECT_DOUBLE_EQ(s.lo(), 50.0);  // 11.5 / 5 ticks -> steps of 5
  EXPECT_DOUBLE_EQ(s.hi(), 65.0);
  EXPECT_EQ(s.ticks(), (std::vector<double>{50, 55, 60, 65}));
  EXPECT_DOUBLE_EQ(s(50.0), 300.0);
  EXPECT_DOUBLE_EQ(s(65.0), 100.0);
  EXPECT_EQ(s.tick_label(55), "55");
  const LinearScale small(0, 0.33, 0, 100);
  EXPECT_EQ(small.tick_label(small.ticks()[1]), "0.1");
}

TEST(ChartsTest, MixColorEndsExactlyAtTheEndColours) {
  EXPECT_EQ(mix_color(colors::kGainZero, colors::kGainPositive, 1.0), colors::kGainPositive);
  EXPECT_EQ(mix_color(colors::kGainZero, colors::kGainNegative, 0.0), colors::kGainZero);
  EXPECT_EQ(mix_color("#000000", "#ffffff", 0.5), "#808080");
}

TEST(ChartsTest, EscapesEveryHtmlSpecialCharacter) {
  EXPECT_EQ(html_escape("<a href=\"x\">&'</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
}

TEST(ChartsTest, BarsHaveOneMemberAndOneEnsembleBarAndAWhiskerPerGroup) {
  BarChartSpec spec;
  spec.title = "xcopa <test>";
  spec.metric = "accuracy";
  spec.member_label = "siqa";
  spec.ensemble_label = "ensemble";
  spec.groups = {{"et", 60, 62, {2, 0.5, 3.5}, 60}, {"ht", 52, 57, {5, 3.5, 6.5}, 56}, {"mean", 58, 61, {3, 2, 4}, 59}};
  const std::string svg = interval_bar_chart(spec);
  EXPECT_EQ(count(svg, "class=\"bar-member\""), 3u);
  EXPECT_EQ(count(svg, "class=\"bar-ensemble\""), 3u);
  EXPECT_NE(svg.find(colors::kEnsembleBar), std::string::npos);
  EXPECT_NE(svg.find("xcopa &lt;test&gt;"), std::string::npos);
  EXPECT_EQ(svg.find("<test>"), std::string::npos);
  EXPECT_NE(svg.find("ensemble - member +5.00 [+3.50, +6.50]"), std::string::npos);  // tooltip
}

TEST(ChartsTest, HeatmapGivesTheLargestGainTheFullColour) {
  HeatmapSpec spec;
  spec.title = "gains";
  spec.value_label = "points";
  spec.rows = {"siqa", "mnli"};
  spec.columns = {"xcopa / et", "xcopa / ht"};
  spec.cells = {{{0, 0}, 5.0}, {{0, 1}, 2.0}, {{1, 0}, -2.5}};  // (1, 1) has no data
  const std::string svg = heatmap_chart(spec);
  EXPECT_EQ(count(svg, std::string("fill=\"") + colors::kGainPositive + "\""), 1u);
  EXPECT_EQ(count(svg, "class=\"heat-cell\""), 3u);
  EXPECT_EQ(count(svg, "class=\"heat-empty\""), 1u);
  EXPECT_NE(svg.find(mix_color(colors::kGainZero, colors::kGainNegative, 0.5)), std::string::npos);
  EXPECT_NE(svg.find(">+5.0<"), std::string::npos);
}

TEST(ChartsTest, ScatterAndLinesDrawEveryPointAndSeries) {
  ScatterSpec scatter{"diversity", "disagreement", "delta", {}};
  scatter.points = {
      {0.2, 2, 0.5, 3.5, "xcopa", "et"}, {0.35, 5, 3.5, 6.5, "xcopa", "ht"}, {0.1, -1, -2, 0, "xnli", "de"}};
  const std::string s = scatter_chart(scatter);
  EXPECT_EQ(count(s, "<circle"), 3u + 2u);  // points + legend entries
  LineChartSpec lines{"sweep", "layer", "accuracy", {}};
  lines.series = {{"et", {{2, 50}, {4, 54}, {6, 53}}, false}, {"average", {{2, 51}, {4, 54}, {6, 53.7}}, true}};
  const std::string l = line_chart(lines);
  EXPECT_EQ(count(l, "<polyline"), 2u);
  EXPECT_EQ(count(l, "class=\"series\""), 2u);
  EXPECT_NE(l.find(">4</text>"), std::string::npos);  // one tick per layer
}

}  // namespace
}  // namespace xlfuse::report
