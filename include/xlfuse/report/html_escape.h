#pragma once
// Escaping for text placed in HTML and inline SVG: every string that comes from a study's files
// (task names, labels, paths) goes through this before it reaches report.html.
#include <string>
#include <string_view>

namespace xlfuse::report {

// & < > " ' as character references; safe in element text and in quoted attribute values.
std::string html_escape(std::string_view text);

}  // namespace xlfuse::report
