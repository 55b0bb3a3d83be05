#pragma once
// Small helpers shared by the subcommands: parsing with CLI11 and the error/exit-code policy.
#include <string>

#include <CLI/CLI.hpp>

namespace xlfuse::cli {

// Parses argv with `app`; returns -1 to continue, or the exit code to return (0 for --help,
// 2 for a usage error, after printing it). Every command gets `--log-level` here.
int parse_or_exit(CLI::App& app, int argc, char** argv);

// Adds the `--threads N` flag every command has (0 = all cores).
void add_threads_flag(CLI::App& app, int* threads);

}  // namespace xlfuse::cli
