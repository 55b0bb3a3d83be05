#pragma once
// Where the files of a task are in XTREME's download/ layout (the task's FileLayouts), which
// (split, language) pairs a data folder holds, and reading one of them with the task's reader.
//
//   Dataset dev_de = read_task("/data/xtreme", "xnli", "dev", "de");
//   for (const DataFiles& f : available("/data/xtreme", task_info("xnli"))) ...
#include <filesystem>
#include <string>
#include <vector>

#include "xlfuse/data/example.h"
#include "xlfuse/data/task_registry.h"

namespace xlfuse::data {

// data_dir / task.folder.
std::filesystem::path task_dir(const std::filesystem::path& data_dir, const TaskInfo& task);

// The relative paths a (split, lang) of `task` would have, one string per layout (files joined
// with " + "), for messages.
std::vector<std::string> expected_paths(const TaskInfo& task, const std::string& split,
                                        const std::string& lang);

// Every (split, language) present for `task` under data_dir, sorted by split then language.
// Companion files that are missing make an entry incomplete: it is left out and listed in
// `incomplete` (if given) with the missing paths.
std::vector<DataFiles> available(const std::filesystem::path& data_dir, const TaskInfo& task,
                                 std::vector<std::string>* incomplete = nullptr);

// The files of (split, lang); IoError naming the task and listing the expected paths if absent.
DataFiles locate(const std::filesystem::path& data_dir, const TaskInfo& task,
                 const std::string& split, const std::string& lang);

// Locates and reads one (task, split, lang).
Dataset read_task(const std::filesystem::path& data_dir, const std::string& task,
                  const std::string& split, const std::string& lang);

}  // namespace xlfuse::data
