// Gain of intermediate-task training over the no-intermediate model. See intermediate_gains.h.
#include "xlfuse/report/intermediate_gains.h"

#include <map>
#include <set>

#include "xlfuse/report/headline_metric.h"
#include "xlfuse/report/scores_file.h"

namespace xlfuse::report {

namespace {

struct Sum {
  double total = 0.0;
  int n = 0;
  void add(double v) {
    total += v;
    ++n;
  }
  double mean() const { return total / n; }
};

}  // namespace

std::vector<GainCell> intermediate_gains(const Systems& systems) {
  // Plain models whose chain is known: the only ones a gain can be stated for.
  std::vector<const System*> models;
  bool any_test = false;
  std::set<std::string> fusions;
  for (const auto& s : systems.list) {
    if (s.kind != SystemKind::Model || s.models.empty() || s.intermediate == "unknown chain") continue;
    models.push_back(&s);
    fusions.insert(s.fusion);
    for (const auto& sc : s.scores) any_test = any_test || sc.split == "test";
  }
  const std::string split = any_test ? "test" : "dev";

  // (task, fusion, lang) -> baseline; (row, task, fusion, lang) -> intermediate models.
  std::map<std::tuple<std::string, std::string, std::string>, Sum> baseline;
  std::map<std::tuple<std::string, std::string, std::string, std::string>, Sum> value;
  std::map<std::string, std::string> metric_of;
  std::map<std::string, std::set<std::string>> langs_of;
  for (const System* s : models) {
    for (const auto& sc : s->scores) {
      if (sc.split != split || sc.languages.empty()) continue;
      std::vector<std::string> available;
      for (const auto& [metric, v] : sc.languages.front().second) available.push_back(metric);
      const std::string metric = metric_of.emplace(sc.task, headline_metric(sc.task, available)).first->second;
      for (const auto& [lang, metrics] : sc.languages) {
        auto it = metrics.find(metric);
        if (it == metrics.end()) continue;
        if (s->intermediate == "none") {
          baseline[{sc.task, s->fusion, lang}].add(it->second);
        } else {
          const std::string row = fusions.size() > 1 ? s->intermediate + " · " + s->fusion : s->intermediate;
          value[{row, sc.task, s->fusion, lang}].add(it->second);
        }
        langs_of[sc.task].insert(lang);
      }
    }
  }
  std::vector<GainCell> cells;
  std::map<std::string, std::vector<std::string>> ordered;
  for (const auto& [task, langs] : langs_of) ordered[task] = order_languages(task, {langs.begin(), langs.end()});
  std::set<std::string> rows;
  for (const auto& [k, v] : value) rows.insert(std::get<0>(k));
  for (const auto& row : rows)
    for (const auto& [task, langs] : ordered)
      for (const auto& lang : langs)
        for (const auto& fusion : fusions) {
          auto v = value.find({row, task, fusion, lang});
          auto b = baseline.find({task, fusion, lang});
          if (v == value.end() || b == baseline.end()) continue;
          cells.push_back({row, task, lang, split, metric_of[task], v->second.mean(), b->second.mean(),
                           v->second.mean() - b->second.mean(), v->second.n, b->second.n});
        }
  return cells;
}

}  // namespace xlfuse::report
