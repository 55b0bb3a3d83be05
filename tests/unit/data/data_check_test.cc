#include "xlfuse/data/data_check.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::data {
namespace {
namespace fs = std::filesystem;

const DataCheckEntry* find(const DataCheckReport& r, const std::string& task, const std::string& split,
                           const std::string& lang) {
  for (const auto& e : r.entries)
    if (e.task == task && e.split == split && e.lang == lang) return &e;
  return nullptr;
}

TEST(DataCheckTest, FixturesPresentMissingUnlabelled) {
  DataCheckOptions o;
  o.data_dir = test::test_data_dir() / "data";
  o.benchmark = Benchmark::Xtreme;
  DataCheckReport r = check_data(o);
  EXPECT_TRUE(r.ok());
  const auto* dev = find(r, "xnli", "dev", "en");
  ASSERT_NE(dev, nullptr);
  EXPECT_EQ(dev->status, DataStatus::Labelled);
  EXPECT_EQ(dev->examples, 5u);
  EXPECT_EQ(find(r, "xnli", "test", "en")->status, DataStatus::Unlabelled);
  const auto* missing_fr = find(r, "xnli", "", "fr");
  ASSERT_NE(missing_fr, nullptr);
  EXPECT_EQ(missing_fr->status, DataStatus::Missing);
  EXPECT_NE(missing_fr->detail.find("dev-fr.tsv"), std::string::npos) << missing_fr->detail;
  const auto* train = find(r, "xnli", "train", "en");
  ASSERT_NE(train, nullptr);
  EXPECT_EQ(train->status, DataStatus::Missing);
  EXPECT_EQ(find(r, "tydiqa", "dev", "sw")->status, DataStatus::Unlabelled);
  // Intermediate tasks whose folders exist are reported too.
  EXPECT_EQ(find(r, "siqa", "dev", "en")->examples, 2u);
  // XTREME-R instead: xcopa and mewslix are checked, pawsx is not.
  o.benchmark = Benchmark::XtremeR;
  DataCheckReport rr = check_data(o);
  EXPECT_NE(find(rr, "mewslix", "dev", "multi"), nullptr);
  EXPECT_EQ(find(rr, "pawsx", "dev", "en"), nullptr);
  const std::string text = rr.to_text();
  EXPECT_NE(text.find("mewslix (retrieval, map@20)"), std::string::npos);
  EXPECT_NE(text.find("summary: "), std::string::npos);
}

TEST(DataCheckTest, MalformedFileReportedWithFileAndLine) {
  test::TempDir dir;
  fs::create_directories(dir / "xnli");
  test::write_file(dir / "xnli/dev-en.tsv", "a\tb\tneutral\nonly one field\n");
  DataCheckOptions o;
  o.data_dir = dir.path();
  o.tasks = {"xnli"};
  DataCheckReport r = check_data(o);
  EXPECT_FALSE(r.ok());
  const auto* e = find(r, "xnli", "dev", "en");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, DataStatus::Malformed);
  EXPECT_NE(e->detail.find("dev-en.tsv:2: expected 3 tab-separated fields"), std::string::npos) << e->detail;
}

TEST(DataCheckTest, NotADirectoryIsAConfigError) {
  DataCheckOptions o;
  o.data_dir = "/nonexistent/xlfuse-data";
  XLFUSE_EXPECT_THROW_WITH(check_data(o), ConfigError, "/nonexistent/xlfuse-data");
}

// Every file of shared/data/xtreme parses; counts spot-checked against wc -l.
TEST(DataCheckTest, RealXtremeReadsCleanly) {
  XLFUSE_REQUIRE_SHARED("data/xtreme");
  DataCheckOptions o;
  o.data_dir = test::shared_dir() / "data/xtreme";
  o.benchmark = Benchmark::XtremeR;
  DataCheckReport r = check_data(o);
  for (const auto& e : r.entries) EXPECT_NE(e.status, DataStatus::Malformed) << e.detail;
  EXPECT_EQ(find(r, "xcopa", "val", "qu")->examples, 100u);
  EXPECT_EQ(find(r, "panx", "dev", "jv")->examples, 100u);
  EXPECT_EQ(find(r, "panx", "", "th")->status, DataStatus::Missing);  // no dev-th.tsv in this copy
  EXPECT_EQ(find(r, "mewslix", "", "ar")->status, DataStatus::Missing);
  EXPECT_EQ(find(r, "udpos", "test", "wo")->status, DataStatus::Labelled);  // test labels kept here
}

}  // namespace
}  // namespace xlfuse::data
