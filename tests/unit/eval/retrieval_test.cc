// Retrieval metrics with hits at known ranks; the arithmetic is in the comments.
#include "xlfuse/eval/retrieval.h"

#include <gtest/gtest.h>

#include "test_utils.h"

namespace xlfuse::eval {
namespace {

std::vector<std::string> others(int n, const std::string& prefix = "o") {
  std::vector<std::string> v;
  for (int i = 0; i < n; ++i) v.push_back(prefix + std::to_string(i));
  return v;
}

TEST(RetrievalTest, AveragePrecisionWithHitsAtKnownRanks) {
  // relevant {a, b, c}; hits at ranks 2 and 4: (1/2 + 2/4) / min(3, 20) = 1/3.
  EXPECT_NEAR(average_precision_at_k({"a", "b", "c"}, {"x", "a", "y", "b", "z"}), 1.0 / 3.0, 1e-15);
  // A hit at rank 21 is outside the top 20.
  auto ranked = others(20);
  ranked.push_back("a");
  EXPECT_DOUBLE_EQ(average_precision_at_k({"a"}, ranked), 0.0);
  // 25 relevant, the top 20 all relevant: 20 * 1 / min(25, 20) = 1.
  auto many = others(25, "r");
  EXPECT_DOUBLE_EQ(average_precision_at_k(std::set<std::string>(many.begin(), many.end()), many), 1.0);
  // A repeated candidate counts once: [a, a] with relevant {a, b}: (1/1) / 2.
  EXPECT_DOUBLE_EQ(average_precision_at_k({"a", "b"}, {"a", "a"}), 0.5);
}

TEST(RetrievalTest, LareqaMeanOverQuestions) {
  // q1: AP 1/3 (as above); q2: no prediction -> 0. mAP = (1/3 + 0) / 2 * 100.
  std::map<std::string, std::vector<std::string>> gold = {{"q1", {"a", "b", "c"}}, {"q2", {"d"}}};
  std::map<std::string, std::vector<std::string>> pred = {{"q1", {"x", "a", "y", "b", "z"}}};
  RankingScores s = lareqa_map_at_k(gold, pred);
  EXPECT_NEAR(s.value, 100.0 / 6.0, 1e-12);
  EXPECT_EQ(s.n_unpredicted, 1u);
}

TEST(RetrievalTest, MewslixMrrAt20) {
  // e1: gold at rank 3 -> 1/3; e2: gold " Q2 " is stripped, rank 1 -> 1; e3: gold at rank 21 -> 0;
  // e4: no prediction -> 0. MRR = (1/3 + 1) / 4 = 1/3 -> 33.33.
  auto e3 = others(20, "Q");
  e3.push_back("G3");
  std::map<std::string, std::vector<std::string>> gold = {{"e1", {"G1"}}, {"e2", {" G2 "}}, {"e3", {"G3"}}, {"e4", {"G4"}}};
  std::map<std::string, std::vector<std::string>> pred = {
      {"e1", {"x", "y", "G1", "G1"}}, {"e2", {"G2"}}, {"e3", e3}, {"extra", {"G1"}}};
  RankingScores s = mewslix_mrr_at_k(gold, pred);
  EXPECT_NEAR(s.value, 100.0 / 3.0, 1e-12);
  EXPECT_EQ(s.n_examples, 4u);
  EXPECT_EQ(s.n_unpredicted, 1u);
  EXPECT_EQ(s.n_unexpected, 1u);
  EXPECT_DOUBLE_EQ(reciprocal_rank_at_k("G3", e3), 0.0);
  EXPECT_DOUBLE_EQ(reciprocal_rank_at_k("G3", e3, 21), 1.0 / 21.0);
}

TEST(RetrievalTest, BuccSetPrf) {
  // gold {a-b, c-d, e-f}; predictions {a-b, c-x} (a-b twice counts once): correct 1,
  // P = 1/2, R = 1/3, F1 = 2*(1/6)/(5/6) = 0.4.
  PrfScores s = bucc_scores({"a\tb", "c\td", "e\tf"}, {"a\tb", "c\tx", "a\tb"});
  EXPECT_DOUBLE_EQ(s.precision, 50.0);
  EXPECT_NEAR(s.recall, 100.0 / 3.0, 1e-12);
  EXPECT_NEAR(s.f1, 40.0, 1e-12);
  PrfScores none = bucc_scores({"a\tb"}, {"c\td"});
  EXPECT_DOUBLE_EQ(none.f1, 0.0);
  EXPECT_DOUBLE_EQ(none.precision, 0.0);
}

}  // namespace
}  // namespace xlfuse::eval
