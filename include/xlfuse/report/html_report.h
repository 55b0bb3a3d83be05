#pragma once
// report.html: one self-contained, offline page (inline CSS and inline SVG; no script, font,
// image or stylesheet is loaded from anywhere). It shows the main comparison table, per task the
// bars of the best ensemble against the member chosen on English dev (with interval whiskers and
// the oracle member), the heatmap of intermediate-task gains, the scatter of member diversity
// against ensemble gain, the layer-sweep curves, the XTREME-R scores, every task table and the
// notes. Every string that comes from the study's files is HTML-escaped.
#include <string>
#include <vector>

#include "xlfuse/report/comparison_tables.h"
#include "xlfuse/report/study_scan.h"

namespace xlfuse::report {

// `files`: the names of the files written beside report.html (listed at the end of the page).
std::string render_html_report(const ReportTables& tables, const Study& study, const std::vector<std::string>& files);

}  // namespace xlfuse::report
