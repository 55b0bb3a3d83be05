#include "xlfuse/data/data_check.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/data/task_files.h"

namespace xlfuse::data {
namespace fs = std::filesystem;

void DataCheckOptions::validate() const {
  std::error_code ec;
  if (!fs::is_directory(data_dir, ec))
    throw ConfigError(fmt::format("data_dir: '{}' is not a directory", data_dir.string()));
}

std::string to_string(DataStatus status) {
  switch (status) {
    case DataStatus::Labelled: return "present";
    case DataStatus::Unlabelled: return "unlabelled";
    case DataStatus::Missing: return "missing";
    case DataStatus::Malformed: return "MALFORMED";
  }
  return "?";
}

size_t DataCheckReport::count(DataStatus status) const {
  return static_cast<size_t>(std::count_if(entries.begin(), entries.end(),
                                           [&](const DataCheckEntry& e) { return e.status == status; }));
}

std::string DataCheckReport::to_text() const {
  std::string out;
  std::string task;
  for (const auto& e : entries) {
    if (e.task != task) {
      task = e.task;
      const TaskInfo& info = task_info(task);
      out += fmt::format("\n{} ({}, {}): {}\n", task, to_string(info.kind), info.metric, info.description);
      out += fmt::format("  {:<15} {:<7} {:<11} {:>9}  {}\n", "split", "lang", "status", "examples", "files / detail");
    }
    out += fmt::format("  {:<15} {:<7} {:<11} {:>9}  {}{}\n", e.split.empty() ? "-" : e.split, e.lang,
                       to_string(e.status),
                       e.status == DataStatus::Missing || e.status == DataStatus::Malformed
                           ? std::string("-")
                           : std::to_string(e.examples),
                       e.target_lang ? "" : "(not a target language) ", e.detail);
  }
  out += fmt::format("\nsummary: {} present, {} unlabelled, {} missing, {} malformed\n",
                     count(DataStatus::Labelled), count(DataStatus::Unlabelled), count(DataStatus::Missing),
                     count(DataStatus::Malformed));
  return out;
}

DataCheckReport check_data(const DataCheckOptions& options) {
  options.validate();
  std::vector<std::string> tasks = options.tasks;
  if (tasks.empty()) {
    tasks = benchmark_tasks(options.benchmark);
    for (const auto& name : task_names()) {
      const TaskInfo& t = task_info(name);
      if (!t.intermediate || std::find(tasks.begin(), tasks.end(), name) != tasks.end()) continue;
      // Intermediate tasks: always when asked for, otherwise only when their folder exists.
      std::error_code ec;
      if (options.intermediate || fs::is_directory(task_dir(options.data_dir, t), ec)) tasks.push_back(name);
    }
  }
  DataCheckReport report;
  for (const auto& name : tasks) {
    const TaskInfo& task = task_info(name);
    const std::vector<std::string>& langs = task.langs(options.benchmark);
    std::vector<std::string> incomplete;
    const std::vector<DataFiles> found = available(options.data_dir, task, &incomplete);
    std::set<std::string> langs_found;
    bool has_train = false;
    for (const auto& files : found) {
      DataCheckEntry e;
      e.task = name;
      e.split = files.split;
      e.lang = files.lang;
      const std::string base = files.lang.substr(0, files.lang.find('-'));
      e.target_lang = task.intermediate || langs.empty() ||
                      std::find(langs.begin(), langs.end(), base) != langs.end() ||
                      files.split == "train" || files.lang == "multi";
      langs_found.insert(base);
      if (files.split == "train") has_train = true;
      try {
        Dataset d = reader(task.reader)(task, files);
        e.examples = d.size();
        e.status = d.labelled ? DataStatus::Labelled : DataStatus::Unlabelled;
        std::vector<std::string> names;
        for (const auto& f : d.files) names.push_back(fs::path(f).lexically_relative(options.data_dir).generic_string());
        e.detail = fmt::format("{}", fmt::join(names, " + "));
      } catch (const std::exception& ex) {
        e.status = DataStatus::Malformed;
        e.detail = ex.what();
        XLFUSE_LOG_DEBUG("[data] {}", ex.what());
      }
      report.entries.push_back(std::move(e));
    }
    for (const auto& msg : incomplete) {
      DataCheckEntry e;
      e.task = name;
      e.status = DataStatus::Missing;
      e.detail = msg;
      report.entries.push_back(std::move(e));
    }
    if (task.intermediate) continue;
    // The English (or multilingual) training split the benchmark fine-tunes on.
    if (!has_train && std::find(task.splits.begin(), task.splits.end(), "train") != task.splits.end()) {
      DataCheckEntry e;
      e.task = name;
      e.split = "train";
      e.lang = name == "mewslix" ? "multi" : "en";
      e.target_lang = true;
      e.detail = fmt::format("expected {}", fmt::join(expected_paths(task, "train", e.lang), " or "));
      report.entries.push_back(std::move(e));
    }
    for (const auto& lang : langs) {
      if (langs_found.count(lang)) continue;
      DataCheckEntry e;
      e.task = name;
      e.lang = lang;
      e.target_lang = true;
      std::vector<std::string> expected;
      for (const auto& split : task.splits) {
        if (split == "train") continue;
        for (const auto& p : expected_paths(task, split, lang)) expected.push_back(p);
      }
      e.detail = fmt::format("expected {}", fmt::join(expected, " or "));
      report.entries.push_back(std::move(e));
    }
  }
  return report;
}

}  // namespace xlfuse::data
