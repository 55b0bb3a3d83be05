// `xlfuse data check` / `xlfuse data tasks`, run as a user would.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "test_utils.h"

namespace xlfuse::test {
namespace {
namespace fs = std::filesystem;

int xlfuse(const std::string& args, std::string* out) { return run_command(xlfuse_binary() + " " + args, out); }

TEST(DataCliTest, CheckFixturesIsAReportWithExitZero) {
  std::string out;
  const fs::path dir = test_data_dir() / "data";
  ASSERT_EQ(xlfuse("data check '" + dir.string() + "'", &out), 0) << out;
  EXPECT_NE(out.find("xnli (classification, accuracy)"), std::string::npos) << out;
  EXPECT_NE(out.find("unlabelled"), std::string::npos);
  EXPECT_NE(out.find("expected dev-fr.tsv"), std::string::npos);  // a missing XNLI language
  EXPECT_NE(out.find("0 malformed"), std::string::npos);
  ASSERT_EQ(xlfuse("data check '" + dir.string() + "' --benchmark xtreme-r --task mewslix", &out), 0) << out;
  EXPECT_NE(out.find("mewslix (retrieval, map@20)"), std::string::npos) << out;
  EXPECT_EQ(out.find("xnli ("), std::string::npos) << out;
}

TEST(DataCliTest, MalformedFileExitsOneWithFileAndLine) {
  TempDir dir;
  fs::create_directories(dir / "pawsx");
  write_file(dir / "pawsx/dev-en.tsv", "a\tb\t1\na\tb\t1\n\"never closed\tb\t0\n");
  std::string out;
  EXPECT_EQ(xlfuse("data check '" + dir.path().string() + "' --benchmark xtreme", &out), 1) << out;  // PAWS-X is XTREME's
  EXPECT_NE(out.find("xlfuse: error: "), std::string::npos) << out;
  EXPECT_NE(out.find("pawsx/dev-en.tsv:3: unterminated quoted field"), std::string::npos) << out;
}

// Invalid UTF-8 in a data file is a malformed file named by file and line, by data check as by
// every command that reads it.
TEST(DataCliTest, InvalidUtf8IsFoundWithFileAndLine) {
  TempDir dir;
  fs::create_directories(dir / "xnli");
  write_file(dir / "xnli/dev-de.tsv", "Ein Mann.\tEine Frau.\tneutral\nZwei \xFF.\tDrei.\tentailment\n");
  std::string out;
  EXPECT_EQ(xlfuse("data check '" + dir.path().string() + "' --task xnli", &out), 1) << out;
  EXPECT_NE(out.find("xnli/dev-de.tsv:2: invalid UTF-8"), std::string::npos) << out;
  // train: the English dev data (read for model selection) of UD-POS.
  fs::create_directories(dir / "udpos");
  fs::copy_file(test_data_dir() / "data/udpos/train-en.tsv", dir / "udpos/train-en.tsv");
  write_file(dir / "udpos/dev-en.tsv", "The\tDET\nd\xC3g\tNOUN\n");
  EXPECT_EQ(xlfuse("train --task udpos --init '" + (test_data_dir() / "tiny_bert").string() + "' --data '" +
                       dir.path().string() + "' --out '" + (dir / "m").string() + "' --max-steps 1 --threads 1",
                   &out),
            1)
      << out;
  EXPECT_NE(out.find("udpos/dev-en.tsv:2: invalid UTF-8"), std::string::npos) << out;
}

// One default benchmark for every command that takes --benchmark, stated in its --help.
TEST(DataCliTest, EveryCommandDefaultsToXtremeR) {
  std::string out;
  for (const char* command : {"data check --help", "score --help", "predict --help"}) {
    ASSERT_EQ(xlfuse(command, &out), 0) << out;
    EXPECT_NE(out.find("--benchmark TEXT=xtreme-r"), std::string::npos) << command << "\n" << out;
  }
}

TEST(DataCliTest, UsageErrorsExitTwo) {
  std::string out;
  EXPECT_EQ(xlfuse("data check '" + test_data_dir().string() + "' --benchmark glue", &out), 2) << out;
  EXPECT_NE(out.find("xtreme, xtreme-r"), std::string::npos) << out;
  EXPECT_EQ(xlfuse("data check '" + test_data_dir().string() + "' --task xnly", &out), 2) << out;
  EXPECT_NE(out.find("known tasks:"), std::string::npos) << out;
  EXPECT_EQ(xlfuse("data", &out), 2) << out;
  EXPECT_EQ(xlfuse("data check /nonexistent/xlfuse-dir", &out), 1) << out;
  EXPECT_NE(out.find("/nonexistent/xlfuse-dir"), std::string::npos) << out;
}

TEST(DataCliTest, TasksListsTheRegistry) {
  std::string out;
  ASSERT_EQ(xlfuse("data tasks", &out), 0) << out;
  for (const char* t : {"xnli", "mewslix", "ud-deprel", "commonsenseqa"}) EXPECT_NE(out.find(t), std::string::npos) << t;
}

TEST(DataCliTest, RealXtremeChecksCleanly) {
  XLFUSE_REQUIRE_SHARED("data/xtreme");
  std::string out;
  ASSERT_EQ(xlfuse("data check '" + (shared_dir() / "data/xtreme").string() + "' --benchmark xtreme", &out), 0) << out;
  EXPECT_NE(out.find("0 malformed"), std::string::npos) << out;
  EXPECT_NE(out.find("xnli/dev-de.tsv"), std::string::npos);
}

}  // namespace
}  // namespace xlfuse::test
