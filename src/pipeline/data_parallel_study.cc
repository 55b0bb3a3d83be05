// Rank 0 leads a study's trainings, the other ranks follow. See data_parallel_study.h.
#include "xlfuse/pipeline/data_parallel_study.h"

#include <fmt/format.h>

#include "xlfuse/core/log.h"

namespace xlfuse::pipeline {
namespace {

using nlohmann::json;

std::string message_key(int64_t n) { return fmt::format("run/step/{}", n); }

}  // namespace

LeaderStepExecutor::~LeaderStepExecutor() {
  try {
    finish();
  } catch (const std::exception& e) {
    XLFUSE_LOG_WARN("[run] could not tell the other ranks that the study ended: {}", e.what());
  }
}

json LeaderStepExecutor::execute(const PlannedStep& step, const StudyPlan& plan) {
  if (is_training(step.kind))
    world_.post(message_key(posted_++),
                json{{"kind", to_string(step.kind)}, {"label", step.label}, {"folder", step.folder.string()},
                     {"call", step.call}}
                    .dump());
  return inner_.execute(step, plan);
}

void LeaderStepExecutor::finish() {
  if (finished_) return;
  finished_ = true;
  world_.post(message_key(posted_++), json{{"kind", "end"}}.dump());
}

FollowSummary follow_study(distributed::World& world, const LibraryExecutorOptions& options) {
  LibraryStepExecutor executor(options);
  const StudyPlan no_plan;  // training steps read only their own call
  FollowSummary summary;
  for (int64_t n = 0;; ++n) {
    std::optional<std::string> message;
    while (!(message = world.await(message_key(n), std::chrono::seconds(30)))) {
    }
    const json m = json::parse(*message);
    if (m.at("kind") == "end") break;
    PlannedStep step;
    step.kind = parse_enum(step_kind_names(), m.at("kind").get<std::string>(), "step kind");
    step.label = m.at("label").get<std::string>();
    step.folder = m.at("folder").get<std::string>();
    step.call = m.at("call");
    ++summary.steps;
    XLFUSE_LOG_INFO("[run] rank {}: joining {} {}", world.rank(), to_string(step.kind), step.label);
    try {
      executor.execute(step, no_plan);
    } catch (const std::exception& e) {
      ++summary.failed;
      XLFUSE_LOG_ERROR("[run] rank {}: {} {} failed: {}", world.rank(), to_string(step.kind), step.label, e.what());
    }
  }
  return summary;
}

}  // namespace xlfuse::pipeline
