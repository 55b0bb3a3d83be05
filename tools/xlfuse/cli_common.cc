#include "cli_common.h"

#include <iostream>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"

namespace xlfuse::cli {

int parse_or_exit(CLI::App& app, int argc, char** argv) {
  app.add_option_function<std::string>(
      "--log-level",
      [](const std::string& name) {
        try {
          set_log_level(log_level_from_string(name));
        } catch (const ConfigError& e) {
          throw CLI::ValidationError("--log-level", e.what());  // a usage error: exit 2
        }
      },
      "debug|info|warning|error|off (default: $XLFUSE_LOG_LEVEL, else info)");
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

}  // namespace xlfuse::cli
