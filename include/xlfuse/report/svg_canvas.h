#pragma once
// The drawing layer of the report's charts: an SVG document built element by element (inline
// in report.html, so no xmlns and no external resources), linear scales with round tick values,
// and the colours the charts use (tests look for these colours in a rendered page).
#include <optional>
#include <string>
#include <vector>

namespace xlfuse::report {

// Colours of the charts.
namespace colors {
inline constexpr const char* kMemberBar = "#4477aa";    // the member chosen on English dev
inline constexpr const char* kEnsembleBar = "#ee7733";  // the ensemble
inline constexpr const char* kWhisker = "#222222";      // bootstrap intervals
inline constexpr const char* kOracle = "#8c8c8c";       // oracle member marks
inline constexpr const char* kAxis = "#444444";
inline constexpr const char* kGrid = "#e4e4e4";
inline constexpr const char* kGainNegative = "#d73027";  // heatmap: the largest loss
inline constexpr const char* kGainZero = "#f7f7f7";
inline constexpr const char* kGainPositive = "#1a9850";  // heatmap: the largest gain
// Series (languages, tasks), in order; repeated with dashes when there are more series.
const std::vector<std::string>& series_palette();
}  // namespace colors

// "#rrggbb" between `from` (t = 0) and `to` (t = 1), t clamped to [0, 1].
std::string mix_color(const std::string& from, const std::string& to, double t);

// A value range mapped onto pixels, with round tick values (steps of 1, 2 or 5 x 10^k).
class LinearScale {
 public:
  // [lo, hi] of the data (widened when empty) onto [pixel_lo, pixel_hi] (pixel_hi may be smaller,
  // for a y axis). `nice` extends the range to whole tick steps.
  LinearScale(double lo, double hi, double pixel_lo, double pixel_hi, int ticks = 5, bool nice = true);
  double operator()(double value) const;
  double lo() const { return lo_; }
  double hi() const { return hi_; }
  const std::vector<double>& ticks() const { return ticks_; }
  // A tick value as text, with as many decimals as the step needs.
  std::string tick_label(double value) const;

 private:
  double lo_, hi_, pixel_lo_, pixel_hi_, step_;
  std::vector<double> ticks_;
};

// An SVG element tree as text. Attribute values and text are escaped here.
class SvgCanvas {
 public:
  SvgCanvas(double width, double height, std::string css_class, std::string aria_label);

  double width() const { return width_; }
  double height() const { return height_; }

  // A tooltip (shown on hover, no script) goes into <title>; "" for none.
  void rect(double x, double y, double w, double h, const std::string& fill, const std::string& css_class = "",
            const std::string& tooltip = "");
  void line(double x1, double y1, double x2, double y2, const std::string& stroke, double width = 1.0,
            const std::string& dash = "");
  void circle(double cx, double cy, double r, const std::string& fill, const std::string& tooltip = "");
  void polyline(const std::vector<std::pair<double, double>>& points, const std::string& stroke, double width,
                const std::string& dash = "", const std::string& css_class = "");
  // anchor: start | middle | end; rotate: degrees around (x, y).
  void text(double x, double y, const std::string& content, const std::string& anchor = "start", double size = 12,
            double rotate = 0, const std::string& fill = "#222222", const std::string& weight = "normal");
  // A y axis at x = `x` with ticks, grid lines across [x, x_end] and a rotated label.
  void y_axis(const LinearScale& scale, double x, double x_end, const std::string& label);
  // An x axis at y = `y` with numeric ticks and a label under it.
  void x_axis(const LinearScale& scale, double y, const std::string& label, double label_offset = 34);
  // A linear gradient usable as fill "url(#id)".
  void horizontal_gradient(const std::string& id, const std::vector<std::string>& stops);

  std::string str() const;

 private:
  double width_, height_;
  std::string css_class_, aria_label_;
  std::string defs_;
  std::string body_;
};

}  // namespace xlfuse::report
