// report.csv and report.json. See table_export.h.
#include "xlfuse/report/table_export.h"

#include <fmt/format.h>

#include "xlfuse/report/value_format.h"

namespace xlfuse::report {

namespace {

nlohmann::json value_or_null(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

nlohmann::json interval_json(const DeltaInterval& i) { return {{"delta", i.delta}, {"low", i.low}, {"high", i.high}}; }

}  // namespace

std::string report_csv(const ReportTables& tables) {
  std::string out = "system,kind,task,split,language,metric,value,low,high,note\n";
  auto line = [&](const std::string& system, SystemKind kind, const std::string& task, const std::string& split,
                  const std::string& lang, const std::string& metric, const std::optional<double>& value,
                  const std::optional<double>& low, const std::optional<double>& high, const std::string& note) {
    out += fmt::format("{},{},{},{},{},{},{},{},{},{}\n", csv_field(system), csv_field(to_string(kind)),
                       csv_field(task), csv_field(split), csv_field(lang), csv_field(metric), exact_number(value),
                       exact_number(low), exact_number(high), csv_field(note));
  };
  for (const auto& t : tables.tasks) {
    const std::string delta_metric = fmt::format("delta({})", t.metric);
    for (const auto& r : t.rows) {
      for (const auto& lang : t.languages) {
        if (auto v = r.values.find(lang); v != r.values.end())
          line(r.label, r.kind, t.task, t.split, lang, t.metric, v->second, std::nullopt, std::nullopt, "");
        if (auto i = r.intervals.find(lang); i != r.intervals.end())
          line(r.label, r.kind, t.task, t.split, lang, delta_metric, i->second.delta, i->second.low, i->second.high,
               "ensemble - dev-chosen member");
      }
      if (r.mean) line(r.label, r.kind, t.task, t.split, "mean", t.metric, r.mean, std::nullopt, std::nullopt, "");
      if (r.mean_interval)
        line(r.label, r.kind, t.task, t.split, "mean", delta_metric, r.mean_interval->delta, r.mean_interval->low,
             r.mean_interval->high, "ensemble - dev-chosen member");
    }
  }
  for (const auto& r : tables.xtreme_r) {
    for (size_t i = 0; i < r.score.tasks.size(); ++i)
      if (r.score.task_values[i])
        line(r.label, r.kind, r.score.tasks[i], "test", "all", "avg_metric", r.score.task_values[i], std::nullopt,
             std::nullopt, "");
    line(r.label, r.kind, "xtreme-r", "test", "all", "score", r.score.score, std::nullopt, std::nullopt,
         r.score.score ? "" : fmt::format("incomplete: {}", fmt::join(r.score.missing, "; ")));
  }
  return out;
}

nlohmann::json report_json(const ReportTables& tables) {
  nlohmann::json j;
  j["format"] = "xlfuse.report";
  j["format_version"] = 1;
  j["study"] = tables.study_dir;
  nlohmann::json comparisons = nlohmann::json::array();
  for (const auto& c : tables.comparisons)
    comparisons.push_back({{"task", c.task},
                           {"split", c.split},
                           {"metric", c.metric},
                           {"ensemble", c.ensemble_label},
                           {"folder", c.folder},
                           {"dev_chosen_member", c.dev_member},
                           {"dev_chosen_member_mean", c.dev_member_mean},
                           {"ensemble_mean", c.ensemble_mean},
                           {"delta", interval_json(c.delta)},
                           {"confidence", c.confidence},
                           {"win_tie_loss", {{"wins", c.wins}, {"ties", c.ties}, {"losses", c.losses}}},
                           {"oracle_member_mean", value_or_null(c.oracle_mean)},
                           {"languages", c.languages}});
  j["comparisons"] = comparisons;

  nlohmann::json tasks = nlohmann::json::array();
  for (const auto& t : tables.tasks) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& r : t.rows) {
      nlohmann::json values = nlohmann::json::object(), intervals = nlohmann::json::object();
      for (const auto& [lang, v] : r.values) values[lang] = v;
      for (const auto& [lang, i] : r.intervals) intervals[lang] = interval_json(i);
      nlohmann::json row = {{"system", r.label},
                            {"kind", to_string(r.kind)},
                            {"source", r.source},
                            {"values", values},
                            {"mean", value_or_null(r.mean)}};
      if (!r.intervals.empty()) row["intervals"] = intervals;
      if (r.mean_interval) row["mean_interval"] = interval_json(*r.mean_interval);
      rows.push_back(row);
    }
    tasks.push_back(
        {{"task", t.task}, {"split", t.split}, {"metric", t.metric}, {"languages", t.languages}, {"rows", rows}});
  }
  j["tasks"] = tasks;

  nlohmann::json xr = nlohmann::json::array();
  for (const auto& r : tables.xtreme_r) {
    nlohmann::json per_task = nlohmann::json::object();
    for (size_t i = 0; i < r.score.tasks.size(); ++i)
      per_task[r.score.tasks[i]] = value_or_null(r.score.task_values[i]);
    xr.push_back({{"system", r.label},
                  {"kind", to_string(r.kind)},
                  {"tasks", per_task},
                  {"score", value_or_null(r.score.score)},
                  {"status", r.score.score ? "complete" : "incomplete"},
                  {"missing", r.score.missing}});
  }
  j["xtreme_r"] = xr;

  nlohmann::json gains = nlohmann::json::array();
  for (const auto& g : tables.gains)
    gains.push_back({{"intermediate", g.row},
                     {"task", g.task},
                     {"language", g.lang},
                     {"split", g.split},
                     {"metric", g.metric},
                     {"value", g.value},
                     {"baseline", g.baseline},
                     {"gain", g.gain},
                     {"models", g.models},
                     {"baselines", g.baselines}});
  j["gains"] = gains;

  nlohmann::json sweeps = nlohmann::json::array();
  for (const auto& s : tables.sweeps) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& r : s.rows)
      rows.push_back({{"layer", r.layer},
                      {"model_dir", r.model_dir},
                      {"scores", r.scores},
                      {"average", value_or_null(r.average)}});
    sweeps.push_back({{"file", s.file},
                      {"task", s.task},
                      {"fusion", s.fusion},
                      {"metric", s.metric},
                      {"split", s.split},
                      {"langs", s.langs},
                      {"rows", rows}});
  }
  j["sweeps"] = sweeps;
  j["notes"] = tables.notes;
  return j;
}

}  // namespace xlfuse::report
