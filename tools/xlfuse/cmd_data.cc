// xlfuse data: inspect task data. `data check DIR` reports, per task and language, what is
// present, missing or unlabelled (exit 0: it is a report) and exits 1 when a file is malformed,
// printing its file:line error. `data tasks` lists the task registry.
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/data/data_check.h"
#include "xlfuse/data/task_registry.h"

namespace xlfuse::cli {

int run_data(int argc, char** argv) {
  CLI::App app{"Inspect task data (XTREME download/ layout)", "data"};
  app.require_subcommand(1);

  data::DataCheckOptions options;
  CLI::App* check = app.add_subcommand("check", "Report present / missing / unlabelled data per task and language");
  check->add_option("dir", options.data_dir, "The data folder (XTREME's download/, one folder per task)")->required();
  add_enum_option(*check, "--benchmark", &options.benchmark, benchmark_names(), "Which tasks and languages to expect",
                  "benchmark");
  check->add_flag("--intermediate", options.intermediate,
                  "Also report the English intermediate tasks whose folders are absent");
  check->add_option("--task", options.tasks, "Check only this task (repeatable)");

  CLI::App* tasks = app.add_subcommand("tasks", "List the registered tasks");

  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;

  if (tasks->parsed()) {
    for (const auto& name : data::task_names()) {
      const auto& t = data::task_info(name);
      std::cout << fmt::format("{:<14} {:<16} {:<12} {:<15} xtreme:{:<3} xtreme-r:{:<3} {}\n", name,
                               data::to_string(t.kind), t.metric, t.folder + "/", t.xtreme_langs.size(),
                               t.xtreme_r_langs.size(), t.description);
    }
    return 0;
  }

  for (const auto& t : options.tasks) {
    try {
      data::task_info(t);
    } catch (const std::invalid_argument& e) {
      throw UsageError(std::string("--task: ") + e.what());
    }
  }
  options.validate();
  data::DataCheckReport report = data::check_data(options);
  std::cout << report.to_text();
  if (!report.ok()) {
    for (const auto& e : report.entries)
      if (e.status == data::DataStatus::Malformed) std::cerr << "xlfuse: error: " << e.detail << "\n";
    return 1;
  }
  return 0;
}

}  // namespace xlfuse::cli
