#pragma once
// The real step executor: each step is one (or, for predictions, two) calls of the library
// functions the CLI commands call (run_training, run_pretraining, run_predict, run_soup,
// run_ensemble, run_search, write_report; a sweep step writes sweep.json from its layers'
// scores). Trainings pass resume_if_present, so an interrupted one continues from its
// checkpoints. A prediction step predicts the task's English dev data first (data::english_dev,
// what ensembles choose members and weights on) and then the target languages, into one folder.
// The report step also points OUT/report (a symbolic link) at the newest report.
#include <nlohmann/json.hpp>

#include "xlfuse/pipeline/step_executor.h"
#include "xlfuse/train/progress.h"

namespace xlfuse::pipeline {

struct LibraryExecutorOptions {
  // Compute threads of every call (0 = all cores).
  int threads = 0;
  // The trainings' own progress display (off under the study's bar).
  train::ProgressMode training_progress = train::ProgressMode::Auto;
};

class LibraryStepExecutor : public StepExecutor {
 public:
  explicit LibraryStepExecutor(LibraryExecutorOptions options) : options_(options) {}
  nlohmann::json execute(const PlannedStep& step, const StudyPlan& plan) override;

 private:
  LibraryExecutorOptions options_;
};

}  // namespace xlfuse::pipeline
