// Unit tests of determinism and exact resumption: two runs with the same seed are bitwise equal, a
// run resumed from a checkpoint (dropout on) equals a run that never stopped, and damaged or
// half-written checkpoints are refused while the previous one stays loadable.
#include "xlfuse/train/train_state.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "test_utils.h"
#include "train_test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::train {
namespace {

namespace fs = std::filesystem;
using train_testing::bitwise_equal;
using train_testing::TrainRun;
using train_testing::SyntheticData;

TEST(TrainDeterminismTest, SameSeedGivesBitwiseIdenticalParameters) {
  SyntheticData data;
  torch::manual_seed(42);
  TrainRun a(/*dropout=*/true);
  a.train(data, 10);
  torch::manual_seed(42);
  TrainRun b(/*dropout=*/true);
  b.train(data, 10);
  EXPECT_TRUE(bitwise_equal(a.net.named_parameters(), b.net.named_parameters()));
  // Training moved the parameters.
  TrainRun fresh(false);
  EXPECT_FALSE(bitwise_equal(a.net.named_parameters(), fresh.net.named_parameters()));
}

TEST(TrainStateTest, ResumedRunEqualsStraightRunWithDropout) {
  SyntheticData data;
  TrainRun straight(/*dropout=*/true);
  straight.train(data, 10);

  test::TempDir dir;
  std::string saved;
  {
    TrainRun first(/*dropout=*/true);
    first.train(data, 5);
    first.progress.has_best = true;
    first.progress.best_metric = 0.1 + 0.2;  // not exactly representable in decimal
    first.progress.best_step = 4;
    first.progress.extra["stage"] = "target";
    saved = save_train_state(dir.path().string(), first.net.named_parameters(), first.optimizer, first.schedule,
                             first.progress);
    // The run continues a bit and is then "killed": nothing of it may leak into the resumed run.
    first.train(data, 2);
  }
  EXPECT_EQ(fs::path(saved).filename(), "checkpoint-5");

  torch::manual_seed(999);  // a different RNG state, restored by the load
  TrainRun resumed(/*dropout=*/true);
  auto progress = load_train_state(saved, resumed.net.named_parameters(), resumed.optimizer, resumed.schedule);
  EXPECT_EQ(progress.global_step, 5);
  EXPECT_EQ(resumed.optimizer.step_count(), 5);
  EXPECT_EQ(resumed.schedule.step(), 5);
  EXPECT_EQ(progress.best_metric, 0.1 + 0.2);
  EXPECT_TRUE(progress.has_best);
  EXPECT_EQ(progress.best_step, 4);
  EXPECT_EQ(progress.extra.at("stage"), "target");
  // 14 sequences in batches of 4 = 4 batches per epoch: after 5 updates, epoch 1, batch 1.
  EXPECT_EQ(progress.epoch, 1);
  EXPECT_EQ(progress.batch_in_epoch, 1);
  resumed.progress = progress;
  resumed.train(data, 5);
  EXPECT_TRUE(bitwise_equal(straight.net.named_parameters(), resumed.net.named_parameters()));
  for (size_t g = 0; g < straight.optimizer.groups().size(); ++g) {
    EXPECT_TRUE(torch::equal(straight.optimizer.groups()[g].exp_avg, resumed.optimizer.groups()[g].exp_avg));
    EXPECT_TRUE(torch::equal(straight.optimizer.groups()[g].exp_avg_sq, resumed.optimizer.groups()[g].exp_avg_sq));
  }

  // Without the RNG state the dropout masks differ, so the parameters do too (the test above is
  // sensitive to it).
  torch::manual_seed(999);
  TrainRun no_rng(/*dropout=*/true);
  no_rng.progress =
      load_train_state(saved, no_rng.net.named_parameters(), no_rng.optimizer, no_rng.schedule, /*restore_rng=*/false);
  no_rng.train(data, 5);
  EXPECT_FALSE(bitwise_equal(straight.net.named_parameters(), no_rng.net.named_parameters()));
}

TEST(TrainStateTest, KeepsTheLastNCheckpoints) {
  test::TempDir dir;
  TrainRun run(false);
  CheckpointOptions options;
  options.keep_last = 2;
  for (int64_t step = 1; step <= 4; ++step) {
    run.progress.global_step = step;
    save_train_state(dir.path().string(), run.net.named_parameters(), run.optimizer, run.schedule, run.progress,
                     options);
  }
  auto all = list_checkpoints(dir.path().string());
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(fs::path(all[0]).filename(), "checkpoint-3");
  EXPECT_EQ(fs::path(all[1]).filename(), "checkpoint-4");
  EXPECT_EQ(latest_checkpoint(dir.path().string()), all[1]);
  EXPECT_EQ(latest_checkpoint((dir.path() / "none").string()), "");
}

class DamagedCheckpointTest : public ::testing::Test {
 protected:
  void SetUp() override {
    run_.train(data_, 3);
    good_ = save_train_state(dir_.path().string(), run_.net.named_parameters(), run_.optimizer, run_.schedule,
                             run_.progress);
  }
  // A copy of the good checkpoint under another step number.
  fs::path copy_as(int64_t step) {
    fs::path target = dir_.path() / checkpoint_dir_name(step);
    fs::copy(good_, target, fs::copy_options::recursive);
    return target;
  }
  TrainProgress load(const fs::path& path) {
    TrainRun fresh(false);
    return load_train_state(path.string(), fresh.net.named_parameters(), fresh.optimizer, fresh.schedule);
  }

  SyntheticData data_;
  TrainRun run_{false};
  test::TempDir dir_;
  std::string good_;
};

TEST_F(DamagedCheckpointTest, CheckpointWithoutManifestIsRefused) {
  auto half = copy_as(7);
  fs::remove(half / "MANIFEST.json");  // killed before the manifest was written
  XLFUSE_EXPECT_THROW_WITH(load(half), CheckpointError, "no MANIFEST.json - the checkpoint is incomplete");
  EXPECT_EQ(latest_checkpoint(dir_.path().string()), good_);
  EXPECT_EQ(load(good_).global_step, 3);
}

TEST_F(DamagedCheckpointTest, TruncatedFileIsRefused) {
  auto cut = copy_as(8);
  const auto model = cut / "model.safetensors";
  fs::resize_file(model, fs::file_size(model) - 100);
  XLFUSE_EXPECT_THROW_WITH(load(cut), CheckpointError, "truncated");
  EXPECT_EQ(latest_checkpoint(dir_.path().string()), good_);  // the damaged newer one is skipped
}

TEST_F(DamagedCheckpointTest, AlteredFileIsRefused) {
  auto changed = copy_as(9);
  {
    std::fstream f(changed / "optimizer.safetensors", std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(-5, std::ios::end);
    f.put('\x7f');
  }
  XLFUSE_EXPECT_THROW_WITH(load(changed), CheckpointError, "does not match the manifest");
}

TEST_F(DamagedCheckpointTest, CrashDuringSaveLeavesThePreviousCheckpointLoadable) {
  CheckpointOptions crash;
  crash.after_file_hook = [](const std::string& file) {
    if (file == "optimizer.safetensors") throw std::runtime_error("simulated crash after " + file);
  };
  run_.train(data_, 1);
  // A new step and the same step again (which must not destroy the existing one).
  XLFUSE_EXPECT_THROW_WITH(save_train_state(dir_.path().string(), run_.net.named_parameters(), run_.optimizer,
                                            run_.schedule, run_.progress, crash),
                           IoError, "simulated crash after optimizer.safetensors");
  TrainProgress same_step = run_.progress;
  same_step.global_step = 3;
  XLFUSE_EXPECT_THROW_WITH(save_train_state(dir_.path().string(), run_.net.named_parameters(), run_.optimizer,
                                            run_.schedule, same_step, crash),
                           IoError, "simulated crash");
  EXPECT_FALSE(fs::exists(dir_.path() / "checkpoint-4"));
  auto all = list_checkpoints(dir_.path().string());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0], good_);
  EXPECT_EQ(load(good_).global_step, 3);
  // A crash that left a temporary directory behind (no cleanup) is also harmless, and the next
  // save removes it.
  fs::create_directories(dir_.path() / ".tmp-checkpoint-4-1-0");
  EXPECT_EQ(latest_checkpoint(dir_.path().string()), good_);
  save_train_state(dir_.path().string(), run_.net.named_parameters(), run_.optimizer, run_.schedule, run_.progress);
  EXPECT_FALSE(fs::exists(dir_.path() / ".tmp-checkpoint-4-1-0"));
  EXPECT_EQ(load(dir_.path() / "checkpoint-4").global_step, 4);
}

TEST_F(DamagedCheckpointTest, MismatchedModelIsRefusedBeforeAnythingChanges) {
  TrainRun other(false);
  auto params = other.net.named_parameters();
  params.pop_back();  // the checkpoint has a tensor this "model" lacks
  auto before = other.net.named_parameters()[0].second.clone();
  XLFUSE_EXPECT_THROW_WITH(load_train_state(good_, params, other.optimizer, other.schedule), CheckpointError,
                           "is not a parameter of the model");
  EXPECT_TRUE(torch::equal(before, other.net.named_parameters()[0].second));
  EXPECT_EQ(other.optimizer.step_count(), 0);
  // Another schedule.
  TrainRun longer(false, /*total_steps=*/50);
  XLFUSE_EXPECT_THROW_WITH(load_train_state(good_, longer.net.named_parameters(), longer.optimizer, longer.schedule),
                           CheckpointError, "needs the same schedule");
}

}  // namespace
}  // namespace xlfuse::train
