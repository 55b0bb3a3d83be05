#include "cli_common.h"

#include <iostream>

namespace xlfuse::cli {

int parse_or_exit(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    std::cout << app.help();
    return 0;
  } catch (const CLI::ParseError& e) {
    std::cerr << "xlfuse " << app.get_name() << ": usage error: " << e.what() << "\n"
              << "Run 'xlfuse " << app.get_name() << " --help' for the options.\n";
    return 2;
  }
  return -1;
}

void add_threads_flag(CLI::App& app, int* threads) {
  app.add_option("--threads", *threads, "Threads for compute (0 = all cores)")->capture_default_str();
}

void add_log_level_flag(CLI::App& app, std::string* level) {
  app.add_option("--log-level", *level, "debug|info|warning|error|off (or XLFUSE_LOG_LEVEL)");
}

}  // namespace xlfuse::cli
