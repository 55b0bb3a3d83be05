#include "cli_common.h"

#include <iostream>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/distributed/world.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/runtime/device.h"

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

void add_distributed_flags(CLI::App& app, DistributedFlags* flags) {
  app.add_option("--dist-timeout", flags->timeout_s,
                 "Data parallel: seconds a rank waits for the others (rendezvous, each collective) before it stops "
                 "with an error naming the lost rank")
      ->capture_default_str()
      ->check(CLI::Range(1, 86400));
  app.add_option("--bucket-mb", flags->bucket_mb, "Data parallel: gradient all-reduce bucket size in MB")
      ->capture_default_str()
      ->check(CLI::Range(0.01, 4096.0));
}

void join_world(const DistributedFlags& flags, int64_t batch_size, const std::string& flag) {
  const distributed::LaunchEnv env = distributed::read_launch_env();
  if (!env.distributed()) return;
  if (batch_size % env.world_size != 0)
    throw UsageError(fmt::format("{} {}: the {} processes of this run share each batch, so it must be a multiple of "
                                 "{} ({} is the global batch, the same whatever the number of processes)",
                                 flag, batch_size, env.world_size, env.world_size, flag));
  if (env.rank > 0 && log_level() == LogLevel::Info) set_log_level(LogLevel::Warning);
  distributed::WorldOptions o;
  o.timeout = std::chrono::seconds(flags.timeout_s);
  o.bucket_bytes = static_cast<int64_t>(flags.bucket_mb * 1024 * 1024);
  distributed::World::join(env, o);
}

bool prints_results() { return distributed::is_writer(); }

void add_device_option(CLI::App& app, std::string* device) {
  app.add_option_function<std::string>(
         "--device",
         [device](const std::string& name) {
           try {
             runtime::check_device_name(name, "");  // CLI11 puts the flag in front
           } catch (const ConfigError& e) {
             throw CLI::ValidationError("--device", e.what());
           }
           *device = name;
         },
         "Where to compute: cpu, cuda or cuda:N (a CUDA build of libtorch: docs/gpu.md)")
      ->type_name("TEXT")
      ->default_str(*device);
}

ConfigFlags::ConfigFlags(CLI::App& app, std::string flag) : app_(app), flag_(std::move(flag)) {
  app_.add_option(flag_, file_, "JSON file of options: any subset of the keys --dump-config prints")
      ->type_name("FILE");
  app_.add_flag("--dump-config", dump_, "Print the merged, validated options as JSON and exit (nothing is computed)");
  app_.footer(fmt::format("Options are merged in this order: built-in defaults < {} FILE < flags given on the\n"
                          "command line. Unknown keys in the file are errors. See docs/configuration.md.\n",
                          flag_));
}

std::optional<std::string> ConfigFlags::find_file(int argc, char** argv) const {
  std::optional<std::string> file;
  const std::string with_value = flag_ + "=";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") break;
    if (arg == flag_ && i + 1 < argc) file = argv[++i];
    else if (arg.rfind(with_value, 0) == 0) file = arg.substr(with_value.size());
  }
  return file;
}

nlohmann::json ConfigFlags::read_file(const std::string& path) {
  std::string text;
  try {
    text = io::read_file(path);
  } catch (const IoError& e) {
    throw IoError(fmt::format("config file: {}", e.what()));
  }
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw ConfigError(fmt::format("config file {}: invalid JSON: {}", path, e.what()));
  }
}

void ConfigFlags::require(const std::string& flag, const std::string& key, std::function<bool()> given) {
  CLI::Option* option = app_.get_option(flag);
  option->description(fmt::format("{} REQUIRED (or \"{}\" in the {} file)", option->get_description(), key, flag_));
  required_.push_back({flag, key, std::move(given)});
}

void ConfigFlags::check_required() const {
  for (const auto& r : required_)
    if (!r.given())
      throw UsageError(fmt::format("{} is required: give it on the command line or as \"{}\" in the {} file", r.flag,
                                   r.key, flag_));
}

}  // namespace xlfuse::cli
