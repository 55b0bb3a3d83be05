#pragma once
// `xlfuse report STUDY_DIR` as a library call: scan the study, build the systems and tables, and
// write into the output folder
//   report.html      the self-contained report (html_report.h)
//   results.sqlite   the results database (results_database.h, docs/results_database.md)
//   report.md        the tables as markdown (markdown_report.h)
//   report.csv       one tidy table (table_export.h)
//   report.json      the same tables as JSON (table_export.h)
// Everything is computed before the first file is written, and each file is written atomically
// (temporary file, then rename): an error in the study leaves the previous report untouched.
// Re-running rebuilds every file from the folders.
#include <string>
#include <vector>

#include "xlfuse/report/comparison_tables.h"

namespace xlfuse::report {

struct ReportOptions {
  // The study folder to scan.
  std::string study_dir;
  // Where to write the files ("" = the study folder itself).
  std::string out_dir;
  void validate() const;  // ConfigError naming the field
};

struct ReportResult {
  std::string out_dir;
  std::string html_file;
  std::string database_file;
  std::string markdown_file;
  std::string csv_file;
  std::string json_file;
  // The main comparison table (markdown), what the CLI prints.
  std::string comparison_markdown;
  ReportTables tables;
};

ReportResult write_report(const ReportOptions& options);

// The file names written, in the order above.
const std::vector<std::string>& report_file_names();

}  // namespace xlfuse::report
