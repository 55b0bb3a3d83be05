#pragma once
// report.md: the main comparison (every ensemble against its dev-chosen and oracle members), the
// XTREME-R score of every system, one table per task and split, the intermediate-task gains and
// the layer sweeps, with the notes. Text from the study's files is escaped for markdown cells.
#include <string>

#include "xlfuse/report/comparison_tables.h"

namespace xlfuse::report {

// The main comparison table alone (what `xlfuse report` prints).
std::string comparison_markdown(const ReportTables& tables);

// The XTREME-R table: one row per system, the 9 tasks' avg_metric and the score or "incomplete".
std::string xtreme_r_markdown(const ReportTables& tables);

// One task table: rows = systems, columns = languages and the mean.
std::string task_table_markdown(const TaskTable& table);

// The whole report.md.
std::string report_markdown(const ReportTables& tables);

}  // namespace xlfuse::report
