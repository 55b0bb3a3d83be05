#pragma once
// Small helpers shared by the subcommands: parsing with CLI11 and the error/exit-code policy.
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/enum_names.h"
#include "xlfuse/core/error.h"

namespace xlfuse::cli {

// Parses argv with `app`; returns -1 to continue, or the exit code to return (0 for --help,
// 2 for a usage error, after printing it). Every command gets `--log-level` here.
int parse_or_exit(CLI::App& app, int argc, char** argv);

// Adds the `--threads N` flag every command has (0 = all cores).
void add_threads_flag(CLI::App& app, int* threads);

// Data-parallel settings of the training commands (docs/distributed.md).
struct DistributedFlags {
  int timeout_s = 300;
  double bucket_mb = 25;
};
// Adds `--dist-timeout SECONDS` and `--bucket-mb MB`.
void add_distributed_flags(CLI::App& app, DistributedFlags* flags);
// Joins the data-parallel group that RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT describe (as
// torchrun, Slurm or `xlfuse launch` set them); nothing in a single process. Rank 0 alone writes.
// `batch_size` (the global batch) must divide among the ranks: UsageError naming `flag` otherwise.
// The other ranks log warnings and errors only.
void join_world(const DistributedFlags& flags, int64_t batch_size, const std::string& flag = "--batch-size");
// Whether this process prints a command's result (a single process, or rank 0).
bool prints_results();

// Adds `--device cpu|cuda[:N]` (commands that run a model); a malformed name is a usage error.
void add_device_option(CLI::App& app, std::string* device);

// An option taking one of an enum's names (aliases too). The help lists the names and shows the
// default; a bad name is a usage error (exit 2) that names the flag and the valid names.
template <typename E>
CLI::Option* add_enum_option(CLI::App& app, const std::string& flag, E* value, const EnumTable<E>& names,
                             const std::string& help, const std::string& what) {
  return app
      .add_option_function<std::string>(
          flag,
          [value, &names, what, flag](const std::string& name) {
            try {
              *value = parse_enum(names, name, what);
            } catch (const ConfigError& e) {
              throw CLI::ValidationError(flag, e.what());
            }
          },
          help + " (" + fmt::format("{}", fmt::join(enum_names(names), ", ")) + ")")
      ->type_name("TEXT")
      ->default_str(enum_name(names, *value));
}

// `--config FILE` and `--dump-config` of a command whose options struct has to_json, from_json
// (found by argument-dependent lookup) and validate(); see docs/configuration.md. Merge order:
// built-in defaults < the config file < flags given on the command line. The file is read into
// the struct before CLI11 parses argv, and CLI11 writes only the options that appear on the
// command line, so a flag not given never overwrites a value from the file. Register the
// command's own options first: their help then shows the built-in defaults.
class ConfigFlags {
 public:
  // Adds `flag` FILE and --dump-config to `app`, and the merge order to its help footer.
  explicit ConfigFlags(CLI::App& app, std::string flag = "--config");

  // Loads the file named in argv (if any) into *options, then parses argv as parse_or_exit does
  // (its return value). A file that cannot be read or parsed, or a bad key in it, throws
  // ConfigError / IoError naming the file (exit 1).
  template <typename Options>
  int parse(int argc, char** argv, Options* options) {
    if (const std::optional<std::string> path = find_file(argc, argv)) {
      const nlohmann::json json = read_file(*path);
      try {
        from_json(json, options, "");
      } catch (const ConfigError& e) {
        throw ConfigError(fmt::format("config file {}: {}", *path, e.what()));
      }
    }
    const int rc = parse_or_exit(app_, argc, argv);
    if (rc < 0) check_required();
    return rc;
  }

  // A flag that must end up with a value, from the command line or from the file's `key`
  // (CLI11's ->required() would refuse a value that only the file gives). Checked after the
  // merge by parse: UsageError (exit 2) "--task is required: give it on the command line or as
  // "task" in the --config file". Call before parse.
  void require(const std::string& flag, const std::string& key, std::function<bool()> given);

  bool dump_requested() const { return dump_; }
  // Validates `options` and prints their canonical JSON (to_json(...).dump(2)) to stdout; 0, the
  // exit code.
  template <typename Options>
  int dump(const Options& options) const {
    options.validate();
    std::cout << to_json(options).dump(2) << "\n";
    return 0;
  }

 private:
  // The file named by `--config FILE` or `--config=FILE` (the last one; nothing after "--").
  std::optional<std::string> find_file(int argc, char** argv) const;
  static nlohmann::json read_file(const std::string& path);
  void check_required() const;

  struct Required {
    std::string flag, key;
    std::function<bool()> given;
  };

  CLI::App& app_;
  std::string flag_;
  std::string file_;  // CLI11 stores the name here too; find_file has read it from argv before
  bool dump_ = false;
  std::vector<Required> required_;
};

}  // namespace xlfuse::cli
