// MLQA's language-aware normalisation; expected strings derived by hand from evaluate_mlqa.py.
#include "xlfuse/eval/mlqa.h"

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::eval {
namespace {

TEST(MlqaMetricsTest, ChineseMixedSegmentation) {
  // Every char in U+4E00..U+9FA5 is a token; other runs split on whitespace.
  EXPECT_EQ(mlqa_mixed_segmentation("北京大学abc def"),
            (std::vector<std::string>{"北", "京", "大", "学", "abc", "def"}));
  // '，' (U+FF0C, Po) is removed first; then one token per character.
  EXPECT_EQ(mlqa_normalize_answer("北京，大学", "zh"), "北 京 大 学");
  // pred 4 tokens, gold 2, common 2: P = 1/2, R = 1, F1 = 2/3. SQuAD's whitespace split sees
  // two different single tokens: F1 0.
  EXPECT_NEAR(mlqa_f1("北京大学", "北京", "zh"), 2.0 / 3.0, 1e-15);
  EXPECT_DOUBLE_EQ(squad_f1("北京大学", "北京"), 0.0);
}

TEST(MlqaMetricsTest, SpanishAndGermanArticles) {
  EXPECT_EQ(mlqa_normalize_answer("El perro de la casa", "es"), "perro de casa");
  EXPECT_DOUBLE_EQ(mlqa_exact_match("los perros", "Perros", "es"), 1.0);
  // English articles only for en: 'los' stays.
  EXPECT_DOUBLE_EQ(mlqa_exact_match("los perros", "Perros", "en"), 0.0);
  EXPECT_EQ(mlqa_normalize_answer("Der Hund und die Katze", "de"), "hund und katze");
  EXPECT_EQ(mlqa_normalize_answer("Dieser Hund", "de"), "dieser hund");
  EXPECT_EQ(mlqa_normalize_answer("của tôi", "vi"), "tôi");
  EXPECT_EQ(mlqa_normalize_answer("the a", "hi"), "the a");  // no articles for hi
}

TEST(MlqaMetricsTest, UnicodePunctuationIsRemoved) {
  // « » are Pi/Pf: removed by MLQA (not by SQuAD, see squad_test).
  EXPECT_EQ(mlqa_normalize_answer("«Hola»", "es"), "hola");
  EXPECT_EQ(mlqa_normalize_answer("a+b", "hi"), "ab");  // '+' is in string.punctuation
}

TEST(MlqaMetricsTest, ArabicRemovesEveryAlLam) {
  // re.sub('\sال^|ال', ' ', s): the first alternative can never match ('^' after a consumed
  // character), so every "ال" becomes a space, even inside a word.
  EXPECT_EQ(mlqa_normalize_answer("الكتاب", "ar"), "كتاب");
  EXPECT_EQ(mlqa_normalize_answer("مال", "ar"), "م");
  // "الطالب" = ا ل ط ا ل ب holds "ال" twice: at the start and inside "طالب" -> " ط ب".
  EXPECT_EQ(mlqa_normalize_answer("كتاب الطالب", "ar"), "كتاب ط ب");
  // "ال" in the middle splits the word into two tokens: "فالكتاب" -> "ف كتاب".
  EXPECT_EQ(mlqa_normalize_answer("فالكتاب", "ar"), "ف كتاب");
  EXPECT_DOUBLE_EQ(mlqa_exact_match("الكتاب", "كتاب", "ar"), 1.0);
}

TEST(MlqaMetricsTest, EvaluateAveragesOverQuestions) {
  // q1: EM 1 F1 1 (article removed in es); q2: pred "北京大学" vs gold "北京" is not zh here
  // (es): whitespace tokens differ -> 0/0. EM = F1 = 50.
  std::vector<QaQuestion> qs = {{"q1", {"la casa"}}, {"q2", {"北京"}}};
  QaScores s = mlqa_evaluate(qs, {{"q1", "Casa"}, {"q2", "北京大学"}}, "es");
  EXPECT_DOUBLE_EQ(s.exact_match, 50.0);
  EXPECT_DOUBLE_EQ(s.f1, 50.0);
}

TEST(MlqaMetricsTest, UnknownLanguageIsRejected) {
  XLFUSE_EXPECT_THROW_WITH(mlqa_normalize_answer("x", "fr"), ConfigError, "en es de ar hi vi zh");
}

}  // namespace
}  // namespace xlfuse::eval
