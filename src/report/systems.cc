// Study -> systems: recipes joined across tasks, ensembles, member choices. See systems.h.
#include "xlfuse/report/systems.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

namespace xlfuse::report {

namespace fs = std::filesystem;

std::string to_string(SystemKind kind) {
  switch (kind) {
    case SystemKind::Model:
      return "model";
    case SystemKind::Soup:
      return "soup";
    case SystemKind::Ensemble:
      return "ensemble";
    case SystemKind::DevChosenMember:
      return "dev-chosen member";
    case SystemKind::OracleMember:
      return "oracle member";
  }
  return "?";
}

const eval::MetricValues* SystemScores::find(const std::string& lang) const {
  for (const auto& [l, m] : languages)
    if (l == lang) return &m;
  return nullptr;
}

const SystemScores* System::find(const std::string& task, const std::string& split) const {
  for (const auto& s : scores)
    if (s.task == task && s.split == split) return &s;
  return nullptr;
}

std::optional<size_t> Systems::find(const std::string& key) const {
  for (size_t i = 0; i < list.size(); ++i)
    if (list[i].key == key) return i;
  return std::nullopt;
}

namespace {

std::string braces(std::vector<std::string> labels) {
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  return fmt::format("{{{}}}", fmt::join(labels, ", "));
}

std::string seed_text(const std::optional<uint64_t>& seed) { return seed ? std::to_string(*seed) : "-"; }

class Builder {
 public:
  explicit Builder(const Study& study) : study_(study) {}

  Systems run() {
    add_runs();
    label_models();
    for (size_t e = 0; e < study_.ensembles.size(); ++e) add_ensemble(e);
    make_labels_unique();
    for (auto& s : out_.list)
      std::sort(s.scores.begin(), s.scores.end(), [](const SystemScores& a, const SystemScores& b) {
        return std::tie(a.task, a.split) < std::tie(b.task, b.split);
      });
    return std::move(out_);
  }

 private:
  size_t system_for(const std::string& key, SystemKind kind) {
    if (auto i = out_.find(key)) return *i;
    System s;
    s.key = key;
    s.kind = kind;
    out_.list.push_back(std::move(s));
    return out_.list.size() - 1;
  }

  // A soup's ingredients as a pool: their intermediate tasks (folder names when not found).
  std::string soup_pool(const ModelRecord& m, size_t model_index) const {
    std::vector<std::string> ingredients;
    for (size_t i : study_.soup_ingredients[model_index]) ingredients.push_back(intermediate_label(study_.models[i]));
    if (ingredients.empty())
      for (const auto& written : m.soup->ingredients) ingredients.push_back(fs::path(written).filename().string());
    return braces(ingredients);
  }

  // The recipe of a run's model: what joins its runs of different tasks.
  std::string recipe_key(const ModelRecord& m, size_t model_index) const {
    if (m.soup) return fmt::format("soup|{}|{}|{}", m.soup->method, soup_pool(m, model_index), m.fusion);
    return fmt::format("model|{}|{}|{}", intermediate_label(m), m.fusion, seed_text(m.seed));
  }

  void add_runs() {
    // (key, task, split) -> the runs already placed there.
    struct Placed {
      std::string model_hash;
      size_t system;
      size_t run;
    };
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<Placed>> placed;
    for (size_t r = 0; r < study_.runs.size(); ++r) {
      const PredictionRun& run = study_.runs[r];
      const ModelRecord& m = study_.models[run.model];
      const std::string base = recipe_key(m, run.model);
      auto& same = placed[{base, run.task, run.split}];
      const Placed* repeated = nullptr;
      for (const auto& p : same)
        if (p.model_hash == run.model_hash) repeated = &p;
      if (repeated) {
        out_.notes.push_back(
            fmt::format("{} {} scores of model {} appear in more than one prediction folder; {} is "
                        "used, {} is not",
                        run.task, run.split, m.path, study_.runs[repeated->run].folder, run.folder));
        out_.run_system.push_back(repeated->system);
        continue;
      }
      std::string key = base;
      std::string suffix;
      if (!same.empty()) {
        suffix = fmt::format("#{}", same.size() + 1);
        key = base + "|" + suffix;
        out_.notes.push_back(
            fmt::format("{} {}: models {} and {} share intermediate task, fusion and seed; the second "
                        "is shown with \"{}\"",
                        run.task, run.split, study_.models[study_.runs[same.front().run].model].path, m.path, suffix));
      }
      const size_t sys_index = system_for(key, m.soup ? SystemKind::Soup : SystemKind::Model);
      System& sys = out_.list[sys_index];
      sys.intermediate = intermediate_label(m);
      sys.fusion = m.fusion;
      sys.seed = m.seed;
      if (m.soup) {
        sys.method = m.soup->method;
        sys.pool = soup_pool(m, run.model);
      }
      suffix_[sys_index] = suffix;
      sys.models.push_back(run.model);
      // A task without scored languages (unlabelled test files) adds nothing to the tables.
      if (!run.languages.empty()) sys.scores.push_back({run.task, run.split, run.languages, run.folder, m.path});
      same.push_back({run.model_hash, sys_index, r});
      out_.run_system.push_back(sys_index);
    }
  }

  // Labels of model and soup systems: the intermediate task(s), with fusion and seed only when
  // they vary across the study's models (so that tables stay short).
  void label_models() {
    std::set<std::string> fusions;
    std::set<std::string> seeds;
    for (const auto& s : out_.list) {
      fusions.insert(s.fusion);
      if (s.kind == SystemKind::Model) seeds.insert(seed_text(s.seed));
    }
    for (size_t i = 0; i < out_.list.size(); ++i) {
      System& s = out_.list[i];
      std::string label = s.kind == SystemKind::Soup ? fmt::format("soup {} of {}", s.method, s.pool) : s.intermediate;
      if (fusions.size() > 1) label += " · " + s.fusion;
      if (seeds.size() > 1 && s.kind == SystemKind::Model) label += " · seed " + seed_text(s.seed);
      if (!suffix_[i].empty()) label += " " + suffix_[i];
      s.label = label;
    }
  }

  // Member m of ensemble e: its system (a model of the study, or one known from ensemble.json only).
  size_t member_system(const EnsembleFolder& e, size_t m) {
    const EnsembleMemberRecord& member = e.record.members[m];
    if (e.member_runs[m]) return out_.run_system[*e.member_runs[m]];
    const std::vector<std::string> intermediate(member.chain.begin(),
                                                member.chain.empty() ? member.chain.end() : member.chain.end() - 1);
    const std::string key = fmt::format("external|{}|{}", member.folder, intermediate_label(intermediate));
    const bool is_new = !out_.find(key);
    const size_t s = system_for(key, SystemKind::Model);
    System& sys = out_.list[s];
    if (is_new) {
      sys.label = fmt::format("{} (outside the study)", member.name);
      sys.intermediate = member.chain.empty() ? "unknown chain" : intermediate_label(intermediate);
    }
    if (!sys.find(e.record.task, e.record.split)) {
      SystemScores sc{e.record.task, e.record.split, {}, e.record.file, member.folder};
      for (const auto& l : e.record.languages)
        if (auto it = l.members.find(member.name); it != l.members.end())
          sc.languages.push_back({l.lang, {{e.record.metric, it->second}}});
      sys.scores.push_back(std::move(sc));
    }
    return s;
  }

  // A member's metrics on one language: its run's metrics (all official metrics) with the
  // headline value ensemble.json compared (so rows and intervals agree).
  eval::MetricValues member_metrics(const EnsembleFolder& e, const std::string& name, const std::string& lang,
                                    double headline) {
    eval::MetricValues values;
    for (size_t m = 0; m < e.record.members.size(); ++m) {
      if (e.record.members[m].name != name || !e.member_runs[m]) continue;
      const PredictionRun& run = study_.runs[*e.member_runs[m]];
      for (const auto& [l, metrics] : run.languages)
        if (l == lang) values = metrics;
      auto it = values.find(e.record.metric);
      if (it != values.end() && std::fabs(it->second - headline) > 1e-6)
        out_.notes.push_back(fmt::format("ensemble {}: member \"{}\" has {} {} = {} in ensemble.json but {} in {}",
                                         e.path, name, lang, e.record.metric, headline, it->second, run.folder));
    }
    values[e.record.metric] = headline;
    return values;
  }

  // Adds the scores of a member choice (dev-chosen or oracle) for the ensemble's task and split,
  // unless an ensemble with the same pool already did.
  void add_choice(size_t s, const EnsembleFolder& e, const std::map<std::string, std::pair<std::string, double>>& picks,
                  const std::vector<std::string>& labels) {
    System& sys = out_.list[s];
    std::set<std::string> picked;
    SystemScores sc{e.record.task, e.record.split, {}, e.record.file, ""};
    for (const auto& l : e.record.languages) {
      auto it = picks.find(l.lang);
      if (it == picks.end()) continue;
      sc.languages.push_back({l.lang, member_metrics(e, it->second.first, l.lang, it->second.second)});
      for (size_t m = 0; m < e.record.members.size(); ++m)
        if (e.record.members[m].name == it->second.first) picked.insert(labels[m]);
    }
    sc.detail = fmt::format("{}", fmt::join(picked, ", "));
    if (const SystemScores* existing = sys.find(e.record.task, e.record.split)) {
      if (existing->detail != sc.detail)
        out_.notes.push_back(fmt::format("{}: {} {} is {} in {} but {} in {}", sys.label, e.record.task, e.record.split,
                                         existing->detail, existing->source, sc.detail, e.record.file));
      return;
    }
    sys.scores.push_back(std::move(sc));
  }

  void add_ensemble(size_t index) {
    const EnsembleFolder& e = study_.ensembles[index];
    const EnsembleRecord& r = e.record;
    std::vector<std::string> labels;
    std::vector<size_t> members;
    for (size_t m = 0; m < r.members.size(); ++m) {
      members.push_back(member_system(e, m));
      labels.push_back(out_.list[members.back()].label);
    }
    const std::string pool = braces(labels);

    const std::string base = fmt::format("ensemble|{}|{}|{}", r.method, r.weights_from, pool);
    std::string key = base;
    std::string suffix;
    for (int k = 2; out_.find(key) && out_.list[*out_.find(key)].find(r.task, r.split); ++k) {
      suffix = fmt::format("#{}", k);
      key = base + "|" + suffix;
    }
    if (!suffix.empty())
      out_.notes.push_back(
          fmt::format("ensemble {} repeats the method, weights and members of another {} {} "
                      "ensemble; it is shown with \"{}\"",
                      e.path, r.task, r.split, suffix));
    const size_t s = system_for(key, SystemKind::Ensemble);
    {
      System& sys = out_.list[s];
      sys.method = r.method;
      sys.weights_from = r.weights_from;
      sys.pool = pool;
      sys.label = fmt::format("ensemble {} ({}) of {}", r.method, r.weights_from, pool);
      if (!suffix.empty()) sys.label += " " + suffix;
      SystemScores sc{r.task, r.split, {}, e.path, ""};
      if (e.scores) {
        sc.languages = e.scores->languages;
      } else {
        for (const auto& l : r.languages) sc.languages.push_back({l.lang, {{r.metric, l.ensemble}}});
      }
      sys.scores.push_back(std::move(sc));
    }

    std::map<std::string, std::pair<std::string, double>> dev_picks, oracle_picks;
    for (const auto& l : r.languages) {
      dev_picks[l.lang] = {l.best_member, l.best_member_score};
      if (auto it = r.oracle.find(l.lang); it != r.oracle.end()) {
        oracle_picks[l.lang] = {it->second.member, it->second.score};
      } else if (!l.members.empty()) {  // no oracle entry: the best member score of the language
        auto best = std::max_element(l.members.begin(), l.members.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
        oracle_picks[l.lang] = {best->first, best->second};
      }
    }
    const size_t dev = system_for("dev|" + pool, SystemKind::DevChosenMember);
    out_.list[dev].label = "dev-chosen member of " + pool;
    out_.list[dev].pool = pool;
    add_choice(dev, e, dev_picks, labels);
    const size_t oracle = system_for("oracle|" + pool, SystemKind::OracleMember);
    out_.list[oracle].label = "ORACLE member of " + pool + " (target labels)";
    out_.list[oracle].pool = pool;
    add_choice(oracle, e, oracle_picks, labels);

    out_.ensemble_system.push_back(s);
    out_.dev_chosen_system.push_back(dev);
    out_.oracle_system.push_back(oracle);
    out_.member_labels.push_back(labels);
    out_.member_system.push_back(members);
  }

  void make_labels_unique() {
    std::map<std::string, int> seen;
    for (auto& s : out_.list) {
      const int n = ++seen[s.label];
      if (n > 1) s.label += fmt::format(" ({})", n);
    }
  }

  const Study& study_;
  Systems out_;
  std::map<size_t, std::string> suffix_;  // model systems: "#2" for a second model of one recipe
};

}  // namespace

Systems build_systems(const Study& study) { return Builder(study).run(); }

}  // namespace xlfuse::report
