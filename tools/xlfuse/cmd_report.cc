// xlfuse report: tables, results database and HTML report of a study folder (logic in
// src/report/write_report.cc).
#include <iostream>
#include <string>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/report/write_report.h"

namespace xlfuse::cli {

int run_report(int argc, char** argv) {
  CLI::App app{
      "Report a study: every model, member choice, ensemble and soup per task and language, the XTREME-R "
      "scores, results.sqlite and a self-contained report.html",
      "report"};
  report::ReportOptions options;
  app.add_option("study_dir", options.study_dir,
                 "Study folder (prediction, model, ensemble and sweep folders below it)")
      ->required();
  app.add_option("--out", options.out_dir,
                 "Folder for report.html, results.sqlite, report.md, report.csv, report.json (default: STUDY_DIR)");
  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;

  const report::ReportResult result = report::write_report(options);
  std::cout << result.comparison_markdown << "\n";
  std::cout << "report: " << result.html_file << "\n"
            << "database: " << result.database_file << "\n"
            << "tables: " << result.markdown_file << ", " << result.csv_file << ", " << result.json_file << "\n";
  return 0;
}

}  // namespace xlfuse::cli
