// The task registry against the counts of docs (xtreme-facts 3.1) and the shared Tatoeba data,
// and the aggregation rules of evaluate.py.
#include "xlfuse/eval/xtreme_score.h"

#include <filesystem>
#include <set>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::eval {
namespace {

size_t n_langs(Benchmark b, const char* task) {
  const TaskInfo* t = benchmark_info(b).find(task);
  return t ? t->languages.size() : 0;
}

TEST(XtremeScoreTest, LanguageCountsPerTask) {
  using B = Benchmark;
  EXPECT_EQ(benchmark_info(B::Xtreme).tasks.size(), 9u);
  EXPECT_EQ(n_langs(B::Xtreme, "xnli"), 15u);
  EXPECT_EQ(n_langs(B::Xtreme, "pawsx"), 7u);
  EXPECT_EQ(n_langs(B::Xtreme, "udpos"), 33u);
  EXPECT_EQ(n_langs(B::Xtreme, "panx"), 40u);
  EXPECT_EQ(n_langs(B::Xtreme, "xquad"), 11u);
  EXPECT_EQ(n_langs(B::Xtreme, "mlqa"), 7u);
  EXPECT_EQ(n_langs(B::Xtreme, "tydiqa"), 9u);
  EXPECT_EQ(n_langs(B::Xtreme, "bucc2018"), 4u);
  EXPECT_EQ(n_langs(B::Xtreme, "tatoeba"), 36u);
  EXPECT_EQ(benchmark_info(B::XtremeR).tasks.size(), 10u);
  EXPECT_EQ(n_langs(B::XtremeR, "xcopa"), 11u);
  EXPECT_EQ(n_langs(B::XtremeR, "udpos"), 38u);
  EXPECT_EQ(n_langs(B::XtremeR, "panx"), 48u);
  EXPECT_EQ(n_langs(B::XtremeR, "xquad"), 12u);
  EXPECT_EQ(n_langs(B::XtremeR, "tatoeba"), 41u);
  EXPECT_EQ(n_langs(B::XtremeR, "mewslix"), 11u);
  EXPECT_EQ(n_langs(B::XtremeR, "pawsx"), 0u);     // dropped
  EXPECT_EQ(n_langs(B::XtremeR, "bucc2018"), 0u);  // dropped
  EXPECT_FALSE(benchmark_info(B::XtremeR).find("lareqa")->in_official_score);
}

TEST(XtremeScoreTest, LanguageUnions) {
  // xtreme-facts 3.1: XTREME covers 40 languages, XTREME-R 50.
  for (auto [b, expected] : {std::pair{Benchmark::Xtreme, 40u}, std::pair{Benchmark::XtremeR, 50u}}) {
    std::set<std::string> all;
    for (const auto& t : benchmark_info(b).tasks)
      if (t.in_official_score) all.insert(t.languages.begin(), t.languages.end());
    EXPECT_EQ(all.size(), expected) << to_string(b);
  }
}

TEST(XtremeScoreTest, TatoebaLanguagesMatchTheSharedData) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/tatoeba");
  std::set<std::string> on_disk;
  for (const auto& e : std::filesystem::directory_iterator(test::shared_dir() / "data/xtreme/tatoeba")) {
    std::string name = e.path().filename().string();  // {l}-en.{l}
    auto dash = name.find("-en.");
    if (dash != std::string::npos && name.substr(dash + 4) == name.substr(0, dash)) on_disk.insert(name.substr(0, dash));
  }
  const auto& r = benchmark_info(Benchmark::XtremeR).find("tatoeba")->languages;
  EXPECT_EQ(on_disk, std::set<std::string>(r.begin(), r.end()));
  const auto& x = benchmark_info(Benchmark::Xtreme).find("tatoeba")->languages;
  std::set<std::string> expected = on_disk;
  for (const char* l : {"az", "lt", "pl", "uk", "ro"}) expected.erase(l);
  EXPECT_EQ(std::set<std::string>(x.begin(), x.end()), expected);
}

TEST(XtremeScoreTest, AvgMetricRules) {
  const auto& x = benchmark_info(Benchmark::Xtreme);
  // QA: (EM + F1) / 2 = (40 + 60) / 2.
  EXPECT_DOUBLE_EQ(*avg_metric(*x.find("xquad"), {{kExactMatch, 40.0}, {kF1, 60.0}}), 50.0);
  // Tagging: F1 even with precision/recall present.
  EXPECT_DOUBLE_EQ(*avg_metric(*x.find("udpos"), {{kF1, 70.0}, {kPrecision, 10.0}, {kRecall, 5.0}}), 70.0);
  EXPECT_DOUBLE_EQ(*avg_metric(*x.find("xnli"), {{kAccuracy, 65.0}}), 65.0);
  const auto& r = benchmark_info(Benchmark::XtremeR);
  EXPECT_DOUBLE_EQ(*avg_metric(*r.find("mewslix"), {{kMapAt20, 38.5}}), 38.5);
  EXPECT_FALSE(avg_metric(*x.find("xquad"), {{kF1, 60.0}}).has_value());
}

TEST(XtremeScoreTest, AveragesAreUnweightedMeansAndOverallNeedsAllTasks) {
  // Mean over languages: ((10 + 20 + 60) / 3 = 30); a metric only some languages have is
  // averaged over those.
  MetricValues avg = average_over_languages({{"a", {{kF1, 10.0}}}, {"b", {{kF1, 20.0}, {kAccuracy, 4.0}}}, {"c", {{kF1, 60.0}}}});
  EXPECT_DOUBLE_EQ(avg.at(kF1), 30.0);
  EXPECT_DOUBLE_EQ(avg.at(kAccuracy), 4.0);
  EXPECT_DOUBLE_EQ(*mean_if_complete({1.0, 2.0, 6.0}), 3.0);
  EXPECT_FALSE(mean_if_complete({1.0, std::nullopt}).has_value());
  EXPECT_FALSE(mean_if_complete({}).has_value());
}

TEST(XtremeScoreTest, BenchmarkNames) {
  EXPECT_EQ(parse_benchmark("xtreme-r"), Benchmark::XtremeR);
  EXPECT_EQ(to_string(Benchmark::Xtreme), "xtreme");
  XLFUSE_EXPECT_THROW_WITH(parse_benchmark("xtreme2"), ConfigError, "expected one of xtreme, xtreme-r");
}

}  // namespace
}  // namespace xlfuse::eval
