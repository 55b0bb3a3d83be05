// SVG drawing for the report's charts. See svg_canvas.h.
#include "xlfuse/report/svg_canvas.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "xlfuse/report/html_escape.h"

namespace xlfuse::report {

namespace colors {
const std::vector<std::string>& series_palette() {
  static const std::vector<std::string> palette = {"#4e79a7", "#e15759", "#76b7b2", "#59a14f", "#edc948",
                                                   "#b07aa1", "#ff9da7", "#9c755f", "#f28e2b", "#bab0ac"};
  return palette;
}
}  // namespace colors

namespace {

int hex_channel(const std::string& color, size_t at) { return std::stoi(color.substr(at, 2), nullptr, 16); }

// Coordinates with at most two decimals keep the file small and diff-friendly.
std::string num(double v) {
  std::string s = fmt::format("{:.2f}", v);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

std::string title_element(const std::string& tooltip) {
  return tooltip.empty() ? std::string() : "<title>" + html_escape(tooltip) + "</title>";
}

}  // namespace

std::string mix_color(const std::string& from, const std::string& to, double t) {
  t = std::clamp(t, 0.0, 1.0);
  std::string out = "#";
  for (size_t at : {1, 3, 5}) {
    const double a = hex_channel(from, at), b = hex_channel(to, at);
    out += fmt::format("{:02x}", static_cast<int>(std::lround(a + (b - a) * t)));
  }
  return out;
}

LinearScale::LinearScale(double lo, double hi, double pixel_lo, double pixel_hi, int ticks, bool nice)
    : lo_(lo), hi_(hi), pixel_lo_(pixel_lo), pixel_hi_(pixel_hi) {
  if (!(hi_ > lo_)) {  // one value (or none): a unit range around it
    lo_ -= 1.0;
    hi_ += 1.0;
  }
  const double raw = (hi_ - lo_) / std::max(1, ticks);
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  step_ = magnitude;
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (raw <= m * magnitude + 1e-12) {
      step_ = m * magnitude;
      break;
    }
  if (nice) {
    lo_ = std::floor(lo_ / step_ + 1e-9) * step_;
    hi_ = std::ceil(hi_ / step_ - 1e-9) * step_;
  }
  for (double v = std::ceil(lo_ / step_ - 1e-9) * step_; v <= hi_ + step_ * 1e-9; v += step_)
    ticks_.push_back(std::fabs(v) < step_ * 1e-9 ? 0.0 : v);
}

double LinearScale::operator()(double value) const {
  return pixel_lo_ + (value - lo_) / (hi_ - lo_) * (pixel_hi_ - pixel_lo_);
}

std::string LinearScale::tick_label(double value) const {
  const int decimals = step_ >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step_) - 1e-9));
  return fmt::format("{:.{}f}", value, decimals);
}

SvgCanvas::SvgCanvas(double width, double height, std::string css_class, std::string aria_label)
    : width_(width), height_(height), css_class_(std::move(css_class)), aria_label_(std::move(aria_label)) {}

void SvgCanvas::rect(double x, double y, double w, double h, const std::string& fill, const std::string& css_class,
                     const std::string& tooltip) {
  body_ += fmt::format(
      "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" shape-rendering=\"crispEdges\"{}>{}</rect>",
      num(x), num(y), num(std::max(0.0, w)), num(std::max(0.0, h)), html_escape(fill),
      css_class.empty() ? "" : " class=\"" + html_escape(css_class) + "\"", title_element(tooltip));
}

void SvgCanvas::line(double x1, double y1, double x2, double y2, const std::string& stroke, double width,
                     const std::string& dash) {
  body_ += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"{}/>", num(x1),
                       num(y1), num(x2), num(y2), html_escape(stroke), num(width),
                       dash.empty() ? "" : " stroke-dasharray=\"" + html_escape(dash) + "\"");
}

void SvgCanvas::circle(double cx, double cy, double r, const std::string& fill, const std::string& tooltip) {
  body_ += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\">{}</circle>", num(cx), num(cy), num(r),
                       html_escape(fill), title_element(tooltip));
}

void SvgCanvas::polyline(const std::vector<std::pair<double, double>>& points, const std::string& stroke, double width,
                         const std::string& dash, const std::string& css_class) {
  std::string pts;
  for (const auto& [x, y] : points) pts += (pts.empty() ? "" : " ") + num(x) + "," + num(y);
  body_ += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"{}{}/>", pts,
                       html_escape(stroke), num(width),
                       dash.empty() ? "" : " stroke-dasharray=\"" + html_escape(dash) + "\"",
                       css_class.empty() ? "" : " class=\"" + html_escape(css_class) + "\"");
}

void SvgCanvas::text(double x, double y, const std::string& content, const std::string& anchor, double size,
                     double rotate, const std::string& fill, const std::string& weight) {
  body_ += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"{}\" fill=\"{}\"{}{}>{}</text>", num(x),
                       num(y), html_escape(anchor), num(size), html_escape(fill),
                       weight == "normal" ? "" : " font-weight=\"" + html_escape(weight) + "\"",
                       rotate == 0 ? "" : fmt::format(" transform=\"rotate({} {} {})\"", num(rotate), num(x), num(y)),
                       html_escape(content));
}

void SvgCanvas::y_axis(const LinearScale& scale, double x, double x_end, const std::string& label) {
  for (double t : scale.ticks()) {
    const double y = scale(t);
    line(x, y, x_end, y, colors::kGrid);
    line(x - 4, y, x, y, colors::kAxis);
    text(x - 6, y + 4, scale.tick_label(t), "end", 11);
  }
  line(x, scale(scale.lo()), x, scale(scale.hi()), colors::kAxis);
  const double mid = (scale(scale.lo()) + scale(scale.hi())) / 2;
  text(x - 42, mid, label, "middle", 12, -90);
}

void SvgCanvas::x_axis(const LinearScale& scale, double y, const std::string& label, double label_offset) {
  line(scale(scale.lo()), y, scale(scale.hi()), y, colors::kAxis);
  for (double t : scale.ticks()) {
    const double x = scale(t);
    line(x, y, x, y + 4, colors::kAxis);
    text(x, y + 16, scale.tick_label(t), "middle", 11);
  }
  text((scale(scale.lo()) + scale(scale.hi())) / 2, y + label_offset, label, "middle", 12);
}

void SvgCanvas::horizontal_gradient(const std::string& id, const std::vector<std::string>& stops) {
  defs_ += fmt::format("<linearGradient id=\"{}\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"0\">", html_escape(id));
  for (size_t i = 0; i < stops.size(); ++i)
    defs_ += fmt::format("<stop offset=\"{}\" stop-color=\"{}\"/>",
                         num(stops.size() == 1 ? 0.0 : static_cast<double>(i) / static_cast<double>(stops.size() - 1)),
                         html_escape(stops[i]));
  defs_ += "</linearGradient>";
}

std::string SvgCanvas::str() const {
  return fmt::format(
      "<svg class=\"{}\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\" "
      "font-family=\"sans-serif\">{}{}</svg>",
      html_escape(css_class_), num(width_), num(height_), num(width_), num(height_), html_escape(aria_label_),
      defs_.empty() ? "" : "<defs>" + defs_ + "</defs>", body_);
}

}  // namespace xlfuse::report
