// xlfuse run STUDY.toml: a whole study from one file, resumable, cached and splittable across
// workers (the runner is src/pipeline/study_runner.cc; the file format docs/study.md).
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/distributed/world.h"
#include "xlfuse/pipeline/data_parallel_study.h"
#include "xlfuse/pipeline/library_step_executor.h"
#include "xlfuse/pipeline/plan_summary.h"
#include "xlfuse/pipeline/study_estimate.h"
#include "xlfuse/pipeline/study_file.h"
#include "xlfuse/pipeline/study_plan.h"
#include "xlfuse/pipeline/study_runner.h"

namespace xlfuse::cli {

int run_run(int argc, char** argv) {
  CLI::App app{"Run a whole study from a TOML file (docs/study.md): intermediate-task training, target-task training,\n"
               "zero-shot predictions, soups, ensembles, layer sweeps and the report, as one plan of steps. Each step's\n"
               "folder is keyed by a hash of everything it depends on: a rerun skips what is done, an edit reruns\n"
               "only what it changes, an interrupted run continues (trainings from their checkpoints). --shard i/n\n"
               "runs worker i of n on a shared filesystem (machines, Slurm array tasks); steps are claimed with lock\n"
               "files, so no step runs twice.",
               "run"};
  std::string study_path;
  bool dry_run = false, probe = false;
  std::string shard = "1/1";
  int threads = 0;
  pipeline::RunnerOptions runner;
  runner.claims.stale_after_seconds = 600.0;
  runner.poll_seconds = 10.0;
  app.add_option("study", study_path, "The study file (TOML)")->required();
  app.add_flag("--dry-run", dry_run,
               "Print the plan (steps per kind, done and to run, training steps, estimated times and where they come "
               "from, every step, missing inputs) and exit; nothing runs");
  app.add_flag("--probe", probe,
               "With --dry-run: estimate the trainings from a few measured updates of each trained task on the "
               "encoder (otherwise only this study's recorded step times are used)");
  app.add_option("--shard", shard, "Run as worker i of n (i/n) sharing the study's folder with the others")
      ->capture_default_str();
  add_threads_flag(app, &threads);
  add_enum_option(app, "--progress", &runner.progress, train::progress_mode_names(),
                  "Study progress: auto = a status line on a terminal, plain lines otherwise", "progress");
  app.add_option("--claim-timeout", runner.claims.stale_after_seconds,
                 "Seconds without a heartbeat after which another worker takes a step over")
      ->capture_default_str();
  app.add_option("--heartbeat", runner.claims.heartbeat_seconds, "Seconds between a running step's heartbeats")
      ->capture_default_str();
  app.add_option("--poll", runner.poll_seconds, "Seconds between looks at the study while waiting for other workers")
      ->capture_default_str();
  DistributedFlags dist;
  add_distributed_flags(app, &dist);
  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;
  try {
    std::tie(runner.shard_index, runner.shard_count) = pipeline::parse_shard(shard);
    runner.validate();
  } catch (const ConfigError& e) {
    throw UsageError(fmt::format("--{}", e.what()));
  }
  if (probe && !dry_run) throw UsageError("--probe is for --dry-run (it measures before a study runs)");

  // Under a data-parallel launch rank 0 runs the study and the others join its trainings
  // (pipeline/data_parallel_study.h); a dry run is rank 0's alone.
  if (dry_run && distributed::read_launch_env().rank > 0) return 0;
  const pipeline::StudyFile study = pipeline::read_study_file(study_path);
  pipeline::InputFingerprints fingerprints(std::filesystem::path(study.out_dir) / ".runner" / "fingerprints.json");
  const pipeline::StudyPlan plan = pipeline::make_study_plan(study, fingerprints);
  if (dry_run) {
    const auto probes = probe ? pipeline::probe_training(plan, study.encoder, threads)
                              : std::map<std::string, pipeline::ProbeFigures>{};
    std::cout << pipeline::describe_plan(plan, pipeline::recorded_step_times(plan), probes);
    return plan.problems.empty() ? 0 : 1;
  }
  join_world(dist, 0);
  distributed::World* world = distributed::World::current();
  if (world != nullptr && world->rank() > 0) {
    pipeline::LibraryExecutorOptions follower;
    follower.threads = threads;
    follower.training_progress = train::ProgressMode::Off;
    const pipeline::FollowSummary f = pipeline::follow_study(*world, follower);
    std::cerr << fmt::format("rank {}: followed {} training step(s) of study {} ({} failed)\n", world->rank(), f.steps,
                             plan.name, f.failed);
    return 0;
  }
  fingerprints.save();

  pipeline::LibraryExecutorOptions executor_options;
  executor_options.threads = threads;
  // Under the study's status line the trainings' own bars would fight it.
  switch (train::resolve_progress_mode(runner.progress)) {
    case train::ProgressMode::Lines: executor_options.training_progress = train::ProgressMode::Lines; break;
    default: executor_options.training_progress = train::ProgressMode::Off; break;
  }
  pipeline::LibraryStepExecutor library(executor_options);
  std::optional<pipeline::LeaderStepExecutor> leader;
  if (world != nullptr) leader.emplace(library, *world);
  const pipeline::RunSummary summary =
      leader ? pipeline::run_study(plan, *leader, runner) : pipeline::run_study(plan, library, runner);
  if (leader) leader->finish();

  std::cout << fmt::format("study {}: {} of {} steps done ({} by this worker, {} were done before)\n", plan.name,
                           summary.done_before + summary.executed + summary.done_by_others, summary.total,
                           summary.executed, summary.done_before);
  for (const auto& f : summary.failed) std::cout << "failed: " << f << "\n";
  if (!summary.blocked.empty())
    std::cout << fmt::format("not run: {} step(s) that need a failed step\n", summary.blocked.size());
  if (summary.complete) std::cout << "report: " << (plan.out_dir / "report" / "report.html").string() << "\n";
  return summary.complete ? 0 : 1;
}

}  // namespace xlfuse::cli
