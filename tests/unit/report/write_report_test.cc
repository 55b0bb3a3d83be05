// write_report: the five files, their agreement, escaping of hostile names, self-containment,
// and that an error in the study leaves a previous report untouched.
#include "xlfuse/report/write_report.h"

#include <gtest/gtest.h>

#include "report_study_fixture.h"
#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/report/sqlite_db.h"

namespace xlfuse::report {
namespace {

namespace fs = std::filesystem;
using test::read_file;
using test::TempDir;
using namespace test::report_fixture;

ReportResult report_of(const fs::path& study, const fs::path& out = {}) {
  ReportOptions o;
  o.study_dir = study.string();
  o.out_dir = out.string();
  return write_report(o);
}

TEST(WriteReportTest, WritesTheFiveFilesIntoTheStudyByDefault) {
  TempDir dir;
  StandardStudy study(dir.path());
  const ReportResult r = report_of(dir.path());
  for (const auto& name : report_file_names()) EXPECT_TRUE(fs::is_regular_file(dir / name)) << name;
  EXPECT_EQ(r.html_file, (dir / "report.html").string());

  const std::string md = read_file(dir / "report.md");
  EXPECT_NE(md.find("## Ensembles against their members"), std::string::npos);
  EXPECT_NE(md.find("| ORACLE member of {mnli, none, siqa} (target labels): per language mnli, siqa | oracle member | "
                    "60.00 | 56.00 | 63.00 | 59.67 |"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("62.00 (Δ +2.00 [+0.50, +3.50])"), std::string::npos) << md;

  const std::string csv = read_file(dir / "report.csv");
  EXPECT_EQ(csv.rfind("system,kind,task,split,language,metric,value,low,high,note\n", 0), 0u);
  EXPECT_NE(csv.find("mnli,model,xcopa,test,ht,accuracy,56,,,\n"), std::string::npos) << csv;
  // Labels with commas are quoted (RFC 4180).
  EXPECT_NE(
      csv.find("\"ensemble mean-prob (uniform) of {mnli, none, siqa}\",ensemble,xcopa,test,ht,delta(accuracy),5,3.5,"
               "6.5,ensemble - dev-chosen member\n"),
      std::string::npos)
      << csv;
  EXPECT_NE(csv.find("none,model,xtreme-r,test,all,score,,,,incomplete: "), std::string::npos) << csv;

  const auto j = nlohmann::json::parse(read_file(dir / "report.json"));
  EXPECT_EQ(j["format"], "xlfuse.report");
  ASSERT_EQ(j["tasks"].size(), 1u);
  EXPECT_EQ(j["tasks"][0]["rows"].size(), 7u);
  EXPECT_DOUBLE_EQ(j["comparisons"][0]["ensemble_mean"].get<double>(), 61.0);
  EXPECT_EQ(j["xtreme_r"][0]["status"], "incomplete");
  EXPECT_TRUE(j["xtreme_r"][0]["score"].is_null());
  EXPECT_EQ(j["sweeps"][0]["rows"].size(), 3u);

  // The comparison the CLI prints is the markdown table's.
  EXPECT_NE(r.comparison_markdown.find("| xcopa | test | accuracy |"), std::string::npos);
}

TEST(WriteReportTest, HtmlIsSelfContainedAndHasEveryChart) {
  TempDir dir;
  StandardStudy study(dir.path());
  report_of(dir.path(), dir / "out");
  const std::string html = read_file(dir / "out" / "report.html");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  for (const char* chart : {"chart chart-bars", "chart chart-heatmap", "chart chart-scatter", "chart chart-lines"})
    EXPECT_NE(html.find(chart), std::string::npos) << chart;
  // Nothing is loaded from anywhere: no scripts, links, images, imports or URLs.
  for (const char* external : {"<script", "<link", "<img", "@import", "url(http", "http://", "https://", "src="})
    EXPECT_EQ(html.find(external), std::string::npos) << external;
  EXPECT_NE(html.find("ORACLE member of {mnli, none, siqa}"), std::string::npos);
  EXPECT_NE(html.find("class=\"kind-oracle-member\""), std::string::npos);
  EXPECT_NE(html.find("<td class=\"incomplete\""), std::string::npos);
  // The report folder is not the study: nothing there is scanned as part of the study.
  EXPECT_FALSE(fs::exists(dir / "report.html"));
}

TEST(WriteReportTest, HostileNamesAreEscapedEverywhere) {
  TempDir dir;
  const std::string evil = "<img src=x onerror=alert(1)>&\"'";
  write_model(dir / "models" / "evil", evil, {"<b>siqa</b>", evil});
  write_predictions(dir / "preds" / "evil", evil, accuracy({{"de", 50}, {"<i>x", 60}}), "models/evil", "hash-evil");
  report_of(dir.path());
  const std::string html = read_file(dir / "report.html");
  EXPECT_EQ(html.find(evil), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<b>siqa"), std::string::npos);
  EXPECT_EQ(html.find("<i>x"), std::string::npos);
  EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;"), std::string::npos);
  EXPECT_NE(html.find("&lt;b&gt;siqa&lt;/b&gt;"), std::string::npos);
  const std::string md = read_file(dir / "report.md");
  EXPECT_EQ(md.find("<img"), std::string::npos);
  EXPECT_NE(md.find("&lt;img src=x onerror=alert(1)&gt;&amp;\"'"), std::string::npos) << md;
  // The database keeps the name as it is (it is data, not markup).
  SqliteDb db((dir / "results.sqlite").string());
  EXPECT_EQ(db.query("SELECT task FROM models"), (std::vector<std::vector<std::string>>{{evil}}));
}

TEST(WriteReportTest, AnErrorLeavesThePreviousReportUntouched) {
  TempDir dir;
  StandardStudy study(dir.path());
  report_of(dir.path());
  std::map<std::string, std::string> before;
  for (const auto& name : report_file_names()) before[name] = read_file(dir / name);

  nlohmann::json e = StandardStudy::ensemble();
  e["languages"]["ht"]["disagreement"] = "high";
  write_json(study.ensemble_dir / "ensemble.json", e);
  XLFUSE_EXPECT_THROW_WITH(report_of(dir.path()), FormatError, "field \"languages.ht.disagreement\"");
  for (const auto& name : report_file_names()) EXPECT_EQ(read_file(dir / name), before[name]) << name;
  for (const auto& entry : fs::directory_iterator(dir.path()))
    EXPECT_EQ(entry.path().filename().string().find(".tmp"), std::string::npos) << entry.path();
}

TEST(WriteReportTest, RerunningRebuildsTheSameReport) {
  TempDir dir;
  StandardStudy study(dir.path());
  report_of(dir.path());
  const std::string html = read_file(dir / "report.html");
  const std::string csv = read_file(dir / "report.csv");
  report_of(dir.path());  // the first report's files are in the study now, and must not change it
  EXPECT_EQ(read_file(dir / "report.html"), html);
  EXPECT_EQ(read_file(dir / "report.csv"), csv);
}

}  // namespace
}  // namespace xlfuse::report
