#pragma once
// Runs a study's plan: every step not done yet, each once, in dependency order, by one worker or
// several (`--shard i/n`: machines or Slurm array tasks sharing the study's filesystem).
//
// A worker repeatedly looks at the study: the steps that are not done, whose dependencies are
// done, and that no live worker has claimed are the ready ones. Worker i of n takes the i-th of
// them in plan order, so n workers started together take n different steps; when fewer than i are
// ready it takes the ((i - 1) mod ready)-th, so that no worker idles while a ready step waits for
// a worker that has finished, not started yet, or died (a dead worker's claim goes stale and its
// step is taken over: see step_claims.h). A claim (O_EXCL lock file) makes sure that two workers
// never run the same step. A worker waits while the steps left depend on steps other workers run
// (the report, which depends on every other step, runs last), and stops when every step is done,
// or when every step left failed or needs a step that failed in this run.
//
// For each step it runs: the step's folder is created (a step that is not a training has its
// output folder removed, so it starts over), the executor is called, OUT/.../run.json is written
// (core/run_record.h: the step's definition and call, timings, results, the worker), and then
// done.json (step_cache.h); an exception writes failed.json and the run goes on with the steps
// that do not need it. Before the first step, step folders that the plan no longer holds are moved
// to OUT/stale (and those it holds again back).
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "xlfuse/pipeline/step_claims.h"
#include "xlfuse/pipeline/step_executor.h"
#include "xlfuse/pipeline/study_plan.h"
#include "xlfuse/train/progress.h"

namespace xlfuse::pipeline {

struct RunnerOptions {
  // This worker's share: worker `shard_index` (1-based) of `shard_count`.
  int shard_index = 1;
  int shard_count = 1;
  ClaimTimings claims;
  // Seconds between looks at the study while the steps left wait for other workers.
  double poll_seconds = 5.0;
  // auto | bar | lines | off (study_progress.h).
  train::ProgressMode progress = train::ProgressMode::Auto;
  // On a terminal (bar mode) the libraries' info messages would break the bar: they are held back
  // to warnings while a step runs. False keeps the log level as it is.
  bool quiet_library_in_bar = true;
  void validate() const;  // ConfigError naming the field
};

// "2/4" -> {2, 4}; ConfigError for anything but "i/n" with 1 <= i <= n.
std::pair<int, int> parse_shard(const std::string& text);

// Worker `shard_index` of `shard_count`'s pick among `ready` ready, unclaimed steps (an index
// into them; see the file comment).
size_t shard_pick(size_t ready, int shard_index, int shard_count);

struct RunSummary {
  size_t total = 0;
  // Done when this worker started.
  size_t done_before = 0;
  // Run to completion by this worker, and done by other workers while it ran.
  size_t executed = 0;
  size_t done_by_others = 0;
  // "kind label: error" of the steps that failed in this run (this worker's or another's).
  std::vector<std::string> failed;
  // Steps left undone because a step they need failed ("kind label").
  std::vector<std::string> blocked;
  // Every step is done.
  bool complete = false;
};

// Runs the plan (see the file comment). ConfigError, before anything runs, when the plan has
// problems (missing inputs) or the options are bad; IoError when the study folder cannot be
// written.
RunSummary run_study(const StudyPlan& plan, StepExecutor& executor, const RunnerOptions& options);

}  // namespace xlfuse::pipeline
