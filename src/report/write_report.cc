// The report command as a library call. See write_report.h.
#include "xlfuse/report/write_report.h"

#include <filesystem>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/report/html_report.h"
#include "xlfuse/report/markdown_report.h"
#include "xlfuse/report/results_database.h"
#include "xlfuse/report/study_scan.h"
#include "xlfuse/report/systems.h"
#include "xlfuse/report/table_export.h"

namespace xlfuse::report {

namespace fs = std::filesystem;

void ReportOptions::validate() const {
  if (study_dir.empty()) throw ConfigError("study_dir: expected a study folder, got nothing");
}

const std::vector<std::string>& report_file_names() {
  static const std::vector<std::string> names = {"report.html", "results.sqlite", "report.md", "report.csv",
                                                 "report.json"};
  return names;
}

ReportResult write_report(const ReportOptions& options) {
  options.validate();
  const Study study = scan_study(options.study_dir);
  const Systems systems = build_systems(study);
  ReportResult result;
  result.tables = build_tables(study, systems);

  // Everything in memory first: a failure here writes nothing.
  const std::string markdown = report_markdown(result.tables);
  const std::string csv = report_csv(result.tables);
  // Text from the study's files may hold invalid UTF-8; it is replaced rather than refused.
  const std::string json =
      report_json(result.tables).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  const std::string html = render_html_report(result.tables, study, report_file_names());
  result.comparison_markdown = comparison_markdown(result.tables);

  const fs::path out = options.out_dir.empty() ? fs::path(options.study_dir) : fs::path(options.out_dir);
  std::error_code ec;
  fs::create_directories(out, ec);
  if (!fs::is_directory(out))
    throw IoError(fmt::format("cannot create the output folder {}: {}", out.string(), ec.message()));
  result.out_dir = out.string();
  result.html_file = (out / "report.html").string();
  result.database_file = (out / "results.sqlite").string();
  result.markdown_file = (out / "report.md").string();
  result.csv_file = (out / "report.csv").string();
  result.json_file = (out / "report.json").string();

  // The database first: the step most likely to fail (disk space, SQLite) before any text file.
  write_results_database(result.database_file, study, systems, result.tables);
  io::write_file_atomic(result.markdown_file, markdown);
  io::write_file_atomic(result.csv_file, csv);
  io::write_file_atomic(result.json_file, json);
  io::write_file_atomic(result.html_file, html);
  XLFUSE_LOG_INFO("[report] wrote {} ({} systems, {} task tables, {} ensembles)", result.html_file, systems.list.size(),
                  result.tables.tasks.size(), study.ensembles.size());
  return result;
}

}  // namespace xlfuse::report
