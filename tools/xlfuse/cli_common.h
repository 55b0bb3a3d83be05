#pragma once
// Small helpers shared by the subcommands: parsing with CLI11 and the error/exit-code policy.
#include <map>
#include <string>

#include <CLI/CLI.hpp>

#include <fmt/format.h>

#include "xlfuse/core/enum_names.h"

namespace xlfuse::cli {

// Parses argv with `app`; returns -1 to continue, or the exit code to return (0 for --help,
// 2 for a usage error, after printing it). Every command gets `--log-level` here.
int parse_or_exit(CLI::App& app, int argc, char** argv);

// Adds the `--threads N` flag every command has (0 = all cores).
void add_threads_flag(CLI::App& app, int* threads);

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

}  // namespace xlfuse::cli
