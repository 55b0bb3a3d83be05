#pragma once
// `xlfuse train --task a,b[,...]` (and/or --mlm-text): several English tasks on one shared encoder,
// one head each (multi_task.h), written as OUT (the first task's model, usable as --init) and
// OUT/heads/<task>/ (every task's model). See run_training.h for the folder layout.
#include <string>
#include <vector>

#include "xlfuse/train/run_training.h"

namespace xlfuse::train {

// `tasks`: the task names of options.task, already split. ConfigError when a task is listed twice
// or fusion is not last_layer (the slots share one encoder output).
RunTrainingResult run_multi_task(const RunTrainingOptions& options, const std::vector<std::string>& tasks);

}  // namespace xlfuse::train
