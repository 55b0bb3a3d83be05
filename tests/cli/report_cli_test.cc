// `xlfuse report` on a small synthetic study made in a TempDir.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "report_study_fixture.h"
#include "test_utils.h"

namespace xlfuse::test {
namespace {

namespace fs = std::filesystem;
using report_fixture::StandardStudy;

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

TEST(ReportCliTest, PrintsTheComparisonAndWritesTheReportIntoTheStudy) {
  TempDir dir;
  StandardStudy study(dir.path());
  std::string out;
  ASSERT_EQ(run_command(xlfuse_binary() + " report " + q(dir.path()) + " 2>/dev/null", &out), 0) << out;
  EXPECT_NE(out.find("| task | split | metric | ensemble | dev-chosen member |"), std::string::npos) << out;
  EXPECT_NE(out.find("| xcopa | test | accuracy | ensemble mean-prob (uniform) of {mnli, none, siqa} | siqa | 58.33 | "
                     "61.00 | +2.67 [+1.92, +3.42] (95%) | 3/0/0 | 59.67 | 3 |"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("report: " + (dir / "report.html").string()), std::string::npos) << out;
  for (const char* name : {"report.html", "results.sqlite", "report.md", "report.csv", "report.json"})
    EXPECT_TRUE(fs::is_regular_file(dir / name)) << name;
  const auto j = nlohmann::json::parse(read_file(dir / "report.json"));
  EXPECT_EQ(j["comparisons"][0]["dev_chosen_member"], "siqa");
}

TEST(ReportCliTest, OutPutsTheFilesElsewhere) {
  TempDir dir;
  StandardStudy study(dir / "study");
  std::string out;
  ASSERT_EQ(run_command(xlfuse_binary() + " report " + q(dir / "study") + " --out " + q(dir / "out") + " 2>&1", &out),
            0)
      << out;
  EXPECT_TRUE(fs::is_regular_file(dir / "out" / "report.html"));
  EXPECT_TRUE(fs::is_regular_file(dir / "out" / "results.sqlite"));
  EXPECT_FALSE(fs::exists(dir / "study" / "report.html"));
  std::string sql;
  ASSERT_EQ(run_command("sqlite3 " + q(dir / "out" / "results.sqlite") +
                            " \"SELECT COUNT(*) FROM systems WHERE kind = 'oracle member'\" 2>&1",
                        &sql),
            0)
      << sql;  // the sqlite3 shell (Debian's sqlite3) reads the database
  EXPECT_EQ(sql, "1\n");
}

TEST(ReportCliTest, MalformedEnsembleJsonFailsNamingFileAndFieldAndWritesNothing) {
  TempDir dir;
  StandardStudy study(dir / "study");
  nlohmann::json e = StandardStudy::ensemble();
  e["mean"].erase("best_member");
  report_fixture::write_json(study.ensemble_dir / "ensemble.json", e);
  std::string out;
  EXPECT_EQ(run_command(xlfuse_binary() + " report " + q(dir / "study") + " --out " + q(dir / "out") + " 2>&1", &out),
            1)
      << out;
  EXPECT_NE(out.find("xlfuse: error: "), std::string::npos) << out;
  EXPECT_NE(
      out.find((study.ensemble_dir / "ensemble.json").string() + ": field \"mean.best_member\": expected a number, "
                                                                 "found nothing"),
      std::string::npos)
      << out;
  EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST(ReportCliTest, UsageAndMissingFolderErrors) {
  TempDir dir;
  std::string out;
  EXPECT_EQ(run_command(xlfuse_binary() + " report 2>&1", &out), 2) << out;
  EXPECT_NE(out.find("study_dir is required"), std::string::npos) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " report " + q(dir / "nope") + " 2>&1", &out), 1) << out;
  EXPECT_NE(out.find("study folder " + (dir / "nope").string() + " is not a folder"), std::string::npos) << out;
  EXPECT_EQ(run_command(xlfuse_binary() + " report --help", &out), 0) << out;
  EXPECT_NE(out.find("--out"), std::string::npos) << out;
}

}  // namespace
}  // namespace xlfuse::test
