// SQuAD v1.1 normalisation and scores; expected values worked out by hand in the comments.
#include "xlfuse/eval/squad.h"

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::eval {
namespace {

TEST(SquadMetricsTest, NormalisesCasePunctuationArticlesAndSpaces) {
  EXPECT_EQ(squad_normalize_answer("  The Quick,  brown fox!  "), "quick brown fox");
  // Only whole words: 'theatre' and 'another' keep their letters.
  EXPECT_EQ(squad_normalize_answer("Another theatre"), "another theatre");
  // Punctuation goes first, so "the-end" -> "theend" (no article left to remove).
  EXPECT_EQ(squad_normalize_answer("the-end"), "theend");
  // Python's \b is Unicode-aware: 'é' is a word character, so 'éthe' is one word.
  EXPECT_EQ(squad_normalize_answer("éthe the"), "éthe");
  // Only ASCII punctuation is removed by the SQuAD script.
  EXPECT_EQ(squad_normalize_answer("«Hola»"), "«hola»");
}

TEST(SquadMetricsTest, ArticleOnlyGoldGivesExactMatchButNoF1) {
  // Both normalise to "": EM compares equal strings (1), F1 has no common token (0).
  EXPECT_DOUBLE_EQ(squad_exact_match("A", "the"), 1.0);
  EXPECT_DOUBLE_EQ(squad_f1("A", "the"), 0.0);
}

TEST(SquadMetricsTest, TokenBagF1) {
  // pred tokens {cat, sat}, gold {cat, sat, down}: P = 1, R = 2/3, F1 = 0.8.
  EXPECT_NEAR(squad_f1("the cat sat", "a cat sat down"), 0.8, 1e-15);
  // Bags, not sets: pred "x x y", gold "x y y":
  // common = min(2,1) + min(1,2) = 2, P = R = 2/3, F1 = 2/3.
  EXPECT_NEAR(squad_f1("x x y", "x y y"), 2.0 / 3.0, 1e-15);
}

TEST(SquadMetricsTest, EvaluateTakesMaxOverGoldsAndCountsUnanswered) {
  // q1: golds "Paris" / "the city of Paris", pred "paris" -> EM 1, F1 1.
  // q2: gold "a", pred "The" -> EM 1, F1 0.
  // q3: no prediction -> 0, but counts.
  // EM = 100 * 2/3, F1 = 100 * 1/3.
  std::vector<QaQuestion> qs = {{"q1", {"Paris", "the city of Paris"}}, {"q2", {"a"}}, {"q3", {"x"}}};
  std::map<std::string, std::string> preds = {{"q1", "paris"}, {"q2", "The"}, {"zzz", "ignored"}};
  QaScores s = squad_evaluate(qs, preds);
  EXPECT_NEAR(s.exact_match, 200.0 / 3.0, 1e-12);
  EXPECT_NEAR(s.f1, 100.0 / 3.0, 1e-12);
  EXPECT_EQ(s.n_questions, 3u);
  EXPECT_EQ(s.n_unanswered, 1u);
}

TEST(SquadMetricsTest, QuestionsFromDatasetJson) {
  auto data = nlohmann::json::parse(R"([{"title": "t", "paragraphs": [{"context": "c",
      "qas": [{"id": "a1", "question": "?", "answers": [{"text": "x", "answer_start": 0}, {"text": "y", "answer_start": 0}]}]}]}])");
  auto qs = squad_questions(data, "f.json");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].id, "a1");
  EXPECT_EQ(qs[0].answers, (std::vector<std::string>{"x", "y"}));
  auto bad = nlohmann::json::parse(R"([{"paragraphs": [{"qas": [{"answers": []}]}]}])");
  XLFUSE_EXPECT_THROW_WITH(squad_questions(bad, "f.json"), FormatError, "f.json: data[0].paragraphs[0].qas[0]: missing field \"id\"");
}

TEST(SquadMetricsTest, QuestionWithoutGoldIsAnError) {
  XLFUSE_EXPECT_THROW_WITH(squad_evaluate({{"q", {}}}, {{"q", "x"}}), FormatError, "no gold answer");
}

}  // namespace
}  // namespace xlfuse::eval
