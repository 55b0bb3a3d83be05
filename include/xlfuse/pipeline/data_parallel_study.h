#pragma once
// `xlfuse run` under a data-parallel launch (distributed/world.h joined): rank 0 runs the study
// (plan, claims, every step) and, before each training step, posts it through the rendezvous
// store; the other ranks follow, joining those trainings and nothing else (predictions,
// ensembles, soups and the report are rank 0's, while the others wait on the store, where no
// collective timeout applies). When rank 0 is done it posts the end.
//
// A training step that fails on a follower (its error is logged) leaves it ready for the next;
// rank 0 records the failure as its runner does for any step.
#include <string>

#include "xlfuse/distributed/world.h"
#include "xlfuse/pipeline/library_step_executor.h"
#include "xlfuse/pipeline/step_executor.h"

namespace xlfuse::pipeline {

// Rank 0's executor: posts training steps to the followers, then runs every step with `inner`.
class LeaderStepExecutor : public StepExecutor {
 public:
  LeaderStepExecutor(StepExecutor& inner, distributed::World& world) : inner_(inner), world_(world) {}
  ~LeaderStepExecutor() override;
  nlohmann::json execute(const PlannedStep& step, const StudyPlan& plan) override;
  // Tells the followers that the study is over (the destructor does it if not called).
  void finish();

 private:
  StepExecutor& inner_;
  distributed::World& world_;
  int64_t posted_ = 0;
  bool finished_ = false;
};

struct FollowSummary {
  int64_t steps = 0;
  int64_t failed = 0;
};

// A rank > 0: runs the training steps rank 0 posts, with `options`, until rank 0 posts the end.
// DistributedError when rank 0 is lost.
FollowSummary follow_study(distributed::World& world, const LibraryExecutorOptions& options);

}  // namespace xlfuse::pipeline
