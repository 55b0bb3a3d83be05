// The report's tables from the systems. See comparison_tables.h.
#include "xlfuse/report/comparison_tables.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "xlfuse/report/headline_metric.h"
#include "xlfuse/report/scores_file.h"

namespace xlfuse::report {

int kind_rank(SystemKind kind) {
  switch (kind) {
    case SystemKind::Model:
      return 0;
    case SystemKind::Soup:
      return 1;
    case SystemKind::DevChosenMember:
      return 2;
    case SystemKind::OracleMember:
      return 3;
    case SystemKind::Ensemble:
      return 4;
  }
  return 5;
}

const TaskTable* ReportTables::find(const std::string& task, const std::string& split) const {
  for (const auto& t : tasks)
    if (t.task == task && t.split == split) return &t;
  return nullptr;
}

namespace {

// Which member(s) a member choice picked, for its row label.
std::string choice_label(const System& s, const SystemScores& sc) {
  if (sc.detail.empty()) return s.label;
  if (s.kind == SystemKind::DevChosenMember) return fmt::format("{} = {}", s.label, sc.detail);
  return fmt::format("{}: per language {}", s.label, sc.detail);
}

TaskTable build_task_table(const std::string& task, const std::string& split, const Study& study,
                           const Systems& systems) {
  TaskTable t;
  t.task = task;
  t.split = split;
  // The metric: the ensembles' (their intervals are in it), else the task's headline metric.
  for (size_t e = 0; e < study.ensembles.size() && t.metric.empty(); ++e)
    if (study.ensembles[e].record.task == task && study.ensembles[e].record.split == split)
      t.metric = study.ensembles[e].record.metric;
  if (t.metric.empty()) {
    std::set<std::string> available;
    for (const auto& s : systems.list)
      if (const SystemScores* sc = s.find(task, split))
        for (const auto& [lang, metrics] : sc->languages)
          for (const auto& [m, v] : metrics) available.insert(m);
    t.metric = headline_metric(task, {available.begin(), available.end()});
  }
  std::set<std::string> langs;
  for (size_t i = 0; i < systems.list.size(); ++i) {
    const System& s = systems.list[i];
    const SystemScores* sc = s.find(task, split);
    if (!sc) continue;
    TableRow row;
    row.system = i;
    row.kind = s.kind;
    row.label =
        (s.kind == SystemKind::DevChosenMember || s.kind == SystemKind::OracleMember) ? choice_label(s, *sc) : s.label;
    row.source = sc->source;
    for (const auto& [lang, metrics] : sc->languages) {
      auto it = metrics.find(t.metric);
      if (it == metrics.end()) continue;
      row.values[lang] = it->second;
      langs.insert(lang);
    }
    if (s.kind == SystemKind::Ensemble) {
      for (size_t e = 0; e < study.ensembles.size(); ++e) {
        const EnsembleRecord& r = study.ensembles[e].record;
        if (systems.ensemble_system[e] != i || r.task != task || r.split != split) continue;
        for (const auto& l : r.languages) row.intervals[l.lang] = l.delta;
        row.mean_interval = r.mean_delta;
      }
    }
    t.rows.push_back(std::move(row));
  }
  t.languages = order_languages(task, {langs.begin(), langs.end()});
  for (auto& row : t.rows) {
    double sum = 0.0;
    bool all = !t.languages.empty();
    for (const auto& lang : t.languages) {
      auto it = row.values.find(lang);
      if (it == row.values.end()) {
        all = false;
        break;
      }
      sum += it->second;
    }
    if (all) row.mean = sum / static_cast<double>(t.languages.size());
  }
  std::stable_sort(t.rows.begin(), t.rows.end(), [&](const TableRow& a, const TableRow& b) {
    const int ka = kind_rank(a.kind), kb = kind_rank(b.kind);
    if (ka != kb) return ka < kb;
    // The no-intermediate model first: the baseline every other row is read against.
    const bool na = systems.list[a.system].intermediate == "none", nb = systems.list[b.system].intermediate == "none";
    if (na != nb) return na;
    return a.label < b.label;
  });
  return t;
}

Comparison build_comparison(size_t e, const Study& study, const Systems& systems) {
  const EnsembleFolder& ef = study.ensembles[e];
  const EnsembleRecord& r = ef.record;
  Comparison c;
  c.ensemble = e;
  c.task = r.task;
  c.split = r.split;
  c.metric = r.metric;
  c.ensemble_label = systems.list[systems.ensemble_system[e]].label;
  std::set<std::string> dev;
  for (const auto& l : r.languages)
    for (size_t m = 0; m < r.members.size(); ++m)
      if (r.members[m].name == l.best_member) dev.insert(systems.member_labels[e][m]);
  c.dev_member = fmt::format("{}", fmt::join(dev, ", "));
  c.dev_member_mean = r.mean_best_member;
  c.ensemble_mean = r.mean_ensemble;
  c.delta = r.mean_delta;
  c.confidence = r.bootstrap_confidence;
  c.wins = r.wins;
  c.ties = r.ties;
  c.losses = r.losses;
  c.languages = r.languages.size();
  c.folder = ef.path;
  double oracle = 0.0;
  bool all = true;
  for (const auto& l : r.languages) {
    if (auto it = r.oracle.find(l.lang); it != r.oracle.end()) {
      oracle += it->second.score;
    } else if (!l.members.empty()) {
      double best = l.members.begin()->second;
      for (const auto& [name, v] : l.members) best = std::max(best, v);
      oracle += best;
    } else {
      all = false;
    }
  }
  if (all && !r.languages.empty()) c.oracle_mean = oracle / static_cast<double>(r.languages.size());
  return c;
}

}  // namespace

ReportTables build_tables(const Study& study, const Systems& systems) {
  ReportTables out;
  out.study_dir = study.dir;
  std::set<std::pair<bool, std::pair<std::string, std::string>>> pairs;  // (not test, (task, split))
  for (const auto& s : systems.list)
    for (const auto& sc : s.scores) pairs.insert({sc.split != "test", {sc.task, sc.split}});
  for (const auto& [not_test, ts] : pairs) out.tasks.push_back(build_task_table(ts.first, ts.second, study, systems));

  for (size_t e = 0; e < study.ensembles.size(); ++e) out.comparisons.push_back(build_comparison(e, study, systems));
  std::stable_sort(out.comparisons.begin(), out.comparisons.end(), [](const Comparison& a, const Comparison& b) {
    return std::make_tuple(a.split != "test", a.task, a.split, -a.delta.delta) <
           std::make_tuple(b.split != "test", b.task, b.split, -b.delta.delta);
  });

  for (size_t i = 0; i < systems.list.size(); ++i) {
    const System& s = systems.list[i];
    std::map<std::string, std::vector<std::pair<std::string, eval::MetricValues>>> test;
    for (const auto& sc : s.scores)
      if (sc.split == "test") test[sc.task] = sc.languages;
    out.xtreme_r.push_back({i, s.label, s.kind, xtreme_r_score(test)});
  }
  std::stable_sort(out.xtreme_r.begin(), out.xtreme_r.end(), [](const XtremeRRow& a, const XtremeRRow& b) {
    if (a.score.score.has_value() != b.score.score.has_value()) return a.score.score.has_value();
    if (a.score.score && *a.score.score != *b.score.score) return *a.score.score > *b.score.score;
    if (kind_rank(a.kind) != kind_rank(b.kind)) return kind_rank(a.kind) < kind_rank(b.kind);
    return a.label < b.label;
  });

  out.gains = intermediate_gains(systems);
  out.sweeps = study.sweeps;
  out.notes = study.notes;
  out.notes.insert(out.notes.end(), systems.notes.begin(), systems.notes.end());
  return out;
}

}  // namespace xlfuse::report
