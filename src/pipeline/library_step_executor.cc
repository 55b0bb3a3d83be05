// Steps as library calls. See library_step_executor.h.
#include "xlfuse/pipeline/library_step_executor.h"

#include <cmath>
#include <filesystem>
#include <limits>
#include <set>

#include <fmt/format.h>
#include <unistd.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/scoring.h"
#include "xlfuse/ensemble/run_ensemble.h"
#include "xlfuse/ensemble/run_search.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/pipeline/soup.h"
#include "xlfuse/pipeline/sweep_layers.h"
#include "xlfuse/predict/predict.h"
#include "xlfuse/report/scores_file.h"
#include "xlfuse/report/write_report.h"
#include "xlfuse/train/run_pretraining.h"
#include "xlfuse/train/run_training.h"

namespace xlfuse::pipeline {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// "NAME=FOLDER,..." of a step's members (their output folders).
std::string member_list(const PlannedStep& step, const StudyPlan& plan, bool named) {
  std::string out;
  for (const auto& [name, index] : step.members) {
    if (!out.empty()) out += ",";
    out += named ? name + "=" + plan.steps[index].output_dir().string() : plan.steps[index].output_dir().string();
  }
  return out;
}

json scores_of(const predict::PredictResult& r) {
  json langs = json::object();
  for (const auto& l : r.languages)
    if (l.scored) langs[l.lang] = l.evaluation.value;
  return {{"split", r.split}, {"scores", langs}};
}

json train_step(const PlannedStep& step, const LibraryExecutorOptions& x) {
  train::RunTrainingOptions o;
  from_json(step.call, &o);
  o.out_dir = step.output_dir().string();
  o.resume_if_present = true;
  o.threads = x.threads;
  o.progress = x.training_progress;
  const train::RunTrainingResult r = train::run_training(o);
  return {{"features", r.features},
          {"global_step", r.summary.global_step},
          {"final_loss", std::isfinite(r.summary.final_loss) ? json(r.summary.final_loss) : json()},
          {"dev_metric", r.dev_metric},
          {"best_metric", r.summary.has_best ? json(r.summary.best_metric) : json()},
          {"resumed_from", r.summary.resumed_from},
          {"train_seconds", r.seconds}};
}

json pretrain_step(const PlannedStep& step, const LibraryExecutorOptions& x) {
  train::RunPretrainingOptions o;
  from_json(step.call, &o);
  o.out_dir = step.output_dir().string();
  o.resume_if_present = true;
  o.threads = x.threads;
  o.progress = x.training_progress;
  const train::RunPretrainingResult r = train::run_pretraining(o);
  return {{"blocks", r.blocks}, {"global_step", r.summary.global_step}, {"resumed_from", r.summary.resumed_from},
          {"train_seconds", r.seconds}};
}

json predict_step(const PlannedStep& step, const LibraryExecutorOptions& x) {
  json call = step.call;
  const json dev = call.value("english_dev", json());
  call.erase("english_dev");
  predict::PredictOptions o;
  from_json(call, &o);
  o.out_dir = step.output_dir().string();
  o.threads = x.threads;
  json results = json::object();
  // English dev first: when both are scored, scores.json keeps the target split's entry.
  if (dev.is_object()) {
    predict::PredictOptions d = o;
    d.task = dev.at("task").get<std::string>();
    d.split = dev.at("split").get<std::string>();
    d.langs = dev.at("lang").get<std::string>();
    results["english_dev"] = scores_of(predict::run_predict(d));
  }
  const predict::PredictResult r = predict::run_predict(o);
  results["target"] = scores_of(r);
  results["missing"] = r.missing;
  return results;
}

json soup_step(const PlannedStep& step, const StudyPlan& plan, const LibraryExecutorOptions& x) {
  SoupOptions o;
  if (step.call.contains("snapshots_of")) {
    o.snapshots_of = step.call.at("snapshots_of").get<std::string>();
  } else {
    o.members = member_list(step, plan, false);
    o.greedy = step.call.at("greedy").get<bool>();
    o.data_dir = step.call.at("data_dir").get<std::string>();
  }
  o.out_dir = step.output_dir().string();
  o.threads = x.threads;
  const SoupResult r = run_soup(o);
  return {{"ingredients", r.ingredients},
          {"english_dev_scores", r.english_dev_scores},
          {"soup_english_dev", o.greedy ? json(r.soup_english_dev) : json()}};
}

json ensemble_step(const PlannedStep& step, const StudyPlan& plan) {
  ensemble::EnsembleOptions o;
  o.members = member_list(step, plan, true);
  o.task = step.call.at("task").get<std::string>();
  o.method = step.call.at("method").get<std::string>();
  o.weights = ensemble::parse_weight_source(step.call.at("weights").get<std::string>());
  o.langs = step.call.at("langs").get<std::string>();
  o.split = step.call.at("split").get<std::string>();
  o.data_dir = step.call.at("data_dir").get<std::string>();
  o.out_dir = step.output_dir().string();
  const ensemble::EnsembleResult r = ensemble::run_ensemble(o);
  const json record = json::parse(io::read_file(r.ensemble_file));
  return {{"split", r.split}, {"languages", r.languages}, {"mean", record.value("mean", json())}};
}

json search_step(const PlannedStep& step, const StudyPlan& plan) {
  ensemble::SearchOptions o;
  o.members = member_list(step, plan, true);
  o.task = step.call.at("task").get<std::string>();
  o.langs = step.call.at("langs").get<std::string>();
  o.split = step.call.at("split").get<std::string>();
  o.data_dir = step.call.at("data_dir").get<std::string>();
  o.out_dir = step.output_dir().string();
  const ensemble::SearchSummary r = ensemble::run_search(o);
  return {{"subsets", r.subsets}};
}

// sweep.json and sweep.md of the layers' prediction folders, as `xlfuse sweep-layers` writes them.
json sweep_step(const PlannedStep& step, const StudyPlan& plan) {
  SweepLayersOptions so;
  so.task = step.call.at("task").get<std::string>();
  so.init_dir = step.call.at("init_dir").get<std::string>();
  model::from_json(step.call.at("fusion"), &so.fusion);
  const data::TaskInfo& task = data::task_info(so.task);
  SweepLayersResult result;
  result.metric = decode::headline_metric(task);
  std::set<std::string> seen;
  for (const auto& [name, index] : step.members) {
    const PlannedStep& predicted = plan.steps[index];
    const PlannedStep& trained = plan.steps[predicted.model];
    SweepLayerRow row;
    row.layer = trained.call.at("fusion").at("layer").get<int64_t>();
    row.model_dir = trained.output_dir().string();
    const fs::path scores = predicted.output_dir() / "scores.json";
    if (fs::exists(scores)) {
      const report::ScoresFile file = report::read_scores_file(scores.string());
      if (const report::TaskScores* t = file.find(so.task)) {
        result.split = t->split;
        for (const auto& [lang, metrics] : t->languages) {
          auto it = metrics.find(result.metric);
          if (it == metrics.end()) continue;
          row.scores[lang] = it->second;
          if (seen.insert(lang).second) result.langs.push_back(lang);
        }
      }
    }
    double sum = 0.0;
    for (const auto& [lang, v] : row.scores) sum += v;
    row.average = row.scores.empty() ? std::numeric_limits<double>::quiet_NaN() : sum / row.scores.size();
    result.rows.push_back(std::move(row));
  }
  fs::create_directories(step.output_dir());
  result.json_file = (step.output_dir() / "sweep.json").string();
  result.markdown_file = (step.output_dir() / "sweep.md").string();
  result.markdown = sweep_markdown(result);
  io::write_file_atomic(result.json_file, sweep_to_json(result, so).dump(2) + "\n");
  io::write_file_atomic(result.markdown_file, result.markdown);
  return {{"metric", result.metric}, {"split", result.split}, {"layers", result.rows.size()}};
}

// OUT/report -> the newest report folder, replaced atomically (a new link renamed over the old).
void link_latest_report(const StudyPlan& plan, const fs::path& report_dir) {
  const fs::path link = plan.out_dir / "report";
  std::error_code ec;
  if (fs::exists(link, ec) && !fs::is_symlink(link, ec)) {
    XLFUSE_LOG_WARN("[run] {} is not a link made by xlfuse run; the report is in {}", link.string(), report_dir.string());
    return;
  }
  const fs::path tmp = plan.out_dir / fmt::format(".report.link-{}", ::getpid());
  fs::remove(tmp, ec);
  fs::create_directory_symlink(report_dir.lexically_relative(plan.out_dir), tmp, ec);
  if (!ec) fs::rename(tmp, link, ec);
  if (ec) XLFUSE_LOG_WARN("[run] cannot point {} at {}: {}", link.string(), report_dir.string(), ec.message());
}

json report_step(const PlannedStep& step, const StudyPlan& plan) {
  report::ReportOptions o;
  o.study_dir = step.call.at("study_dir").get<std::string>();
  o.out_dir = step.output_dir().string();
  const report::ReportResult r = report::write_report(o);
  link_latest_report(plan, step.output_dir());
  return {{"html", r.html_file}, {"database", r.database_file}};
}

}  // namespace

json LibraryStepExecutor::execute(const PlannedStep& step, const StudyPlan& plan) {
  switch (step.kind) {
    case StepKind::Pretrain: return pretrain_step(step, options_);
    case StepKind::TrainIntermediate:
    case StepKind::TrainTarget: return train_step(step, options_);
    case StepKind::Soup: return soup_step(step, plan, options_);
    case StepKind::Predict: return predict_step(step, options_);
    case StepKind::Ensemble: return ensemble_step(step, plan);
    case StepKind::Search: return search_step(step, plan);
    case StepKind::Sweep: return sweep_step(step, plan);
    case StepKind::Report: return report_step(step, plan);
  }
  throw std::logic_error("unknown step kind");
}

}  // namespace xlfuse::pipeline
