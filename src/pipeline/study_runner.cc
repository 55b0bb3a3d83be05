// The sharded, resumable study runner. See study_runner.h.
#include "xlfuse/pipeline/study_runner.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <thread>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/core/run_record.h"
#include "xlfuse/pipeline/step_cache.h"
#include "xlfuse/pipeline/study_estimate.h"
#include "xlfuse/pipeline/study_progress.h"

namespace xlfuse::pipeline {
namespace fs = std::filesystem;
using nlohmann::json;

void RunnerOptions::validate() const {
  if (shard_count < 1 || shard_index < 1 || shard_index > shard_count)
    throw ConfigError(fmt::format("shard: expected i/n with 1 <= i <= n, got {}/{}", shard_index, shard_count));
  if (!(claims.heartbeat_seconds > 0.0))
    throw ConfigError(fmt::format("heartbeat: expected > 0 seconds, got {}", claims.heartbeat_seconds));
  if (!(claims.stale_after_seconds > 2.0 * claims.heartbeat_seconds))
    throw ConfigError(fmt::format("claim timeout: expected more than twice the heartbeat ({} s), got {} s",
                                  claims.heartbeat_seconds, claims.stale_after_seconds));
  if (!(poll_seconds > 0.0)) throw ConfigError(fmt::format("poll: expected > 0 seconds, got {}", poll_seconds));
}

std::pair<int, int> parse_shard(const std::string& text) {
  const size_t slash = text.find('/');
  int i = 0, n = 0;
  size_t used_i = 0, used_n = 0;
  try {
    if (slash != std::string::npos) {
      i = std::stoi(text.substr(0, slash), &used_i);
      n = std::stoi(text.substr(slash + 1), &used_n);
    }
  } catch (const std::exception&) {
    used_i = 0;
  }
  if (slash == std::string::npos || used_i != slash || used_n != text.size() - slash - 1 || n < 1 || i < 1 || i > n)
    throw ConfigError(fmt::format("shard: expected i/n with 1 <= i <= n (e.g. 2/4), got \"{}\"", text));
  return {i, n};
}

size_t shard_pick(size_t ready, int shard_index, int /*shard_count*/) {
  return static_cast<size_t>(shard_index - 1) % ready;
}

namespace {

double wall_seconds() {
  return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// Holds the libraries' messages back to warnings while a step runs under the bar.
class QuietLibrary {
 public:
  explicit QuietLibrary(bool quiet) : saved_(log_level()) {
    if (quiet && static_cast<int>(saved_) < static_cast<int>(LogLevel::Warning)) set_log_level(LogLevel::Warning);
  }
  ~QuietLibrary() { set_log_level(saved_); }

 private:
  LogLevel saved_;
};

class Runner {
 public:
  Runner(const StudyPlan& plan, StepExecutor& executor, const RunnerOptions& options)
      : plan_(plan), executor_(executor), options_(options), claims_(plan.runner_dir / "claims", options.claims),
        owner_(this_process_owner()), worker_(fmt::format("{} {}/{}", owner_.name(), options.shard_index,
                                                          options.shard_count)),
        done_(plan.steps.size(), false), failed_(plan.steps.size(), false), blocked_(plan.steps.size(), false) {}

  RunSummary run() {
    summary_.total = plan_.steps.size();
    // Failures older than this worker are retried; newer ones (another worker's, in this run) are not.
    started_at_ = wall_seconds();
    for (size_t i = 0; i < plan_.steps.size(); ++i) done_[i] = is_step_done(plan_.steps[i]);
    summary_.done_before = static_cast<size_t>(std::count(done_.begin(), done_.end(), true));
    times_ = recorded_step_times(plan_);
    StudyProgress progress(options_.progress, plan_.steps.size(), plan_.out_dir / "study.log", worker_);
    progress_ = &progress;
    progress.message(fmt::format("study {}: worker {} starts: {} steps, {} done, {} to run", plan_.name, worker_,
                                 summary_.total, summary_.done_before, summary_.total - summary_.done_before));
    while (true) {
      refresh();
      progress.update(done_count(), eta());
      if (done_count() == plan_.steps.size()) {
        summary_.complete = true;
        break;
      }
      std::vector<size_t> ready;
      for (size_t i = 0; i < plan_.steps.size(); ++i)
        if (is_ready(i) && !claims_.live_owner(plan_.steps[i].key)) ready.push_back(i);
      if (ready.empty()) {
        if (!anything_left()) break;  // every step left failed or needs one that failed
        std::this_thread::sleep_for(std::chrono::duration<double>(options_.poll_seconds));
        continue;
      }
      const size_t pick = ready[shard_pick(ready.size(), options_.shard_index, options_.shard_count)];
      std::unique_ptr<StepClaim> claim = claims_.try_claim(plan_.steps[pick].key, plan_.steps[pick].label);
      if (!claim) continue;  // another worker was faster
      // It may have finished between the look and the claim.
      if (is_step_done(plan_.steps[pick])) {
        done_[pick] = true;
        ++summary_.done_by_others;
        continue;
      }
      run_step(pick, *claim);
    }
    // Claims of done steps whose worker died before releasing them are litter now.
    for (size_t i = 0; i < plan_.steps.size(); ++i)
      if (done_[i]) claims_.remove_stale(plan_.steps[i].key);
    for (size_t i = 0; i < plan_.steps.size(); ++i) {
      const PlannedStep& s = plan_.steps[i];
      if (failed_[i])
        summary_.failed.push_back(fmt::format("{} {}: {}", to_string(s.kind), s.label, failure_message(s).value_or("?")));
      else if (blocked_[i] && !done_[i])
        summary_.blocked.push_back(fmt::format("{} {}", to_string(s.kind), s.label));
    }
    progress.message(fmt::format("worker {} stops: {} of {} steps done ({} by this worker), {} failed, {} waiting on "
                                 "a failed step",
                                 worker_, done_count(), summary_.total, summary_.executed, summary_.failed.size(),
                                 summary_.blocked.size()));
    progress_ = nullptr;
    return summary_;
  }

 private:
  size_t done_count() const { return static_cast<size_t>(std::count(done_.begin(), done_.end(), true)); }

  // Re-reads what other workers did: steps done, steps failed in this run, and what that blocks.
  void refresh() {
    for (size_t i = 0; i < plan_.steps.size(); ++i) {
      if (done_[i]) continue;
      const PlannedStep& s = plan_.steps[i];
      if (is_step_done(s)) {
        done_[i] = true;
        failed_[i] = false;
        ++summary_.done_by_others;
        const auto marker = read_done_marker(s);
        if (marker && marker->contains("seconds")) add_time(s.kind, (*marker)["seconds"].get<double>());
        continue;
      }
      if (!failed_[i]) {
        const std::optional<double> at = failed_at(s);
        failed_[i] = at && *at >= started_at_;
      }
    }
    // Dependencies come first in the plan, so one pass propagates.
    for (size_t i = 0; i < plan_.steps.size(); ++i) {
      blocked_[i] = false;
      for (size_t d : plan_.steps[i].deps) blocked_[i] = blocked_[i] || failed_[d] || blocked_[d];
    }
  }

  bool is_ready(size_t i) const {
    if (done_[i] || failed_[i] || blocked_[i]) return false;
    for (size_t d : plan_.steps[i].deps)
      if (!done_[d]) return false;
    return true;
  }

  bool anything_left() const {
    for (size_t i = 0; i < plan_.steps.size(); ++i)
      if (!done_[i] && !failed_[i] && !blocked_[i]) return true;
    return false;
  }

  void add_time(StepKind kind, double seconds) {
    KindTimes& t = times_[kind];
    ++t.count;
    t.total_seconds += seconds;
  }

  StudyEta eta() const {
    std::vector<bool> left(plan_.steps.size());
    for (size_t i = 0; i < plan_.steps.size(); ++i) left[i] = !done_[i] && !failed_[i] && !blocked_[i];
    StudyEta e = estimate_remaining(plan_, left, times_);
    e.seconds /= options_.shard_count;  // the workers share what is left
    return e;
  }

  void run_step(size_t index, StepClaim& claim) {
    const PlannedStep& step = plan_.steps[index];
    const std::string kind = to_string(step.kind);
    RunRecord record = start_run_record("run " + kind);
    const double start = wall_seconds();
    progress_->step_started(kind, step.label, step.key);
    try {
      fs::create_directories(step.folder);
      remove_failed_marker(step);
      // Only trainings continue where they stopped; anything else left by an interrupted call goes.
      if (!is_training(step.kind)) fs::remove_all(step.output_dir());
      json results;
      {
        QuietLibrary quiet(options_.quiet_library_in_bar && progress_->mode() == train::ProgressMode::Bar);
        results = executor_.execute(step, plan_);
      }
      const double seconds = wall_seconds() - start;
      record.config = {{"step", step.definition}, {"key", step.key}, {"call", step.call}};
      record.timings["total_s"] = seconds;
      record.results = results.is_object() ? results : json::object();
      record.results["worker"] = worker_;
      write_run_record((step.folder / "run.json").string(), record);
      // Written last: a step killed before this line runs again.
      if (!claim.check_still_held()) {
        progress_->message(fmt::format("{} {}: finished, but another worker took its claim over; it is left to that "
                                       "worker",
                                       kind, step.label));
        return;
      }
      write_done_marker(step, {{"seconds", seconds}, {"owner", worker_}});
      done_[index] = true;
      ++summary_.executed;
      add_time(step.kind, seconds);
      progress_->step_finished(kind, step.label, step.key, seconds);
    } catch (const std::exception& e) {
      fail(step, index, e.what());
    } catch (...) {
      fail(step, index, "unknown exception");
    }
    claim.release();
  }

  void fail(const PlannedStep& step, size_t index, const std::string& error) {
    failed_[index] = true;
    try {
      write_failed_marker(step, worker_, error);
    } catch (const std::exception& e) {
      XLFUSE_LOG_ERROR("[run] cannot record the failure of {}: {}", step.label, e.what());
    }
    progress_->step_failed(to_string(step.kind), step.label, step.key, error);
  }

  const StudyPlan& plan_;
  StepExecutor& executor_;
  RunnerOptions options_;
  StepClaims claims_;
  ClaimOwner owner_;
  std::string worker_;
  std::vector<bool> done_, failed_, blocked_;
  std::map<StepKind, KindTimes> times_;
  RunSummary summary_;
  double started_at_ = 0.0;
  StudyProgress* progress_ = nullptr;
};

}  // namespace

RunSummary run_study(const StudyPlan& plan, StepExecutor& executor, const RunnerOptions& options) {
  options.validate();
  if (!plan.problems.empty())
    throw ConfigError(fmt::format("the study {} cannot run; missing inputs:\n  {}", plan.name,
                                  fmt::join(plan.problems, "\n  ")));
  std::error_code ec;
  fs::create_directories(plan.study_dir, ec);
  if (ec) throw IoError(fmt::format("cannot create the study folder {}: {}", plan.study_dir.string(), ec.message()));
  sync_step_folders(plan);
  return Runner(plan, executor, options).run();
}

}  // namespace xlfuse::pipeline
