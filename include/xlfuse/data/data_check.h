#pragma once
// `xlfuse data check`: what a data folder holds for each task and language (present, missing,
// unlabelled, with example counts), reading every file once so malformed files are found.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "xlfuse/data/task_registry.h"

namespace xlfuse::data {

struct DataCheckOptions {
  // The XTREME download/ folder (one sub-folder per task).
  std::filesystem::path data_dir;
  // Which target tasks and languages to check.
  Benchmark benchmark = kDefaultBenchmark;
  // Also check the English intermediate tasks (they are reported when present either way).
  bool intermediate = false;
  // Only these tasks (empty: the benchmark's tasks).
  std::vector<std::string> tasks;
  void validate() const;  // ConfigError when data_dir is not a directory
};

enum class DataStatus { Labelled, Unlabelled, Missing, Malformed };
std::string to_string(DataStatus status);

struct DataCheckEntry {
  std::string task;
  std::string split;  // "" for a missing target language with no split at all
  std::string lang;
  DataStatus status = DataStatus::Missing;
  size_t examples = 0;
  bool target_lang = false;  // one of the benchmark's languages for this task
  std::string detail;        // files read, expected paths, or the error message
};

struct DataCheckReport {
  std::vector<DataCheckEntry> entries;
  size_t count(DataStatus status) const;
  bool ok() const { return count(DataStatus::Malformed) == 0; }
  std::string to_text() const;  // a table per task, then a summary
};

DataCheckReport check_data(const DataCheckOptions& options);

}  // namespace xlfuse::data
