#pragma once
// How numbers and text are written in the report's tables: scores with two decimals, signed
// deltas with their interval, and text made safe for markdown table cells and CSV fields.
#include <optional>
#include <string>

#include "xlfuse/report/ensemble_record.h"

namespace xlfuse::report {

// "72.31"; "–" for none.
std::string format_score(const std::optional<double>& value);
// "+1.20"
std::string format_signed(double value);
// "+1.20 [-0.35, +2.71]"
std::string format_interval(const DeltaInterval& interval);
// A markdown table cell: '|' escaped, '<', '>' and '&' as entities (markdown renders raw HTML),
// line breaks as spaces.
std::string markdown_cell(const std::string& text);
// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
std::string csv_field(const std::string& text);
// Shortest text that reads back as the same double ("" for none).
std::string exact_number(const std::optional<double>& value);

}  // namespace xlfuse::report
