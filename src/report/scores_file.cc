// scores.json reader. See scores_file.h.
#include "xlfuse/report/scores_file.h"

#include <algorithm>
#include <map>

#include "xlfuse/core/benchmark.h"
#include "xlfuse/report/json_fields.h"

namespace xlfuse::report {

const TaskScores* ScoresFile::find(const std::string& task) const {
  for (const auto& t : tasks)
    if (t.task == task) return &t;
  return nullptr;
}

std::vector<std::string> order_languages(const std::string& task, std::vector<std::string> languages) {
  const eval::TaskInfo* info = eval::benchmark_info(Benchmark::XtremeR).find(task);
  if (!info) info = eval::benchmark_info(Benchmark::Xtreme).find(task);
  std::map<std::string, size_t> rank;
  if (info)
    for (size_t i = 0; i < info->languages.size(); ++i) rank.emplace(info->languages[i], i);
  std::stable_sort(languages.begin(), languages.end(), [&](const std::string& a, const std::string& b) {
    const size_t ra = rank.count(a) ? rank[a] : rank.size();
    const size_t rb = rank.count(b) ? rank[b] : rank.size();
    if (ra != rb) return ra < rb;
    return a < b;
  });
  return languages;
}

ScoresFile read_scores_file(const std::string& path) {
  const nlohmann::json root = read_json_file(path);
  const JsonFields j(root, path);
  j.require_object();
  ScoresFile out;
  out.path = path;
  out.benchmark = j.string_or("benchmark", "");
  for (const auto& [task, entry] : j.object("tasks").items()) {
    entry.require_object();
    TaskScores ts;
    ts.task = task;
    ts.split = entry.string_or("split", "test");
    std::map<std::string, eval::MetricValues> by_lang;
    for (const auto& [lang, metrics] : entry.object("languages").items()) {
      eval::MetricValues values;
      for (const auto& [metric, value] : metrics.items()) {
        (void)value;
        values[metric] = metrics.number(metric);
      }
      by_lang[lang] = std::move(values);
    }
    std::vector<std::string> langs;
    for (const auto& [lang, values] : by_lang) langs.push_back(lang);
    for (const auto& lang : order_languages(task, langs)) ts.languages.emplace_back(lang, by_lang[lang]);
    out.tasks.push_back(std::move(ts));
  }
  return out;
}

}  // namespace xlfuse::report
