#pragma once
// How long the steps of a study take, for the dry run's table and the runner's ETA.
//
// Recorded figures: the seconds every done step of the study took (its done.json, also of steps an
// edit moved to OUT/stale), averaged per step kind.
// A measured probe (`xlfuse run --dry-run --probe`) for the trainings, before anything is
// recorded: for every task trained in the plan, a few updates of the encoder (run_training with
// max_steps, no evaluation, into a temporary folder) give the examples per second and the number
// of training features; a step's estimate is then its updates (max_steps, or epochs x features /
// batch) x its examples per update / that rate. The probe leaves out evaluation, checkpoints and
// data loading, and multi-task runs add the tasks' single-task times, so it is a lower bound.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "xlfuse/pipeline/study_plan.h"
#include "xlfuse/pipeline/study_progress.h"

namespace xlfuse::pipeline {

struct KindTimes {
  size_t count = 0;
  double total_seconds = 0.0;
  double mean() const { return count == 0 ? 0.0 : total_seconds / static_cast<double>(count); }
};

// Per kind, the seconds of the study's done steps (done.json below OUT/study, OUT/stale and
// OUT/reports).
std::map<StepKind, KindTimes> recorded_step_times(const StudyPlan& plan);

// What a probe measured for one training task.
struct ProbeFigures {
  // Training features of the task (multiple choice: rows; dual encoder: pairs).
  int64_t features = 0;
  double examples_per_second = 0.0;
  double seconds = 0.0;  // the probe itself
};

// Probes every task trained by the plan's training steps (see the file comment), with `threads`
// compute threads (0 = all cores) and `updates` updates each; per task name. Tasks whose probe
// fails are left out (and logged).
std::map<std::string, ProbeFigures> probe_training(const StudyPlan& plan, const std::string& encoder, int threads,
                                                   int64_t updates = 3);

// The estimated seconds of one step: the probe's (trainings, when probed), else the recorded mean
// of its kind; nullopt when there is neither. `source` says which ("probe", "recorded").
std::optional<double> estimate_step(const PlannedStep& step, const std::map<StepKind, KindTimes>& recorded,
                                    const std::map<std::string, ProbeFigures>& probes, std::string* source);

// The time left of the steps with left[i] true, by recorded means per kind.
StudyEta estimate_remaining(const StudyPlan& plan, const std::vector<bool>& left,
                            const std::map<StepKind, KindTimes>& recorded);

}  // namespace xlfuse::pipeline
