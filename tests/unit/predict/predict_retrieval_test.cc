// Retrieval in predict: BUCC margin mining and threshold tuning, LAReQA's multilingual pool,
// Mewsli-X rankings, on hand-made embeddings and the in-repo fixtures.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "predict_test_utils.h"
#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/eval/retrieval.h"
#include "xlfuse/eval/submission.h"
#include "xlfuse/decode/bucc_mining.h"
#include "xlfuse/predict/predict.h"
#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::predict {
namespace {

namespace fs = std::filesystem;
using namespace predict_testing;

TEST(MineBitext, RatioMarginPicksMutualPairsOnce) {
  // Source 0 ~ target 1, source 1 ~ target 0; source 2 is close to target 0 as well but less so.
  const std::vector<float> src = {0.0f, 1.0f, 1.0f, 0.0f, 0.9f, 0.1f};
  const std::vector<float> tgt = {1.0f, 0.0f, 0.0f, 1.0f};
  const auto mined = decode::mine_bitext(src, 3, tgt, 2, 2, /*neighbours=*/1);
  ASSERT_EQ(mined.size(), 2u);  // target 0 is used once
  std::set<std::pair<size_t, size_t>> pairs;
  for (const auto& m : mined) pairs.insert({m.source, m.target});
  EXPECT_TRUE(pairs.count({0, 1}));
  EXPECT_TRUE(pairs.count({1, 0}));
  EXPECT_GE(mined[0].score, mined[1].score);  // best first
  // k = 1: the margin of a pair of mutual nearest neighbours is cos / ((cos + cos) / 2) = 1.
  EXPECT_NEAR(mined[0].score, 1.0, 1e-6);
}

TEST(BuccOptimize, ThresholdBetweenBestF1AndNext) {
  const std::set<std::string> gold = {"a\t1", "b\t2"};
  // Sorted: a(0.9, correct) b(0.8, correct) c(0.5, wrong) -> best F1 after b: threshold (0.8+0.5)/2.
  EXPECT_DOUBLE_EQ(decode::bucc_optimize_threshold({{"c\t3", 0.5}, {"a\t1", 0.9}, {"b\t2", 0.8}}, gold), 0.65);
  EXPECT_DOUBLE_EQ(decode::bucc_optimize_threshold({{"c\t3", 0.5}}, gold), 0.0);  // nothing correct
}

class PredictRetrievalFixtures : public ::testing::Test {
 protected:
  fs::path encoder() {
    const fs::path dir = tmp_ / "encoder";
    if (!fs::exists(dir))
      write_model_folder(dir, "sequence_classification", "xnli", tiny_dir() / "vocab.txt", /*with_info=*/false);
    return dir;
  }
  PredictOptions options(const std::string& task, const std::string& langs, const std::string& split = "") {
    PredictOptions o;
    o.model_dir = encoder().string();
    o.task = task;
    o.langs = langs;
    o.split = split;
    o.data_dir = fixtures().string();
    o.out_dir = (tmp_ / "out").string();
    o.threads = 1;
    o.evaluate.retrieval_layer = 1;
    return o;
  }
  test::TempDir tmp_;
};

TEST_F(PredictRetrievalFixtures, BuccDevTunesOnItsGoldAndTestUsesTheDevThreshold) {
  const PredictResult dev = run_predict(options("bucc2018", "de", "dev"));
  EXPECT_EQ(dev.split, "dev");
  ASSERT_EQ(dev.languages.size(), 1u);
  ASSERT_TRUE(dev.languages[0].scored);
  EXPECT_EQ(dev.languages[0].evaluation.metric, "f1");
  // Same as `xlfuse score` of the written pairs against the gold file.
  const auto p = eval::read_label_lines(dev.languages[0].prediction_file);
  const auto g = eval::read_label_lines((fixtures() / "bucc2018" / "de-en.dev.gold").string());
  EXPECT_DOUBLE_EQ(eval::bucc_scores(g, p).f1, dev.languages[0].evaluation.value);
  for (const auto& line : p) EXPECT_EQ(line.rfind("de-", 0), 0u) << line;

  const PredictResult test = run_predict(options("bucc2018", "de", "test"));
  ASSERT_EQ(test.languages.size(), 1u);
  EXPECT_FALSE(test.languages[0].scored);  // test gold is not distributed
  EXPECT_TRUE(fs::exists(test.languages[0].prediction_file));

  // Without dev gold there is no threshold.
  test::TempDir data;
  fs::create_directories(data.path() / "bucc2018");
  for (const char* f : {"de-en.test.de", "de-en.test.en"})
    fs::copy_file(fixtures() / "bucc2018" / f, data.path() / "bucc2018" / f);
  PredictOptions o = options("bucc2018", "de", "test");
  o.data_dir = data.path().string();
  o.out_dir = (tmp_ / "out2").string();
  XLFUSE_EXPECT_THROW_WITH(run_predict(o), IoError, "de-en.dev.gold");
}

TEST_F(PredictRetrievalFixtures, LareqaRanksOneMultilingualPool) {
  const PredictResult r = run_predict(options("lareqa", "en,de"));
  ASSERT_EQ(r.languages.size(), 2u);
  std::set<std::string> languages_ranked;
  for (const auto& l : r.languages) {
    ASSERT_TRUE(l.scored) << l.lang;
    EXPECT_EQ(l.evaluation.metric, "map@20");
    const auto rankings = eval::read_ranking_json(l.prediction_file);
    EXPECT_EQ(static_cast<int64_t>(rankings.size()), l.examples);
    for (const auto& [q, ranked] : rankings)
      for (const auto& c : ranked) languages_ranked.insert(c.substr(0, c.find('_')));
    EXPECT_TRUE(fs::exists(l.raw_file));
  }
  // Candidates of both languages appear in the rankings: one pool.
  EXPECT_TRUE(languages_ranked.count("en"));
  EXPECT_TRUE(languages_ranked.count("de"));
  const auto scores = nlohmann::json::parse(test::read_file(tmp_ / "out" / "scores.json"));
  EXPECT_EQ(scores.at("tasks").at("lareqa").at("languages").size(), 2u);
}

TEST_F(PredictRetrievalFixtures, MewslixRanksEntities) {
  const PredictResult r = run_predict(options("mewslix", "en", "dev"));
  EXPECT_EQ(r.split, "dev");
  ASSERT_EQ(r.languages.size(), 1u);
  const auto& l = r.languages[0];
  ASSERT_TRUE(l.scored);
  const auto rankings = eval::read_ranking_json(l.prediction_file);
  const auto gold = eval::read_ranking_json((fixtures() / "mewslix" / "wikinews_labels" / "dev-en.json").string());
  EXPECT_EQ(rankings.size(), gold.size());
  EXPECT_DOUBLE_EQ(eval::mewslix_mrr_at_k(gold, rankings).value, l.evaluation.value);
}

}  // namespace
}  // namespace xlfuse::predict
