// `xlfuse run`: the dry run before and after a run of a tiny study (tiny_bert, UD-POS from
// examples/data/xtreme-mini, SIQA from tests/data/data), the run itself, and the errors: a bad
// study file (exit 1, file:line and key), a bad --shard (exit 2), missing inputs (exit 1).
#include <string>

#include <gtest/gtest.h>

#include "test_utils.h"

namespace xlfuse::test {
namespace {

namespace fs = std::filesystem;

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

std::string study_text(const std::string& data_dir, const std::string& extra = "") {
  return "[study]\n"
         "name = \"cli\"\n"
         "encoder = \"" + (test_data_dir() / "tiny_bert").string() + "\"\n"
         "data_dir = \"" + data_dir + "\"\n"
         "out_dir = \"out\"\n"
         "seeds = [1]\n"
         "[targets]\n"
         "tasks = [\"udpos\"]\n"
         "langs = [\"de\"]\n"
         "[targets.train]\n"
         "max_steps = 2\n"
         "batch_size = 4\n"
         "no_eval = true\n" + extra +
         "[[intermediate]]\n"
         "name = \"none\"\n"
         "[[intermediate]]\n"
         "name = \"siqa\"\n"
         "task = \"siqa\"\n"
         "data_dir = \"" + (test_data_dir() / "data").string() + "\"\n"
         "max_steps = 2\n"
         "[ensembles]\n"
         "methods = [\"mean-prob\"]\n";
}

std::string mini() { return (fs::path(XLFUSE_SOURCE_DIR) / "examples" / "data" / "xtreme-mini").string(); }

TEST(RunCliTest, DryRunThenRunThenNothingLeft) {
  TempDir dir;
  write_file(dir / "study.toml", study_text(mini()));
  const std::string run = xlfuse_binary() + " run " + q(dir / "study.toml") + " --threads 2 --progress lines";
  std::string out;
  ASSERT_EQ(run_command(run + " --dry-run", &out), 0) << out;
  EXPECT_NE(out.find("study cli: 7 steps in " + (dir / "out").string() + " (0 done, 7 to run)"), std::string::npos)
      << out;
  EXPECT_NE(out.find("training steps: 3 (3 to run)"), std::string::npos) << out;
  EXPECT_NE(out.find("no figure yet"), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(dir / "out" / "study")) << "a dry run runs nothing";

  ASSERT_EQ(run_command(run, &out), 0) << out;
  EXPECT_NE(out.find("[0/7] start train-intermediate siqa"), std::string::npos) << out;
  EXPECT_NE(out.find("study cli: 7 of 7 steps done (7 by this worker, 0 were done before)"), std::string::npos) << out;
  EXPECT_NE(out.find("report: " + (dir / "out" / "report" / "report.html").string()), std::string::npos) << out;
  EXPECT_TRUE(fs::exists(dir / "out" / "report" / "report.html"));
  const std::string log = read_file(dir / "out" / "study.log");
  EXPECT_NE(log.find(" done report report "), std::string::npos) << log;

  ASSERT_EQ(run_command(run + " --dry-run", &out), 0) << out;
  EXPECT_NE(out.find("(7 done, 0 to run)"), std::string::npos) << out;
  ASSERT_EQ(run_command(run, &out), 0) << out;
  EXPECT_NE(out.find("7 of 7 steps done (0 by this worker, 7 were done before)"), std::string::npos) << out;
}

TEST(RunCliTest, ErrorsSayWhereAndExitWithTheRightCode) {
  TempDir dir;
  write_file(dir / "study.toml", study_text(mini(), "lerning_rate = 1e-5\n"));
  std::string out;
  EXPECT_EQ(run_command(xlfuse_binary() + " run " + q(dir / "study.toml") + " --dry-run", &out), 1) << out;
  EXPECT_NE(out.find("xlfuse: error: " + (dir / "study.toml").string() +
                     ":14:1: targets.train.lerning_rate: unknown key; the known keys of targets.train are"),
            std::string::npos)
      << out;

  write_file(dir / "study.toml", study_text(mini()));
  EXPECT_EQ(run_command(xlfuse_binary() + " run " + q(dir / "study.toml") + " --shard 3/2", &out), 2) << out;
  EXPECT_NE(out.find("usage error: --shard: expected i/n with 1 <= i <= n (e.g. 2/4), got \"3/2\""), std::string::npos)
      << out;

  // A data folder without UD-POS: the dry run lists the problem, the run refuses to start.
  fs::create_directories(dir / "empty");
  write_file(dir / "study.toml", study_text((dir / "empty").string()));
  EXPECT_EQ(run_command(xlfuse_binary() + " run " + q(dir / "study.toml") + " --dry-run", &out), 1) << out;
  EXPECT_NE(out.find("problems: the study cannot run until these"), std::string::npos) << out;
  EXPECT_NE(out.find("target udpos:"), std::string::npos) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " run " + q(dir / "study.toml"), &out), 1) << out;
  EXPECT_NE(out.find("xlfuse: error: the study cli cannot run; missing inputs:"), std::string::npos) << out;
}

}  // namespace
}  // namespace xlfuse::test
