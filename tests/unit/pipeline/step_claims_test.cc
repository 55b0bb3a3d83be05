// Claims: one winner, heartbeats, stale and dead owners taken over, live ones respected, a lost
// claim noticed; completion markers.
#include "xlfuse/pipeline/step_claims.h"

#include <atomic>
#include <chrono>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/pipeline/step_cache.h"

namespace xlfuse::pipeline {
namespace {

namespace fs = std::filesystem;

double now() { return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count(); }

ClaimOwner foreign_owner(double heartbeat_age) {
  ClaimOwner o;
  o.host = "another-machine";
  o.pid = 99;
  o.heartbeat = o.claimed_at = now() - heartbeat_age;
  o.step = "udpos.none";
  return o;
}

TEST(StepClaimsTest, OnlyOneOfManyClaimantsWins) {
  test::TempDir dir;
  StepClaims claims(dir / "claims", {0.05, 5.0});
  std::atomic<int> winners{0};
  std::vector<std::unique_ptr<StepClaim>> held(8);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < held.size(); ++i)
    threads.emplace_back([&, i] {
      held[i] = claims.try_claim("k1", "step");
      if (held[i]) ++winners;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(winners.load(), 1);
  // While held: claimed by this (live) process; released: gone.
  const auto owner = claims.live_owner("k1");
  ASSERT_TRUE(owner.has_value());
  EXPECT_EQ(owner->pid, static_cast<int64_t>(::getpid()));
  EXPECT_EQ(owner->step, "step");
  EXPECT_EQ(claims.try_claim("k1", "step"), nullptr);
  for (auto& h : held)
    if (h) h->release();
  EXPECT_FALSE(fs::exists(claims.claim_path("k1")));
  EXPECT_FALSE(claims.live_owner("k1").has_value());
  EXPECT_NE(claims.try_claim("k1", "step"), nullptr);
}

TEST(StepClaimsTest, TheHeartbeatKeepsTheClaimFreshInPlace) {
  test::TempDir dir;
  StepClaims claims(dir / "claims", {0.05, 5.0});
  auto claim = claims.try_claim("k", "step");
  ASSERT_NE(claim, nullptr);
  const auto first = parse_claim_record(test::read_file(claims.claim_path("k")));
  ASSERT_TRUE(first.has_value());
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const auto later = parse_claim_record(test::read_file(claims.claim_path("k")));
  ASSERT_TRUE(later.has_value());
  EXPECT_GT(later->heartbeat, first->heartbeat);
  EXPECT_EQ(later->claimed_at, first->claimed_at);
  EXPECT_TRUE(claim->check_still_held());
}

TEST(StepClaimsTest, AStaleClaimIsTakenOverAndALiveOneIsNot) {
  test::TempDir dir;
  StepClaims claims(dir / "claims", {0.05, 2.0});
  test::write_file(claims.claim_path("live"), claim_record_text(foreign_owner(0.5)));
  test::write_file(claims.claim_path("stale"), claim_record_text(foreign_owner(10.0)));
  EXPECT_TRUE(claims.live_owner("live").has_value());
  EXPECT_FALSE(claims.live_owner("stale").has_value());
  EXPECT_EQ(claims.try_claim("live", "step"), nullptr);
  EXPECT_FALSE(claims.remove_stale("live"));
  EXPECT_TRUE(fs::exists(claims.claim_path("live")));
  auto taken = claims.try_claim("stale", "step");
  ASSERT_NE(taken, nullptr);
  const auto record = parse_claim_record(test::read_file(claims.claim_path("stale")));
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->pid, static_cast<int64_t>(::getpid()));
  // A stale claim left on a done step is removed as litter.
  test::write_file(claims.claim_path("litter"), claim_record_text(foreign_owner(10.0)));
  EXPECT_TRUE(claims.remove_stale("litter"));
  EXPECT_FALSE(fs::exists(claims.claim_path("litter")));
  EXPECT_FALSE(claims.remove_stale("litter"));
  // Nothing of the stale claims is left beside them.
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir / "claims")) files += e.is_regular_file();
  EXPECT_EQ(files, 2u);
}

TEST(StepClaimsTest, AClaimOfADeadProcessOnThisHostIsStaleAtOnce) {
  test::TempDir dir;
  StepClaims claims(dir / "claims", {0.05, 3600.0});
  const pid_t child = ::fork();
  if (child == 0) {
    StepClaims mine(dir / "claims", {0.05, 3600.0});
    auto claim = mine.try_claim("k", "step");
    std::_Exit(claim ? 0 : 1);  // dies holding it (no release)
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  ASSERT_TRUE(fs::exists(claims.claim_path("k")));
  EXPECT_FALSE(claims.live_owner("k").has_value());
  EXPECT_NE(claims.try_claim("k", "step"), nullptr);
}

TEST(StepClaimsTest, AClaimTakenOverIsNoticedAsLost) {
  test::TempDir dir;
  StepClaims claims(dir / "claims", {0.05, 5.0});
  auto claim = claims.try_claim("k", "step");
  ASSERT_NE(claim, nullptr);
  // Another worker replaced the lock file (it judged this one stale).
  fs::remove(claims.claim_path("k"));
  test::write_file(claims.claim_path("k"), claim_record_text(foreign_owner(0.0)));
  EXPECT_FALSE(claim->check_still_held());
  EXPECT_TRUE(claim->lost());
  claim->release();
  // Releasing a lost claim leaves the new owner's file alone.
  EXPECT_TRUE(fs::exists(claims.claim_path("k")));
}

TEST(StepClaimsTest, RecordsRoundTripAtAFixedSize) {
  ClaimOwner o = foreign_owner(1.0);
  o.process_start = 1234;
  const std::string text = claim_record_text(o);
  EXPECT_EQ(text.size(), 1024u);
  const auto back = parse_claim_record(text);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->name(), "another-machine:99");
  EXPECT_EQ(back->process_start, 1234);
  EXPECT_DOUBLE_EQ(back->heartbeat, o.heartbeat);
  EXPECT_FALSE(parse_claim_record("{\"owner\": ").has_value());
}

TEST(StepCacheTest, DoneOnlyWithTheStepsOwnKey) {
  test::TempDir dir;
  PlannedStep step;
  step.kind = StepKind::Predict;
  step.label = "udpos.none";
  step.key = "00000000000000aa";
  step.folder = dir / "study" / "predict" / "udpos.none-00000000000000aa";
  fs::create_directories(step.folder);
  EXPECT_FALSE(is_step_done(step));
  write_done_marker(step, {{"seconds", 1.5}});
  EXPECT_TRUE(is_step_done(step));
  EXPECT_EQ(read_done_marker(step)->at("seconds"), 1.5);
  PlannedStep other = step;
  other.key = "00000000000000bb";
  EXPECT_FALSE(is_step_done(other));
  test::write_file(step.folder / kDoneFile, "{\"key\": ");  // not xlfuse's: does not count
  EXPECT_FALSE(is_step_done(step));
  write_failed_marker(step, "me", "it broke");
  EXPECT_EQ(failure_message(step).value_or(""), "it broke");
  EXPECT_TRUE(failed_at(step).has_value());
  remove_failed_marker(step);
  EXPECT_FALSE(failed_at(step).has_value());
}

}  // namespace
}  // namespace xlfuse::pipeline
