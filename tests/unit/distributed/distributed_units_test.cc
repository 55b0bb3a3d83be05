// The torch-side pieces of data-parallel training without processes: the launch variables, the
// batch shards' loss shares, and the packing of evaluation outputs.
#include <cstdlib>

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"
#include "xlfuse/distributed/gather_outputs.h"
#include "xlfuse/distributed/launch_env.h"
#include "xlfuse/distributed/launcher.h"
#include "xlfuse/train/batch_shard.h"

namespace xlfuse {
namespace {

// Sets the launch variables for one test and restores them after.
class LaunchVars {
 public:
  LaunchVars() {
    for (const char* n : kNames) unsetenv(n);
  }
  ~LaunchVars() {
    for (const char* n : kNames) unsetenv(n);
  }
  void set(const char* name, const char* value) { setenv(name, value, 1); }

 private:
  static constexpr const char* kNames[] = {"RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT"};
};

TEST(LaunchEnvTest, NoWorldSizeIsOneProcess) {
  LaunchVars vars;
  const auto env = distributed::read_launch_env();
  EXPECT_FALSE(env.distributed());
  EXPECT_EQ(env.rank, 0);
}

TEST(LaunchEnvTest, ReadsTorchrunVariables) {
  LaunchVars vars;
  vars.set("WORLD_SIZE", "4");
  vars.set("RANK", "3");
  vars.set("LOCAL_RANK", "1");
  vars.set("MASTER_ADDR", "node017");
  vars.set("MASTER_PORT", "29611");
  const auto env = distributed::read_launch_env();
  EXPECT_TRUE(env.distributed());
  EXPECT_EQ(env.rank, 3);
  EXPECT_EQ(env.world_size, 4);
  EXPECT_EQ(env.local_rank, 1);
  EXPECT_EQ(env.master_addr, "node017");
  EXPECT_EQ(env.master_port, 29611);
}

TEST(LaunchEnvTest, RefusesBadValuesNamingTheVariable) {
  auto message = [](auto setup) {
    LaunchVars vars;
    setup(vars);
    try {
      distributed::read_launch_env();
    } catch (const ConfigError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message([](LaunchVars& v) { v.set("WORLD_SIZE", "2"), v.set("MASTER_ADDR", "h"); }).find("RANK: "),
            std::string::npos);
  EXPECT_NE(message([](LaunchVars& v) {
              v.set("WORLD_SIZE", "2"), v.set("RANK", "2"), v.set("MASTER_ADDR", "h");
            }).find("RANK: expected an integer in [0, 1], got \"2\""),
            std::string::npos);
  EXPECT_NE(message([](LaunchVars& v) { v.set("WORLD_SIZE", "two"); }).find("WORLD_SIZE: expected an integer"),
            std::string::npos);
  EXPECT_NE(message([](LaunchVars& v) { v.set("WORLD_SIZE", "2"), v.set("RANK", "0"); }).find("MASTER_ADDR"),
            std::string::npos);
  EXPECT_NE(message([](LaunchVars& v) {
              v.set("WORLD_SIZE", "2"), v.set("RANK", "0"), v.set("MASTER_ADDR", "h"), v.set("MASTER_PORT", "70000");
            }).find("MASTER_PORT: expected an integer in [1, 65535]"),
            std::string::npos);
}

TEST(LaunchOptionsTest, RefusesBadOptions) {
  distributed::LaunchOptions o;
  o.command = {"true"};
  o.nproc = 0;
  EXPECT_THROW(o.validate(), UsageError);
  o.nproc = 2;
  o.master_port = 70000;
  EXPECT_THROW(o.validate(), UsageError);
  o.master_port = 0;
  o.command.clear();
  EXPECT_THROW(o.validate(), UsageError);
  EXPECT_GT(distributed::free_port(), 0);
}

model::TaskInputs tagging_batch() {
  // 5 rows; targets per row: 3, 1, 0, 2, 2 (-100 = no loss).
  model::TaskInputs in;
  in.input_ids = torch::ones({5, 4}, torch::kInt64);
  in.attention_mask = torch::ones({5, 4}, torch::kInt64);
  in.labels = torch::tensor({1, 2, 3, -100, 4, -100, -100, -100, -100, -100, -100, -100, 1, 1, -100, -100, 2, -100, 2,
                             -100},
                            torch::kInt64)
                  .view({5, 4});
  return in;
}

TEST(BatchShardTest, TokenSharesAddUpToTheBatch) {
  const auto batch = tagging_batch();
  const auto a = train::shard_batch(batch, model::HeadKind::TokenClassification, 0, 2);
  const auto b = train::shard_batch(batch, model::HeadKind::TokenClassification, 1, 2);
  EXPECT_EQ(a.rows, 2);  // rows [0, 2)
  EXPECT_EQ(b.rows, 3);  // rows [2, 5)
  EXPECT_DOUBLE_EQ(a.total_weight, 8);
  EXPECT_DOUBLE_EQ(a.weight, 4);
  EXPECT_DOUBLE_EQ(b.weight, 4);
  EXPECT_DOUBLE_EQ(a.share() + b.share(), 1.0);
  EXPECT_TRUE(torch::equal(b.inputs.labels, batch.labels.narrow(0, 2, 3)));
}

TEST(BatchShardTest, RowSharesForSequenceHeadsAndEmptySlices) {
  model::TaskInputs in;
  in.input_ids = torch::ones({3, 4}, torch::kInt64);
  in.labels = torch::tensor({0, 1, 0}, torch::kInt64);
  double sum = 0;
  int empty = 0;
  for (int r = 0; r < 4; ++r) {
    const auto s = train::shard_batch(in, model::HeadKind::SequenceClassification, r, 4);
    sum += s.share();
    empty += s.rows == 0;
    if (s.rows > 0) EXPECT_EQ(s.inputs.labels.size(0), s.rows);
  }
  EXPECT_DOUBLE_EQ(sum, 1.0);
  EXPECT_EQ(empty, 1);  // 3 rows over 4 ranks
}

TEST(BatchShardTest, DualEncoderIsRefused) {
  model::TaskInputs in;
  in.input_ids = torch::ones({2, 4}, torch::kInt64);
  try {
    train::shard_batch(in, model::HeadKind::DualEncoder, 0, 2);
    FAIL() << "no error";
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("negatives from the batch"), std::string::npos) << e.what();
  }
}

TEST(GatherOutputsTest, PackedRowsRoundTripAndTruncationIsAFormatError) {
  io::RawOutputs part;
  part.kind = io::RawOutputKind::Qa;
  part.example_index = {4, 4};
  part.window = {0, 1};
  part.choice = {0, 0};
  part.lengths = {3, 2};
  part.start_logits = {{0.5f, -1.f, 2.f}, {1.f, 3.f}};
  part.end_logits = {{0.25f, 1.f, -2.f}, {7.f, 8.f}};
  const std::string bytes = distributed::pack_rows(part);
  io::RawOutputs all;
  all.kind = io::RawOutputKind::Qa;
  distributed::unpack_rows(bytes, &all);
  distributed::unpack_rows(bytes, &all);
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all.example_index, (std::vector<int64_t>{4, 4, 4, 4}));
  EXPECT_EQ(all.end_logits[3], (std::vector<float>{7.f, 8.f}));
  all.validate();

  io::RawOutputs cut;
  cut.kind = io::RawOutputKind::Qa;
  EXPECT_THROW(distributed::unpack_rows(bytes.substr(0, bytes.size() - 3), &cut), FormatError);
  io::RawOutputs other;
  other.kind = io::RawOutputKind::Tagging;
  EXPECT_THROW(distributed::unpack_rows(bytes, &other), DistributedError);
}

}  // namespace
}  // namespace xlfuse
