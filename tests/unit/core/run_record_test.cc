// run.json: fields, the git revision override and the atomic write.
#include "xlfuse/core/run_record.h"

#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse {
namespace {

TEST(RunRecordTest, WritesEveryFieldAtomically) {
  test::TempDir dir;
  RunRecord r = start_run_record("train");
  r.config = {{"task", "udpos"}};
  r.seed = 7;
  r.libtorch_version = "1.13.0";
  r.threads = 3;
  r.timings["train_s"] = 1.5;
  r.results["global_step"] = 10;
  const auto path = dir / "run.json";
  write_run_record(path.string(), r);
  const auto j = nlohmann::json::parse(test::read_file(path));
  EXPECT_EQ(j.at("command"), "train");
  EXPECT_EQ(j.at("config").at("task"), "udpos");
  EXPECT_EQ(j.at("seed"), 7);
  EXPECT_EQ(j.at("libtorch_version"), "1.13.0");
  EXPECT_EQ(j.at("threads"), 3);
  EXPECT_DOUBLE_EQ(j.at("timings").at("train_s").get<double>(), 1.5);
  EXPECT_EQ(j.at("results").at("global_step"), 10);
  EXPECT_FALSE(j.at("xlfuse_version").get<std::string>().empty());
  const std::string started = j.at("started_at");
  ASSERT_EQ(started.size(), 20u);
  EXPECT_EQ(started.back(), 'Z');
  // Nothing but run.json is left behind.
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) files += e.is_regular_file();
  EXPECT_EQ(files, 1);
}

TEST(RunRecordTest, GitRevisionFromEnvironment) {
  ::setenv("XLFUSE_GIT_REVISION", "abc123", 1);
  EXPECT_EQ(git_revision(), "abc123");
  EXPECT_EQ(start_run_record("x").git_revision, "abc123");
  ::unsetenv("XLFUSE_GIT_REVISION");
}

TEST(RunRecordTest, UnwritableFolderIsAnIoErrorNamingThePath) {
  XLFUSE_EXPECT_THROW_WITH(write_run_record("/nonexistent_dir_xlfuse/run.json", start_run_record("x")), IoError,
                           "/nonexistent_dir_xlfuse/run.json");
}

}  // namespace
}  // namespace xlfuse
