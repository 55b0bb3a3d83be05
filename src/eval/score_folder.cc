#include "xlfuse/eval/score_folder.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/eval/accuracy.h"
#include "xlfuse/eval/mlqa.h"
#include "xlfuse/eval/retrieval.h"
#include "xlfuse/eval/squad.h"
#include "xlfuse/eval/submission.h"

namespace xlfuse::eval {
namespace fs = std::filesystem;
namespace {

// evaluate.py asserts equal counts for every task but QA, BUCC and Mewsli-X. Accuracy also
// divides by the count (ZeroDivisionError on empty files), seqeval just returns 0 then.
void check_counts(size_t n_pred, size_t n_label, const char* unit, const std::string& pred, const std::string& label,
                  bool allow_empty = false) {
  if (n_pred != n_label)
    throw FormatError(fmt::format("{} has {} {} but {} has {} {}: the counts must be equal", pred, n_pred, unit, label, n_label, unit));
  if (n_pred == 0 && !allow_empty) throw FormatError(fmt::format("{} and {} have no {}", pred, label, unit));
}

// Why `value` cannot be a label of `task`, or "" when it can.
std::string unscorable(const TaskInfo& task, const std::string& value) {
  if (task.integer_lines) {
    const bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
    return digits ? "" : fmt::format("'{}' is not a line index (a non-negative integer)", value);
  }
  if (task.labels.empty() || std::find(task.labels.begin(), task.labels.end(), value) != task.labels.end()) return "";
  std::string why = fmt::format("'{}' is not a {} label (expected one of {})", value, task.name, fmt::join(task.labels, ", "));
  const size_t fields = static_cast<size_t>(std::count(value.begin(), value.end(), '\t')) + 1;
  if (fields > 1)
    why += fmt::format("; the line has {} tab-separated fields: this looks like the task's data file (e.g. XTREME's "
                       "premise\thypothesis[\tlabel] layout), not a file of one label per line",
                       fields);
  return why;
}

// Every line of a label or prediction file must be scorable: a label file of XTREME's download
// (test files keep no label) or a prediction outside the label set would otherwise score 0.
void check_lines(const TaskInfo& task, const std::vector<std::string>& lines, const std::string& file, const char* role) {
  for (size_t i = 0; i < lines.size(); ++i)
    if (const std::string why = unscorable(task, lines[i]); !why.empty())
      throw FormatError(fmt::format("{}:{}: {} {}", file, i + 1, role, why));
}

void check_tags(const TaskInfo& task, const std::vector<std::vector<std::string>>& sentences, const std::string& file,
                const char* role) {
  for (size_t s = 0; s < sentences.size(); ++s)
    for (size_t t = 0; t < sentences[s].size(); ++t)
      if (const std::string why = unscorable(task, sentences[s][t]); !why.empty())
        throw FormatError(fmt::format("{}: sentence {}, token {}: {} {}{}", file, s + 1, t + 1, role, why,
                                      std::string(role) == "label"
                                          ? " (a label file needs word\ttag lines or one tag per line; XTREME's test "
                                            "files hold the words only)"
                                          : ""));
}

MetricValues prf_values(const PrfScores& s) { return {{kF1, s.f1}, {kPrecision, s.precision}, {kRecall, s.recall}}; }

std::set<std::string> subfolders(const std::string& dir) {
  std::set<std::string> out;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_directory()) out.insert(entry.path().filename().string());
  return out;
}

std::set<std::string> files_in(const fs::path& dir) {
  std::set<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& entry : fs::directory_iterator(dir))
    if (!entry.is_directory()) out.insert(entry.path().filename().string());
  return out;
}

std::string fmt_value(const std::optional<double>& v) { return v ? fmt::format("{:.2f}", *v) : std::string("-"); }

nlohmann::json json_value(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

}  // namespace

void ScoreOptions::validate() const {
  if (predictions_dir.empty()) throw ConfigError("score: predictions_dir is empty: expected the prediction folder");
  if (labels_dir.empty()) throw ConfigError("score: labels_dir is empty: expected the label folder");
  std::error_code ec;
  if (!fs::is_directory(predictions_dir, ec))
    throw ConfigError(fmt::format("score: predictions_dir '{}' is not a folder", predictions_dir));
  if (!fs::is_directory(labels_dir, ec)) throw ConfigError(fmt::format("score: labels_dir '{}' is not a folder", labels_dir));
}

const TaskReport* ScoreReport::find(const std::string& task) const {
  for (const auto& t : tasks)
    if (t.task == task) return &t;
  return nullptr;
}

MetricValues score_files(const TaskInfo& task, const std::string& pred, const std::string& label, const std::string& lang,
                         SeqevalScheme seqeval) {
  switch (task.metric) {
    case TaskMetric::Accuracy: {
      auto p = read_label_lines(pred);
      auto l = read_label_lines(label);
      check_lines(task, l, label, "label");
      check_lines(task, p, pred, "prediction");
      check_counts(p.size(), l.size(), "lines", pred, label);
      return {{kAccuracy, accuracy(l, p)}};
    }
    case TaskMetric::JsonAccuracy: {
      auto p = read_xcopa_labels(pred);
      auto l = read_xcopa_labels(label);
      // Gold must be a choice; predictions keep evaluate.py's Python equality (true == 1, "1" != 1).
      for (size_t i = 0; i < l.size(); ++i)
        if (!(l[i].is_number_integer() && (l[i] == 0 || l[i] == 1)))
          throw FormatError(fmt::format("{}:{}: label {} is not a choice (0 or 1): this file holds no usable labels",
                                        label, i + 1, l[i].dump()));
      check_counts(p.size(), l.size(), "lines", pred, label);
      return {{kAccuracy, json_accuracy(l, p)}};
    }
    case TaskMetric::Seqeval: {
      auto p = read_tag_file(pred);
      auto l = read_tag_file(label);
      check_tags(task, l, label, "label");
      check_tags(task, p, pred, "prediction");
      check_counts(p.size(), l.size(), "sentences", pred, label, /*allow_empty=*/true);
      try {
        return prf_values(seqeval_scores(l, p, seqeval, fmt::format("{} vs {}", pred, label)));
      } catch (const std::invalid_argument& e) {
        throw FormatError(e.what());
      }
    }
    case TaskMetric::Bucc:
      return prf_values(bucc_scores(read_label_lines(label), read_label_lines(pred)));
    case TaskMetric::Squad:
    case TaskMetric::Mlqa: {
      auto p = read_qa_predictions(pred);
      auto l = read_qa_labels(label);
      QaScores s;
      try {
        s = task.metric == TaskMetric::Squad ? squad_evaluate(l, p) : mlqa_evaluate(l, p, lang);
      } catch (const FormatError& e) {
        throw FormatError(fmt::format("{}: {}", label, e.what()));
      } catch (const std::invalid_argument& e) {
        throw FormatError(fmt::format("{}: {}", label, e.what()));
      }
      if (s.n_unanswered)
        XLFUSE_LOG_WARN("[eval] {}: {} of {} questions have no prediction and score 0", pred, s.n_unanswered, s.n_questions);
      return {{kExactMatch, s.exact_match}, {kF1, s.f1}};
    }
    case TaskMetric::MewslixMrr:
    case TaskMetric::LareqaMap: {
      auto p = read_ranking_json(pred);
      auto l = read_ranking_json(label);
      RankingScores s;
      try {
        s = task.metric == TaskMetric::MewslixMrr ? mewslix_mrr_at_k(l, p) : lareqa_map_at_k(l, p);
      } catch (const std::invalid_argument& e) {
        throw FormatError(fmt::format("{}: {}", label, e.what()));
      }
      if (s.n_unpredicted)
        XLFUSE_LOG_WARN("[eval] {}: {} of {} examples have no prediction and score 0", pred, s.n_unpredicted, s.n_examples);
      if (s.n_unexpected) XLFUSE_LOG_WARN("[eval] {}: {} predicted ids have no gold entry (ignored)", pred, s.n_unexpected);
      return {{kMapAt20, s.value}};
    }
  }
  throw std::logic_error("score_files: unhandled task metric");
}

ScoreReport score_folders(const ScoreOptions& options) {
  options.validate();
  const BenchmarkInfo& info = benchmark_info(options.benchmark);
  ScoreReport report;
  report.benchmark = options.benchmark;
  report.seqeval = options.seqeval;
  std::set<std::string> pred_tasks = subfolders(options.predictions_dir);
  std::set<std::string> label_tasks = subfolders(options.labels_dir);

  for (const auto& t : info.tasks) {
    bool has_pred = pred_tasks.count(t.name) > 0;
    bool has_label = label_tasks.count(t.name) > 0;
    if (!has_pred && !has_label) {
      report.tasks_absent.push_back(t.name);
      continue;
    }
    if (!has_pred) {
      XLFUSE_LOG_WARN("[eval] task {}: labels in {} but no prediction folder in {}", t.name, options.labels_dir, options.predictions_dir);
      report.tasks_without_predictions.push_back(t.name);
      continue;
    }
    if (!has_label) {
      XLFUSE_LOG_WARN("[eval] task {}: predictions in {} but no label folder in {}", t.name, options.predictions_dir, options.labels_dir);
      report.tasks_without_labels.push_back(t.name);
      continue;
    }
    TaskReport tr;
    tr.task = t.name;
    tr.in_official_score = t.in_official_score;
    fs::path pdir = fs::path(options.predictions_dir) / t.name;
    fs::path ldir = fs::path(options.labels_dir) / t.name;
    std::set<std::string> pfiles = files_in(pdir);
    std::set<std::string> lfiles = files_in(ldir);
    std::set<std::string> expected;
    std::vector<std::pair<std::string, MetricValues>> per_language;
    for (const auto& lang : t.languages) {
      std::string file = fmt::format("test-{}.{}", lang, t.extension);
      expected.insert(file);
      bool p = pfiles.count(file) > 0, l = lfiles.count(file) > 0;
      if (p && l) {
        MetricValues m = score_files(t, (pdir / file).string(), (ldir / file).string(), lang, options.seqeval);
        tr.languages.push_back({lang, m});
        per_language.emplace_back(lang, std::move(m));
      } else if (l) {
        tr.missing_predictions.push_back(lang);
      } else if (p) {
        tr.missing_labels.push_back(lang);
      } else {
        tr.missing_both.push_back(lang);
      }
    }
    for (const auto& f : pfiles)
      if (!expected.count(f)) tr.extra_files.push_back((pdir / f).string());
    for (const auto& f : lfiles)
      if (!expected.count(f)) tr.extra_files.push_back((ldir / f).string());
    tr.complete = tr.languages.size() == t.languages.size() && !t.languages.empty();
    if (!tr.languages.empty()) {
      tr.average = average_over_languages(per_language);
      tr.avg_metric = avg_metric(t, tr.average);
    }
    if (!tr.complete) {
      XLFUSE_LOG_WARN("[eval] task {}: {} of {} languages scored (no prediction: [{}]; no label: [{}]; neither: [{}]); "
                      "the task is left out of the overall score",
                      t.name, tr.languages.size(), t.languages.size(), fmt::join(tr.missing_predictions, " "),
                      fmt::join(tr.missing_labels, " "), fmt::join(tr.missing_both, " "));
    }
    if (!tr.extra_files.empty())
      XLFUSE_LOG_WARN("[eval] task {}: {} file(s) are not test files of the {} languages and are not scored: {}", t.name,
                      tr.extra_files.size(), to_string(options.benchmark), fmt::join(tr.extra_files, ", "));
    report.tasks.push_back(std::move(tr));
  }
  std::set<std::string> known;
  for (const auto& t : info.tasks) known.insert(t.name);
  for (const auto* side : {&pred_tasks, &label_tasks})
    for (const auto& d : *side)
      if (!known.count(d) &&
          std::find(report.unknown_folders.begin(), report.unknown_folders.end(), d) == report.unknown_folders.end())
        report.unknown_folders.push_back(d);
  for (const auto& d : report.unknown_folders)
    XLFUSE_LOG_WARN("[eval] folder '{}' is not a task of {}; not scored", d, to_string(options.benchmark));

  auto task_value = [&](const std::string& name) -> std::optional<double> {
    const TaskReport* tr = report.find(name);
    if (!tr || !tr->complete) return std::nullopt;
    return tr->avg_metric;
  };
  for (const auto& [group, members] : info.groups) {
    std::vector<std::optional<double>> values;
    for (const auto& m : members) values.push_back(task_value(m));
    report.groups.emplace_back(group, mean_if_complete(values));
  }
  std::vector<std::optional<double>> official, all;
  for (const auto& t : info.tasks) {
    all.push_back(task_value(t.name));
    if (t.in_official_score) {
      official.push_back(task_value(t.name));
      report.score_tasks.push_back(t.name);
    }
  }
  report.score = mean_if_complete(official);
  if (options.benchmark == Benchmark::XtremeR) {
    report.score_with_lareqa = mean_if_complete(all);
    report.notes.push_back(
        "LAReQA: evaluate.py lists 'lareqa: []', so the official script cannot include it; 'score' averages the other "
        "9 XTREME-R tasks, and LAReQA's own mAP@20 is reported separately (score_with_lareqa averages all 10).");
  }
  if (!report.score) {
    std::vector<std::string> incomplete;
    for (const auto& name : report.score_tasks)
      if (!task_value(name)) incomplete.push_back(name);
    report.notes.push_back(fmt::format("No overall score: these tasks are missing or incomplete: {}", fmt::join(incomplete, ", ")));
  }
  return report;
}

nlohmann::json to_json(const ScoreReport& report) {
  nlohmann::json j;
  j["benchmark"] = to_string(report.benchmark);
  j["seqeval"] = to_string(report.seqeval);
  nlohmann::json tasks = nlohmann::json::object();
  for (const auto& t : report.tasks) {
    nlohmann::json tj;
    nlohmann::json langs = nlohmann::json::object();
    for (const auto& l : t.languages) langs[l.language] = l.metrics;
    tj["languages"] = langs;
    tj["average"] = t.average.empty() ? nlohmann::json::object() : nlohmann::json(t.average);
    tj["avg_metric"] = json_value(t.avg_metric);
    tj["complete"] = t.complete;
    tj["in_official_score"] = t.in_official_score;
    tj["missing"] = {{"predictions", t.missing_predictions}, {"labels", t.missing_labels}, {"both", t.missing_both}};
    tj["extra_files"] = t.extra_files;
    tasks[t.task] = tj;
  }
  j["tasks"] = tasks;
  j["missing"] = {{"predictions", report.tasks_without_predictions},
                  {"labels", report.tasks_without_labels},
                  {"both", report.tasks_absent}};
  j["unknown_folders"] = report.unknown_folders;
  nlohmann::json groups = nlohmann::json::object();
  for (const auto& [g, v] : report.groups) groups[g] = json_value(v);
  j["groups"] = groups;
  j["score_tasks"] = report.score_tasks;
  j["score"] = json_value(report.score);
  if (report.benchmark == Benchmark::XtremeR) j["score_with_lareqa"] = json_value(report.score_with_lareqa);
  j["notes"] = report.notes;
  return j;
}

std::string format_score_table(const ScoreReport& report) {
  std::string out = fmt::format("{} scores (seqeval {})\n", to_string(report.benchmark), to_string(report.seqeval));
  const BenchmarkInfo& info = benchmark_info(report.benchmark);
  for (const auto& t : report.tasks) {
    const TaskInfo* ti = info.find(t.task);
    std::vector<std::string> names = ti ? ti->metric_names() : std::vector<std::string>{};
    out += fmt::format("\n{}{}\n", t.task, t.in_official_score ? "" : " (not in the official score)");
    out += fmt::format("  {:<6}", "lang");
    for (const auto& n : names) out += fmt::format(" {:>12}", n);
    out += "\n";
    auto row = [&](const std::string& label, const MetricValues& m) {
      out += fmt::format("  {:<6}", label);
      for (const auto& n : names) {
        auto it = m.find(n);
        out += fmt::format(" {:>12}", it == m.end() ? std::string("-") : fmt::format("{:.2f}", it->second));
      }
      out += "\n";
    };
    for (const auto& l : t.languages) row(l.language, l.metrics);
    row("avg", t.average);
    out += fmt::format("  avg_metric {}{}\n", fmt_value(t.avg_metric),
                       t.complete ? "" : fmt::format("  (INCOMPLETE: {} of {} languages)", t.languages.size(), ti ? ti->languages.size() : 0));
    if (!t.missing_predictions.empty()) out += fmt::format("  no prediction: {}\n", fmt::join(t.missing_predictions, " "));
    if (!t.missing_labels.empty()) out += fmt::format("  no label: {}\n", fmt::join(t.missing_labels, " "));
    if (!t.missing_both.empty()) out += fmt::format("  neither file: {}\n", fmt::join(t.missing_both, " "));
    if (!t.extra_files.empty()) out += fmt::format("  not scored: {}\n", fmt::join(t.extra_files, " "));
  }
  out += "\n";
  if (!report.tasks_without_predictions.empty())
    out += fmt::format("tasks with labels but no predictions: {}\n", fmt::join(report.tasks_without_predictions, " "));
  if (!report.tasks_without_labels.empty())
    out += fmt::format("tasks with predictions but no labels: {}\n", fmt::join(report.tasks_without_labels, " "));
  if (!report.tasks_absent.empty()) out += fmt::format("tasks in neither folder: {}\n", fmt::join(report.tasks_absent, " "));
  if (!report.unknown_folders.empty()) out += fmt::format("unknown folders (not scored): {}\n", fmt::join(report.unknown_folders, " "));
  for (const auto& [g, v] : report.groups) out += fmt::format("group {:<15} {}\n", g, fmt_value(v));
  out += fmt::format("score {}  (mean avg_metric over {} tasks)\n", fmt_value(report.score), report.score_tasks.size());
  if (report.benchmark == Benchmark::XtremeR) out += fmt::format("score_with_lareqa {}\n", fmt_value(report.score_with_lareqa));
  for (const auto& n : report.notes) out += "note: " + n + "\n";
  return out;
}

}  // namespace xlfuse::eval
