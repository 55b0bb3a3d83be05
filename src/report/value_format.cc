// Number and text formatting for the report's tables. See value_format.h.
#include "xlfuse/report/value_format.h"

#include <fmt/format.h>

namespace xlfuse::report {

std::string format_score(const std::optional<double>& value) {
  return value ? fmt::format("{:.2f}", *value) : std::string("–");
}

std::string format_signed(double value) { return fmt::format("{:+.2f}", value); }

std::string format_interval(const DeltaInterval& interval) {
  return fmt::format("{} [{}, {}]", format_signed(interval.delta), format_signed(interval.low),
                     format_signed(interval.high));
}

std::string markdown_cell(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '|':
        out += "\\|";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string exact_number(const std::optional<double>& value) { return value ? fmt::format("{}", *value) : ""; }

}  // namespace xlfuse::report
