#pragma once
// The plan of a study: every step the study file asks for, as a DAG in dependency order.
//
//   pretrain / train-intermediate   the intermediate models (none for the baseline "none")
//   train-target                    each target task x intermediate x fusion x seed (and the
//                                   layer sweep's runs), from the intermediate model or the encoder
//   soup                            weight averages: of a run's snapshots, of a pool's models
//   predict                         a model's zero-shot predictions (test split, every language) and
//                                   its English dev outputs (data::english_dev), which ensembles
//                                   choose members and weights on; training-free retrieval tasks
//                                   (tatoeba, bucc2018) predict the intermediate model (or encoder)
//   ensemble / search               per pool, method and weight source; every subset
//   sweep                           sweep.json of one layer sweep
//   report                          `xlfuse report` over the study, after every other step
//
// Every step has a cache key: FNV-1a 64 of its definition's canonical JSON (kind, name, the
// xlfuse version, its library options with paths left out, the fingerprints of what it reads from
// outside the study, and the keys of the steps it depends on). Its folder is
// OUT/study/<kind>/<name>-<key>/ (the report's: OUT/reports/report-<key>/), so an edit changes the
// keys, and the folders, of exactly the steps it affects and of those downstream. Two parts of the
// grid that ask for the same step (a sweep layer that is also a [[fusion]] variant) share it.
#include <cstddef>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "xlfuse/core/enum_names.h"
#include "xlfuse/pipeline/input_fingerprints.h"
#include "xlfuse/pipeline/study_file.h"

namespace xlfuse::pipeline {

enum class StepKind { Pretrain, TrainIntermediate, TrainTarget, Soup, Predict, Ensemble, Search, Sweep, Report };
// "pretrain", "train-intermediate", "train-target", "soup", "predict", "ensemble", "search",
// "sweep", "report" (plan order).
const EnumTable<StepKind>& step_kind_names();
std::string to_string(StepKind kind);
// Pretrain and both trainings: the steps that continue from their checkpoints when interrupted.
bool is_training(StepKind kind);
// The folder inside a step's folder that its library call writes: "model", "predictions",
// "ensemble", "search", "sweep", "report".
std::string output_name(StepKind kind);

struct PlannedStep {
  StepKind kind = StepKind::Report;
  // Readable name: "udpos.siqa.aif-l8.seed1", "udpos.by-intermediate.last_layer.seed1.mean-prob.uniform".
  std::string label;
  // 16 hex digits (see the file comment).
  std::string key;
  // OUT/study/<kind>/<label>-<key> (absolute).
  std::filesystem::path folder;
  // Indices of the steps it needs, each before it in StudyPlan::steps.
  std::vector<size_t> deps;
  // What the key is computed from.
  nlohmann::json definition;
  // The library call's options as its from_json reads them, with every input path filled in
  // (out_dir, threads, progress and resume are the executor's): RunTrainingOptions (trainings),
  // RunPretrainingOptions, PredictOptions, and for the others the fields listed in study_plan.cc.
  nlohmann::json call;
  // Ensemble, search, soup of a pool, sweep: (member name, step index) in member order.
  std::vector<std::pair<std::string, size_t>> members;
  // Train-target, predict, snapshot soup: the step whose model it starts from or predicts
  // (npos: the encoder).
  size_t model = npos;

  static constexpr size_t npos = static_cast<size_t>(-1);
  // folder / output_name(kind).
  std::filesystem::path output_dir() const { return folder / output_name(kind); }
};

struct StudyPlan {
  std::string name;
  std::filesystem::path out_dir;
  // OUT/study: the live step folders (what the report step reads).
  std::filesystem::path study_dir;
  // OUT/stale: folders of steps an edit left behind (kept: undoing the edit moves them back).
  std::filesystem::path stale_dir;
  // OUT/.runner: claims, the fingerprint memo.
  std::filesystem::path runner_dir;
  // Dependency order: every step after the steps it needs.
  std::vector<PlannedStep> steps;
  // Inputs that are missing (data, encoder files, text files): the study cannot run while any is.
  std::vector<std::string> problems;
  // What the plan left out and why (a method that does not combine a task's outputs, ...).
  std::vector<std::string> notes;

  // Steps of a kind.
  size_t count(StepKind kind) const;
  // The step labelled `label` of `kind`; nullptr when there is none.
  const PlannedStep* find(StepKind kind, const std::string& label) const;
};

// Builds the plan (see the file comment). Reads the encoder's and the data folder's file lists and
// fingerprints; missing inputs go to `problems`, not exceptions, so that a dry run can show them
// all. ConfigError only for a study the plan cannot be made of.
StudyPlan make_study_plan(const StudyFile& study, InputFingerprints& fingerprints);

// The key of a definition: FNV-1a 64 of definition.dump(), 16 hex digits.
std::string step_key(const nlohmann::json& definition);

}  // namespace xlfuse::pipeline
