#pragma once
// How the study runner has a step done: one call per step, through an interface so that tests can
// put a fast fake in place of the library calls (library_step_executor.h is the real one).
#include <nlohmann/json.hpp>

#include "xlfuse/pipeline/study_plan.h"

namespace xlfuse::pipeline {

class StepExecutor {
 public:
  virtual ~StepExecutor() = default;

  // Writes the outputs of `step` into step.output_dir() (its folder exists; the output folder may
  // not). The outputs of its dependencies are in plan.steps[d].output_dir() for d in step.deps.
  // A step interrupted earlier is called again: a training step finds its checkpoints there and
  // continues; for every other kind the runner has removed what the interrupted call left. Throws
  // on failure. Returns what run.json records under "results" (numbers worth keeping).
  virtual nlohmann::json execute(const PlannedStep& step, const StudyPlan& plan) = 0;
};

}  // namespace xlfuse::pipeline
