// xlfuse env: what this machine gives a user (libtorch, threads, the BLAS actually loaded and its
// measured rate, CPU features) and warnings about slow setups.
#include <iostream>
#include <string>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/runtime/env_report.h"

namespace xlfuse::cli {

int run_env(int argc, char** argv) {
  CLI::App app{"Report libtorch, threads, the BLAS in use and its sgemm rate, CPU features", "env"};
  runtime::EnvOptions options;
  bool json = false;
  bool no_sgemm = false;
  add_threads_flag(app, &options.threads);
  app.add_flag("--json", json, "Print one JSON object instead of the readable report");
  app.add_flag("--no-sgemm", no_sgemm, "Skip the sgemm timing (about half a second)");
  app.add_option("--sgemm-seconds", options.sgemm_seconds, "Seconds of timed sgemm calls")->capture_default_str();
  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;
  if (options.threads < 0) throw UsageError("--threads must be >= 0 (0 = all cores), got " + std::to_string(options.threads));
  options.measure_sgemm = !no_sgemm;

  runtime::EnvReport report = runtime::collect_env_report(options);
  if (json) {
    std::cout << runtime::to_json(report).dump(2) << "\n";
  } else {
    std::cout << runtime::format_env_report(report);
  }
  return 0;
}

}  // namespace xlfuse::cli
