#pragma once
// The report's tables as data:
//   report.csv   one tidy table, one value per line:
//                system,kind,task,split,language,metric,value,low,high,note
//                - a score: language = a language or "mean" (over the task table's languages)
//                - an ensemble's interval: metric "delta(<metric>)", value = ensemble - the
//                  dev-chosen member, low/high = its bootstrap interval
//                - XTREME-R: task = the task, language "all", metric "avg_metric"; and task
//                  "xtreme-r", metric "score" (value empty and note "incomplete: ..." when the
//                  system does not have every task)
//   report.json  the same tables, structured (format "xlfuse.report", format_version 1)
#include <string>

#include <nlohmann/json.hpp>

#include "xlfuse/report/comparison_tables.h"

namespace xlfuse::report {

std::string report_csv(const ReportTables& tables);
nlohmann::json report_json(const ReportTables& tables);

}  // namespace xlfuse::report
