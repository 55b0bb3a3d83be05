#pragma once
// What `xlfuse run --dry-run` prints: the plan's steps per kind (done, to run, estimated time per
// step and in all, and where each estimate comes from: a measured probe or the recorded figures of
// this study's done steps), the number of training steps, every step in plan order, the missing
// inputs and the notes. A step done in OUT/stale counts as done: the run moves it back.
#include <map>
#include <string>

#include "xlfuse/pipeline/study_estimate.h"
#include "xlfuse/pipeline/study_plan.h"

namespace xlfuse::pipeline {

std::string describe_plan(const StudyPlan& plan, const std::map<StepKind, KindTimes>& recorded,
                          const std::map<std::string, ProbeFigures>& probes);

}  // namespace xlfuse::pipeline
