#include "xlfuse/data/qa_readers.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/data/text_file.h"

namespace xlfuse::data {
namespace {
namespace fs = std::filesystem;

fs::path fixture(const std::string& rel) { return test::test_data_dir() / "data" / rel; }
fs::path xtreme(const std::string& rel) { return test::shared_dir() / "data/xtreme" / rel; }

TEST(SquadJsonTest, AnswerStartIsInCodePoints) {
  bool labelled = false;
  auto ex = read_squad_json(fixture("xquad/xquad.en.json"), &labelled);
  ASSERT_EQ(ex.size(), 3u);
  EXPECT_TRUE(labelled);
  EXPECT_EQ(ex[0].title, "Zoë");
  EXPECT_EQ(ex[0].answers[0].text, "Köln");
  // "Zoë moved to Köln": code point 13, byte 14.
  EXPECT_EQ(ex[0].answers[0].answer_start, 13);
  for (const auto& e : ex)
    for (const auto& a : e.answers)
      EXPECT_EQ(substr_code_points(e.context, a.answer_start,
                                   a.answer_start + static_cast<int64_t>(code_point_count(a.text)), "t"),
                a.text);
  EXPECT_EQ(ex[1].answers.size(), 2u);
}

TEST(SquadJsonTest, Squad2ImpossibleWithPlausibleAnswers) {
  auto ex = read_squad_json(fixture("squad2/dev-v2.0.json"), nullptr);
  ASSERT_EQ(ex.size(), 2u);
  EXPECT_FALSE(ex[0].is_impossible);
  EXPECT_TRUE(ex[1].is_impossible);
  EXPECT_TRUE(ex[1].answers.empty());
  ASSERT_EQ(ex[1].plausible_answers.size(), 1u);
  EXPECT_EQ(ex[1].plausible_answers[0].text, "Köln");
}

TEST(SquadJsonTest, BlankedAnswersMeanUnlabelled) {
  bool labelled = true;
  auto ex = read_squad_json(fixture("tydiqa/tydiqa.goldp.sw.dev.json"), &labelled);
  ASSERT_EQ(ex.size(), 2u);
  EXPECT_FALSE(labelled);
  EXPECT_TRUE(ex[0].answers.empty());
}

TEST(SquadJsonTest, SyntaxErrorGivesFileAndLine) {
  XLFUSE_EXPECT_THROW_WITH(read_squad_json(fixture("broken/squad_syntax_error.json"), nullptr), FormatError,
                           "squad_syntax_error.json:7: invalid JSON");
}

TEST(SquadJsonTest, MissingFieldNamesJsonPath) {
  XLFUSE_EXPECT_THROW_WITH(read_squad_json(fixture("broken/squad_missing_question.json"), nullptr), FormatError,
                           "data[0].paragraphs[0].qas[1]: missing field 'question'");
}

// Question counts from python: sum(len(p['qas']) for a in data for p in a['paragraphs']).
TEST(SquadJsonTest, RealXquadMlqaTydiqa) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/xquad");
  for (const char* lang : {"ar", "de", "el", "en", "es", "hi", "ro", "ru", "th", "tr", "vi", "zh"}) {
    bool labelled = false;
    auto ex = read_squad_json(xtreme(fmt::format("xquad/xquad.{}.json", lang)), &labelled);
    EXPECT_EQ(ex.size(), 1190u) << lang;
    EXPECT_TRUE(labelled) << lang;
  }
  const std::vector<std::pair<const char*, size_t>> mlqa = {{"ar", 517}, {"de", 512}, {"en", 1148}, {"es", 500},
                                                            {"hi", 507}, {"vi", 511}, {"zh", 504}};
  for (const auto& [lang, n] : mlqa)
    EXPECT_EQ(read_squad_json(xtreme(fmt::format("mlqa/MLQA_V1/dev/dev-context-{0}-question-{0}.json", lang)), nullptr).size(), n)
        << lang;
  bool labelled = false;
  auto train = read_squad_json(xtreme("tydiqa/tydiqa.goldp.en.train.json"), &labelled);
  EXPECT_EQ(train.size(), 3696u);
  EXPECT_TRUE(labelled);
  auto dev_sw = read_squad_json(xtreme("tydiqa/tydiqa.goldp.sw.dev.json"), &labelled);
  EXPECT_EQ(dev_sw.size(), 499u);
  EXPECT_FALSE(labelled);  // XTREME blanks the dev answers
  EXPECT_EQ(dev_sw[0].id, "swahili--8211684794284159625-4");
  EXPECT_EQ(read_squad_json(xtreme("tydiqa/tydiqa.goldp.en.dev.json"), nullptr).size(), 440u);
  // Every real XQuAD-de answer text sits at its code-point answer_start.
  auto de = read_squad_json(xtreme("xquad/xquad.de.json"), nullptr);
  size_t checked = 0;
  for (const auto& e : de)
    for (const auto& a : e.answers) {
      EXPECT_EQ(substr_code_points(e.context, a.answer_start,
                                   a.answer_start + static_cast<int64_t>(code_point_count(a.text)), e.id),
                a.text);
      ++checked;
    }
  EXPECT_EQ(checked, 1190u);
}

}  // namespace
}  // namespace xlfuse::data
