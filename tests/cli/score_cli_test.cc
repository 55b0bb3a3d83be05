// `xlfuse score` on small prediction/label folders made in a TempDir.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_utils.h"

namespace xlfuse::test {
namespace {

std::string q(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

struct ScoreFolders {
  TempDir dir;
  std::filesystem::path pred = dir / "pred";
  std::filesystem::path label = dir / "label";
  ScoreFolders() {
    // xnli: ar 1 of 2 right (50), bg 2 of 2 (100); udpos en: NOUN NOUN | VERB gold
    // {NOUN[0,1], VERB[3,3]}, predicted NOUN VERB | VERB {NOUN[0,0], VERB[1,1], VERB[3,3]}:
    // correct 1 -> P 1/3, R 1/2, F1 2*(1/6)/(5/6) = 0.4.
    std::filesystem::create_directories(pred / "xnli");
    std::filesystem::create_directories(label / "xnli");
    std::filesystem::create_directories(pred / "udpos");
    std::filesystem::create_directories(label / "udpos");
    write_file(label / "xnli" / "test-ar.tsv", "neutral\nentailment\n");
    write_file(pred / "xnli" / "test-ar.tsv", "neutral\r\ncontradiction\r\n");
    write_file(label / "xnli" / "test-bg.tsv", "neutral\nentailment\n");
    write_file(pred / "xnli" / "test-bg.tsv", "neutral \nentailment\n");
    write_file(label / "udpos" / "test-en.tsv", "NOUN\nNOUN\n\nVERB\n");
    write_file(pred / "udpos" / "test-en.tsv", "NOUN\nVERB\n\nVERB\n\n");
  }
  std::string command(const std::string& extra = "") const {
    return xlfuse_binary() + " score --predictions " + q(pred) + " --labels " + q(label) + " " + extra;
  }
};

TEST(ScoreCliTest, PrintsTableAndWritesJson) {
  ScoreFolders f;
  std::string out;
  auto json_path = f.dir / "scores.json";
  int rc = run_command(f.command("--benchmark xtreme --out " + q(json_path)), &out);
  ASSERT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("xnli"), std::string::npos) << out;
  EXPECT_NE(out.find("50.00"), std::string::npos) << out;
  EXPECT_NE(out.find("INCOMPLETE"), std::string::npos) << out;
  auto j = nlohmann::json::parse(read_file(json_path));
  EXPECT_DOUBLE_EQ(j["tasks"]["xnli"]["languages"]["ar"]["accuracy"].get<double>(), 50.0);
  EXPECT_DOUBLE_EQ(j["tasks"]["xnli"]["average"]["accuracy"].get<double>(), 75.0);  // (50 + 100) / 2
  EXPECT_NEAR(j["tasks"]["udpos"]["languages"]["en"]["f1"].get<double>(), 40.0, 1e-12);
  EXPECT_NEAR(j["tasks"]["udpos"]["languages"]["en"]["precision"].get<double>(), 100.0 / 3, 1e-12);
  EXPECT_FALSE(j["tasks"]["xnli"]["complete"].get<bool>());
  EXPECT_TRUE(j["score"].is_null());
  EXPECT_NE(j["missing"]["both"].dump().find("pawsx"), std::string::npos) << j.dump();
  EXPECT_NE(j["tasks"]["xnli"]["missing"]["both"].dump().find("\"de\""), std::string::npos);
}

// XNLI test files as XTREME's download has them (premise, hypothesis, no label) are no label
// files: an error naming the file and line, not an accuracy of 0.
TEST(ScoreCliTest, LabelFilesWithoutLabelsAreRefused) {
  ScoreFolders f;
  write_file(f.label / "xnli" / "test-ar.tsv", "A man.\tA woman.\nTwo.\tThree.\n");
  std::string out;
  EXPECT_EQ(run_command(f.command(), &out), 1) << out;
  EXPECT_NE(out.find("xnli/test-ar.tsv:1: label"), std::string::npos) << out;
  EXPECT_NE(out.find("this looks like the task's data file"), std::string::npos) << out;
  EXPECT_EQ(out.find("0.00"), std::string::npos) << out;  // no score printed
  write_file(f.label / "xnli" / "test-ar.tsv", "neutral\nentailment\n");
  write_file(f.pred / "xnli" / "test-ar.tsv", "neutral\nmaybe\n");
  EXPECT_EQ(run_command(f.command(), &out), 1) << out;
  EXPECT_NE(out.find("xnli/test-ar.tsv:2: prediction 'maybe' is not a xnli label"), std::string::npos) << out;
}

TEST(ScoreCliTest, LineCountMismatchFailsWithBothCounts) {
  ScoreFolders f;
  write_file(f.pred / "xnli" / "test-bg.tsv", "neutral\n");
  std::string out;
  int rc = run_command(f.command(), &out);
  EXPECT_EQ(rc, 1) << out;
  EXPECT_NE(out.find("xlfuse: error:"), std::string::npos) << out;
  EXPECT_NE(out.find("has 1 lines but"), std::string::npos) << out;
  EXPECT_NE(out.find("has 2 lines"), std::string::npos) << out;
}

TEST(ScoreCliTest, BadOptionsAreUsageErrors) {
  ScoreFolders f;
  std::string out;
  EXPECT_EQ(run_command(f.command("--benchmark xtreme3"), &out), 2) << out;
  EXPECT_NE(out.find("expected one of xtreme, xtreme-r"), std::string::npos) << out;
  EXPECT_EQ(run_command(f.command("--seqeval 1.2.2"), &out), 2) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " score --labels " + q(f.label), &out), 2) << out;
}

TEST(ScoreCliTest, MissingFolderIsAnError) {
  ScoreFolders f;
  std::string out;
  int rc = run_command(xlfuse_binary() + " score --predictions " + q(f.dir / "nope") + " --labels " + q(f.label), &out);
  EXPECT_EQ(rc, 1) << out;
  EXPECT_NE(out.find("is not a folder"), std::string::npos) << out;
}

}  // namespace
}  // namespace xlfuse::test
