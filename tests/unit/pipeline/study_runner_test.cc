// The study runner with a fake executor: finished steps are skipped, an edit reruns exactly the
// steps it affects, a run killed with SIGKILL at any moment resumes to the outputs of an
// uninterrupted run, two shards share a study without running a step twice, stale claims are taken
// over, and failures leave the rest of the study running.
#include "xlfuse/pipeline/study_runner.h"

#include <algorithm>
#include <csignal>
#include <set>

#include <sys/wait.h>

#include <gtest/gtest.h>

#include "study_test_fixture.h"
#include "xlfuse/pipeline/plan_summary.h"
#include "xlfuse/pipeline/step_cache.h"
#include "xlfuse/pipeline/step_claims.h"

namespace xlfuse::pipeline {
namespace {

namespace fs = std::filesystem;
using testing::FakeStepExecutor;
using testing::StudyFixture;
using testing::log_events;

RunnerOptions quiet_options() {
  RunnerOptions o;
  o.progress = train::ProgressMode::Off;
  o.poll_seconds = 0.02;
  o.claims.heartbeat_seconds = 0.05;
  o.claims.stale_after_seconds = 5.0;
  return o;
}

std::set<std::string> as_set(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

// Runs the plan in a child process (a fresh executor there) and returns its pid.
pid_t run_in_child(const StudyPlan& plan, const fs::path& log, int parts, double pause, RunnerOptions options) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    int code = 0;
    try {
      FakeStepExecutor executor(log, parts, pause);
      code = run_study(plan, executor, options).complete ? 0 : 1;
    } catch (...) {
      code = 2;
    }
    std::_Exit(code);
  }
  return pid;
}

int wait_for(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

TEST(StudyRunnerTest, RunsEveryStepOnceInDependencyOrderAndSkipsThemNextTime) {
  StudyFixture f;
  const StudyPlan plan = f.plan();
  ASSERT_TRUE(plan.problems.empty()) << plan.problems.front();
  // 1 intermediate + 2 tasks x 2 intermediates x 2 seeds (train, predict) + 4 ensembles + 4 soups
  // (and their predictions) + the report.
  ASSERT_EQ(plan.steps.size(), 30u);
  FakeStepExecutor executor(f.log());
  const RunSummary first = run_study(plan, executor, quiet_options());
  EXPECT_TRUE(first.complete);
  EXPECT_EQ(first.executed, 30u);
  EXPECT_EQ(first.done_before, 0u);
  const auto ended = log_events(f.log(), "end");
  ASSERT_EQ(ended.size(), 30u);
  EXPECT_EQ(as_set(ended).size(), 30u);
  EXPECT_EQ(ended.back(), "report report");
  // Every step ran after the steps it needs.
  for (const auto& s : plan.steps) {
    const auto me = std::find(ended.begin(), ended.end(), to_string(s.kind) + " " + s.label);
    for (size_t d : s.deps) {
      const auto dep = std::find(ended.begin(), ended.end(), to_string(plan.steps[d].kind) + " " + plan.steps[d].label);
      EXPECT_LT(dep - ended.begin(), me - ended.begin()) << s.label << " ran before " << plan.steps[d].label;
    }
    EXPECT_TRUE(is_step_done(s)) << s.label;
    EXPECT_TRUE(fs::exists(s.folder / "run.json")) << s.label;
  }
  const auto run_json = nlohmann::json::parse(test::read_file(plan.steps.front().folder / "run.json"));
  EXPECT_EQ(run_json.at("config").at("key"), plan.steps.front().key);
  EXPECT_TRUE(fs::exists(f.out() / "study.log"));

  const RunSummary second = run_study(f.plan(), executor, quiet_options());
  EXPECT_TRUE(second.complete);
  EXPECT_EQ(second.executed, 0u);
  EXPECT_EQ(second.done_before, 30u);
  EXPECT_EQ(log_events(f.log(), "end").size(), 30u);
}

TEST(StudyRunnerTest, AnEditRerunsExactlyTheStepsItAffects) {
  StudyFixture f;
  FakeStepExecutor executor(f.log());
  ASSERT_TRUE(run_study(f.plan(), executor, quiet_options()).complete);
  const size_t before = log_events(f.log(), "end").size();

  // One target task's learning rate: its trainings, what they feed (predictions, soups and their
  // predictions, ensembles) and the report; panx and the intermediate model stay.
  const StudyPlan edited = f.plan("learning_rate = 3e-5");
  const RunSummary s = run_study(edited, executor, quiet_options());
  EXPECT_TRUE(s.complete);
  auto ended = log_events(f.log(), "end");
  const std::set<std::string> rerun(ended.begin() + static_cast<long>(before), ended.end());
  std::set<std::string> expected;
  for (const auto& seed : {"seed1", "seed2"}) {
    for (const auto& inter : {"none", "siqa"}) {
      const std::string label = fmt::format("udpos.{}.last_layer.{}", inter, seed);
      expected.insert("train-target " + label);
      expected.insert("predict " + label);
    }
    const std::string pool = fmt::format("udpos.by-intermediate.last_layer.{}", seed);
    expected.insert("ensemble " + pool + ".mean-prob.uniform");
    expected.insert("soup " + pool + ".soup-uniform");
    expected.insert("predict " + pool + ".soup-uniform");
  }
  expected.insert("report report");
  EXPECT_EQ(rerun, expected);
  EXPECT_EQ(s.executed, expected.size());

  // The old udpos folders went to stale/; undoing the edit brings them back without running anything.
  EXPECT_TRUE(fs::is_directory(f.out() / "stale" / "train-target"));
  const size_t after_edit = log_events(f.log(), "end").size();
  // The dry run already counts them as done.
  EXPECT_NE(describe_plan(f.plan(), {}, {}).find("(30 done, 0 to run)"), std::string::npos);
  const RunSummary undone = run_study(f.plan(), executor, quiet_options());
  EXPECT_TRUE(undone.complete);
  EXPECT_EQ(undone.executed, 0u);
  EXPECT_EQ(log_events(f.log(), "end").size(), after_edit);
  for (const auto& step : f.plan().steps) EXPECT_TRUE(is_step_done(step)) << step.label;
}

TEST(StudyRunnerTest, ResumesAfterKill9AtAnyMomentWithTheOutputsOfAnUninterruptedRun) {
  StudyFixture reference;
  {
    FakeStepExecutor executor(reference.log(), 3);
    ASSERT_TRUE(run_study(reference.plan(), executor, quiet_options()).complete);
  }
  const auto expected = StudyFixture::outputs(reference.plan());

  StudyFixture f;
  const StudyPlan plan = f.plan();
  // Kill the worker once `more` new log events of `event` (for steps of `kind`, "" = any) have
  // appeared since it started: inside a step (3 parts with pauses), right after a step's outputs
  // (before or after its done marker), and in the middle of a training (slow parts, so that the
  // kill surely lands between them).
  struct Moment {
    std::string event;
    size_t more;
    std::string kind;
    double pause;
  };
  const std::vector<Moment> moments = {{"begin", 1, "", 0.01},  {"end", 3, "", 0.01},
                                       {"part", 1, "train-target", 0.3}, {"begin", 5, "", 0.01},
                                       {"end", 6, "", 0.0},     {"begin", 4, "", 0.01}};
  const auto count = [&](const Moment& m) {
    size_t n = 0;
    for (const auto& e : log_events(f.log(), m.event)) n += e.rfind(m.kind, 0) == 0;
    return n;
  };
  size_t kills = 0;
  for (const Moment& m : moments) {
    const size_t before = count(m);
    const pid_t child = run_in_child(plan, f.log(), 3, m.pause, quiet_options());
    bool reached = false;
    for (int wait = 0; wait < 5000 && !reached; ++wait) {
      reached = count(m) >= before + m.more;
      if (!reached) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    ::kill(child, SIGKILL);
    if (wait_for(child) == -SIGKILL && reached) ++kills;
  }
  EXPECT_EQ(kills, moments.size()) << "every kill must land before the study finished";
  // A killed worker's claims are stale at once (its process is gone): the rerun does not wait.
  FakeStepExecutor executor(f.log(), 3, 0.0);
  const RunSummary s = run_study(plan, executor, quiet_options());
  ASSERT_TRUE(s.complete);
  EXPECT_EQ(StudyFixture::outputs(plan), expected);
  // An interrupted training continued from its pieces instead of starting over.
  bool continued = false;
  for (const auto& line : testing::read_lines(f.log())) continued = continued || line.rfind("continue ", 0) == 0;
  EXPECT_TRUE(continued);
  // No claim is left behind.
  for (const auto& e : fs::directory_iterator(plan.runner_dir / "claims"))
    EXPECT_NE(e.path().extension(), ".claim") << e.path();
}

TEST(StudyRunnerTest, TwoShardsTogetherDoTheWorkOfOneWithNoStepRunTwice) {
  StudyFixture reference;
  {
    FakeStepExecutor executor(reference.log());
    ASSERT_TRUE(run_study(reference.plan(), executor, quiet_options()).complete);
  }
  StudyFixture f;
  const StudyPlan plan = f.plan();
  RunnerOptions one = quiet_options(), two = quiet_options();
  one.shard_index = 1;
  one.shard_count = 2;
  two.shard_index = 2;
  two.shard_count = 2;
  const pid_t a = run_in_child(plan, f.log(), 2, 0.01, one);
  const pid_t b = run_in_child(plan, f.log(), 2, 0.01, two);
  EXPECT_EQ(wait_for(a), 0);
  EXPECT_EQ(wait_for(b), 0);

  const auto begun = log_events(f.log(), "begin");
  EXPECT_EQ(begun.size(), plan.steps.size()) << "a step began twice";
  EXPECT_EQ(as_set(begun).size(), plan.steps.size());
  EXPECT_EQ(as_set(log_events(f.log(), "end")), as_set(log_events(reference.log(), "end")));
  EXPECT_EQ(StudyFixture::outputs(plan), StudyFixture::outputs(reference.plan()));
  // Both workers ran steps, and the report came after every other step.
  std::set<std::string> pids;
  for (const auto& line : testing::read_lines(f.log()))
    if (line.rfind("end ", 0) == 0) pids.insert(line.substr(line.rfind(' ') + 1));
  EXPECT_EQ(pids.size(), 2u);
  EXPECT_EQ(log_events(f.log(), "begin").back(), "report report");
}

TEST(StudyRunnerTest, ShardPickGivesWorkersStartedTogetherDifferentSteps) {
  EXPECT_EQ(shard_pick(5, 1, 3), 0u);
  EXPECT_EQ(shard_pick(5, 2, 3), 1u);
  EXPECT_EQ(shard_pick(5, 3, 3), 2u);
  // Fewer ready steps than workers: a worker helps instead of idling.
  EXPECT_EQ(shard_pick(1, 3, 3), 0u);
  EXPECT_EQ(shard_pick(2, 3, 3), 0u);
  EXPECT_EQ(parse_shard("2/4"), std::make_pair(2, 4));
  XLFUSE_EXPECT_THROW_WITH(parse_shard("5/4"), ConfigError, "expected i/n with 1 <= i <= n (e.g. 2/4), got \"5/4\"");
  XLFUSE_EXPECT_THROW_WITH(parse_shard("0/2"), ConfigError, "got \"0/2\"");
  XLFUSE_EXPECT_THROW_WITH(parse_shard("1-2"), ConfigError, "got \"1-2\"");
}

TEST(StudyRunnerTest, TakesOverAStaleClaimAndWaitsForALiveOne) {
  StudyFixture f;
  const StudyPlan plan = f.plan();
  RunnerOptions options = quiet_options();
  options.claims.stale_after_seconds = 1.0;
  options.claims.heartbeat_seconds = 0.1;
  // The intermediate training is claimed by a worker on another machine that stopped beating.
  const PlannedStep& first = plan.steps.front();
  fs::create_directories(plan.runner_dir / "claims");
  ClaimOwner ghost;
  ghost.host = "another-machine";
  ghost.pid = 4242;
  ghost.heartbeat = ghost.claimed_at =
      std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count() - 60.0;
  ghost.step = first.label;
  test::write_file(plan.runner_dir / "claims" / (first.key + ".claim"), claim_record_text(ghost));
  FakeStepExecutor executor(f.log());
  const RunSummary s = run_study(plan, executor, options);
  EXPECT_TRUE(s.complete);
  EXPECT_EQ(log_events(f.log(), "end").front(), "train-intermediate siqa");
  EXPECT_FALSE(fs::exists(plan.runner_dir / "claims" / (first.key + ".claim")));
}

TEST(StudyRunnerTest, AFailedStepBlocksWhatNeedsItAndTheRestRuns) {
  StudyFixture f;
  const StudyPlan plan = f.plan();
  FakeStepExecutor failing(f.log(), 1, 0.0, {"udpos.siqa.last_layer.seed1"});
  const RunSummary s = run_study(plan, failing, quiet_options());
  EXPECT_FALSE(s.complete);
  ASSERT_EQ(s.failed.size(), 1u);
  EXPECT_NE(s.failed[0].find("train-target udpos.siqa.last_layer.seed1: fake failure"), std::string::npos) << s.failed[0];
  // Its prediction, the seed-1 udpos ensemble, soup and soup prediction, and the report.
  EXPECT_EQ(s.blocked.size(), 5u);
  EXPECT_EQ(s.executed, plan.steps.size() - 6);
  const PlannedStep* failed = plan.find(StepKind::TrainTarget, "udpos.siqa.last_layer.seed1");
  ASSERT_NE(failed, nullptr);
  EXPECT_NE(failure_message(*failed).value_or("").find("fake failure"), std::string::npos);

  // The next run retries it (failures of earlier runs are not remembered) and finishes.
  FakeStepExecutor working(f.log());
  const RunSummary again = run_study(plan, working, quiet_options());
  EXPECT_TRUE(again.complete);
  EXPECT_EQ(again.executed, 6u);
  EXPECT_FALSE(fs::exists(failed->folder / kFailedFile));
}

TEST(StudyRunnerTest, RefusesToStartWhenInputsAreMissing) {
  StudyFixture f;
  fs::remove(f.dir() / "data" / "panx" / "train-en.tsv");
  const StudyPlan plan = f.plan();
  ASSERT_FALSE(plan.problems.empty());
  FakeStepExecutor executor(f.log());
  XLFUSE_EXPECT_THROW_WITH(run_study(plan, executor, quiet_options()), ConfigError, "cannot run; missing inputs");
  EXPECT_FALSE(fs::exists(f.log()));
}

}  // namespace
}  // namespace xlfuse::pipeline
