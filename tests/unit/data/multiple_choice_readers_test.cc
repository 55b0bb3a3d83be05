#include "xlfuse/data/multiple_choice_readers.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::data {
namespace {
namespace fs = std::filesystem;

fs::path fixture(const std::string& rel) { return test::test_data_dir() / "data" / rel; }
fs::path xtreme(const std::string& rel) { return test::shared_dir() / "data/xtreme" / rel; }

TEST(CopaJsonlTest, Fixture) {
  bool labelled = false;
  auto ex = read_copa_jsonl(fixture("xcopa/val-en.jsonl"), &labelled);
  ASSERT_EQ(ex.size(), 3u);
  EXPECT_TRUE(labelled);
  EXPECT_EQ(ex[1].context, "The road was wet.");
  EXPECT_EQ(ex[1].question, "cause");
  EXPECT_EQ(ex[1].choices[1], "It had rained.");
  EXPECT_EQ(ex[1].label.value(), 1);
}

TEST(CopaJsonlTest, BrokenJsonLineGivesFileAndLine) {
  XLFUSE_EXPECT_THROW_WITH(read_copa_jsonl(fixture("broken/xcopa_bad_json.jsonl"), nullptr), FormatError,
                           "xcopa_bad_json.jsonl:3: invalid JSON");
}

TEST(CopaJsonlTest, LabelOutOfRangeGivesFileAndLine) {
  XLFUSE_EXPECT_THROW_WITH(read_copa_jsonl(fixture("broken/xcopa_bad_label.jsonl"), nullptr), FormatError,
                           "xcopa_bad_label.jsonl:2: unknown label '2'");
}

// `wc -l xcopa/*.jsonl`: val 100 and test 500 per language, train-en 400.
TEST(CopaJsonlTest, RealXcopaEveryFile) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/xcopa");
  for (const char* lang : {"en", "et", "ht", "id", "it", "qu", "sw", "ta", "th", "tr", "vi", "zh"}) {
    EXPECT_EQ(read_copa_jsonl(xtreme(fmt::format("xcopa/val-{}.jsonl", lang)), nullptr).size(), 100u) << lang;
    EXPECT_EQ(read_copa_jsonl(xtreme(fmt::format("xcopa/test-{}.jsonl", lang)), nullptr).size(), 500u) << lang;
  }
  auto train = read_copa_jsonl(xtreme("xcopa/train-en.jsonl"), nullptr);
  ASSERT_EQ(train.size(), 400u);
  EXPECT_EQ(train[0].context, "My body cast a shadow over the grass.");
  EXPECT_EQ(train[0].choices[0], "The sun was rising.");
  EXPECT_EQ(train[0].label.value(), 0);
}

TEST(SiqaJsonlTest, CorrectFieldAndSeparateLabelsFile) {
  bool labelled = false;
  auto dev = read_siqa_jsonl(fixture("siqa/socialIQa_v1.4_dev.jsonl"), nullptr, &labelled);
  ASSERT_EQ(dev.size(), 2u);
  EXPECT_TRUE(labelled);
  EXPECT_EQ(dev[1].label.value(), 1);
  EXPECT_EQ(dev[1].choices[1], "go back for them");
  const fs::path labels = fixture("siqa/train-labels.lst");
  auto train = read_siqa_jsonl(fixture("siqa/train.jsonl"), &labels, &labelled);
  ASSERT_EQ(train.size(), 2u);
  EXPECT_EQ(train[0].label.value(), 0);
  EXPECT_EQ(train[1].label.value(), 1);
  auto unlabelled = read_siqa_jsonl(fixture("siqa/train.jsonl"), nullptr, &labelled);
  EXPECT_FALSE(labelled);
  EXPECT_FALSE(unlabelled[0].label.has_value());
}

TEST(SiqaJsonlTest, MissingAnswerGivesFileAndLine) {
  XLFUSE_EXPECT_THROW_WITH(read_siqa_jsonl(fixture("broken/siqa_missing_answer.jsonl"), nullptr, nullptr),
                           FormatError, "siqa_missing_answer.jsonl:3: missing field 'answerC'");
}

// `wc -l siqa/*.jsonl`: dev 1954, tst 2224 rows; SOURCES.md: every row has "correct".
TEST(SiqaJsonlTest, RealSiqa) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/siqa");
  bool labelled = false;
  auto dev = read_siqa_jsonl(xtreme("siqa/socialIQa_v1.4_dev.jsonl"), nullptr, &labelled);
  EXPECT_EQ(dev.size(), 1954u);
  EXPECT_TRUE(labelled);
  EXPECT_EQ(dev[0].choices[2], "Find somewhere to go");
  EXPECT_EQ(dev[0].label.value(), 2);  // "correct": "C"
  EXPECT_EQ(read_siqa_jsonl(xtreme("siqa/socialIQa_v1.4_tst.jsonl"), nullptr, nullptr).size(), 2224u);
}

TEST(CommonsenseQaJsonlTest, HfAndOriginalLayouts) {
  auto hf = read_commonsenseqa_jsonl(fixture("commonsenseqa/dev_rand_split.jsonl"), nullptr);
  ASSERT_EQ(hf.size(), 2u);
  EXPECT_EQ(hf[0].choices.size(), 5u);
  EXPECT_EQ(hf[0].label.value(), 1);
  auto orig = read_commonsenseqa_jsonl(fixture("commonsenseqa/train_rand_split.jsonl"), nullptr);
  ASSERT_EQ(orig.size(), 1u);
  EXPECT_EQ(orig[0].question, "What keeps you dry in the rain?");
  EXPECT_EQ(orig[0].choices[2], "umbrella");
  EXPECT_EQ(orig[0].label.value(), 2);
}

TEST(CommonsenseQaJsonlTest, UnknownAnswerKeyGivesFileAndLine) {
  XLFUSE_EXPECT_THROW_WITH(read_commonsenseqa_jsonl(fixture("broken/commonsenseqa_bad_key.jsonl"), nullptr),
                           FormatError, "commonsenseqa_bad_key.jsonl:3: unknown label 'F'; expected one of A, B, C, D, E");
}

// `wc -l commonsenseqa/dev_rand_split.jsonl` = 1221; first row answerKey "A".
TEST(CommonsenseQaJsonlTest, RealDev) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/commonsenseqa");
  bool labelled = false;
  auto dev = read_commonsenseqa_jsonl(xtreme("commonsenseqa/dev_rand_split.jsonl"), &labelled);
  EXPECT_EQ(dev.size(), 1221u);
  EXPECT_TRUE(labelled);
  EXPECT_EQ(dev[0].id, "1afa02df02c908a558b4036e80242fac");
  EXPECT_EQ(dev[0].choices[0], "bank");
  EXPECT_EQ(dev[0].label.value(), 0);
}

TEST(HellaswagJsonlTest, FixtureAndBrokenEndings) {
  auto ex = read_hellaswag_jsonl(fixture("hellaswag/hellaswag_val.jsonl"), nullptr);
  ASSERT_EQ(ex.size(), 2u);
  EXPECT_EQ(ex[0].id, "14");
  EXPECT_EQ(ex[0].context, "A man cracks eggs into a bowl.");
  EXPECT_EQ(ex[0].question, "he");
  EXPECT_EQ(ex[0].label.value(), 2);
  XLFUSE_EXPECT_THROW_WITH(read_hellaswag_jsonl(fixture("broken/hellaswag_bad_endings.jsonl"), nullptr),
                           FormatError, "hellaswag_bad_endings.jsonl:3: field 'endings' must be a non-empty array");
}

TEST(CosmosQaJsonlTest, FixtureAndBrokenLabel) {
  auto ex = read_cosmosqa_jsonl(fixture("cosmosqa/valid.jsonl"), nullptr);
  ASSERT_EQ(ex.size(), 2u);
  EXPECT_EQ(ex[0].choices.size(), 4u);
  EXPECT_EQ(ex[1].label.value(), 1);  // label written as a string "1"
  XLFUSE_EXPECT_THROW_WITH(read_cosmosqa_jsonl(fixture("broken/cosmosqa_bad_label.jsonl"), nullptr), FormatError,
                           "cosmosqa_bad_label.jsonl:3: unknown label '4'");
}

}  // namespace
}  // namespace xlfuse::data
