#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/data/features.h"
#include "xlfuse/data/multiple_choice_readers.h"

namespace xlfuse::data {
namespace {

text::BertTokenizer small_tokenizer() {
  return text::BertTokenizer(text::Vocab({"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "a", "b", "c",
                                          "the", "cat", "sat", ".", "?", "What", "was", "cause",
                                          "effect", "It", "rained", "wet"}));
}

size_t count_segment(const Feature& f, int32_t type) {
  size_t n = 0;
  for (size_t i = 0; i < f.length(); ++i)
    if (f.type_ids[i] == type) ++n;
  return n;
}

TEST(PairFeaturesTest, TruncationKeepsTotalAndTrimsLongerSideFirst) {
  const auto tok = small_tokenizer();
  std::vector<PairExample> ex = {{"x1", "a a a a a a a a", "b b", std::string("1")},
                                 {"x2", "a a", "b b b b b b b b", std::string("0")},
                                 {"x3", "a a a a a a", "b b b b b b", std::nullopt}};
  PairFeatureOptions o;
  o.max_seq_length = 8;  // room for 5 sub-words
  const auto f = pair_features(ex, tok, {"0", "1"}, o);
  ASSERT_EQ(f.size(), 3u);
  for (const Feature& x : f) {
    EXPECT_LE(x.length(), 8u);
    EXPECT_EQ(x.type_ids.size(), x.length());
    EXPECT_EQ(x.offsets.size(), x.length());
  }
  // The longer first segment lost tokens, the short second one kept both: [CLS] a a a [SEP] b b [SEP].
  EXPECT_EQ(f[0].length(), 8u);
  EXPECT_EQ(count_segment(f[0], 1), 3u);  // b b [SEP]
  EXPECT_EQ(f[0].input_ids[1], 5);
  EXPECT_EQ(f[0].input_ids[4], 3);  // [SEP] after three a's
  // Mirrored: the second segment is cut.
  EXPECT_EQ(count_segment(f[1], 0), 4u);  // [CLS] a a [SEP]
  EXPECT_EQ(count_segment(f[1], 1), 4u);  // b b b [SEP]
  // Both too long: split the room (5) as 2 + 3 (HF fast tokenizer's rule, shorter/first gets floor).
  EXPECT_EQ(f[2].length(), 8u);
  EXPECT_EQ(count_segment(f[2], 0), 4u);
  EXPECT_EQ(count_segment(f[2], 1), 4u);

  EXPECT_EQ(f[0].label, 1);
  EXPECT_EQ(f[1].label, 0);
  EXPECT_EQ(f[2].label, kIgnoreIndex);
  EXPECT_EQ(f[2].example_index, 2);
  // Without truncation: [CLS] the cat [SEP] a [SEP].
  const auto g = pair_features({{"y", "the cat", "a", std::string("0")}}, tok, {"0", "1"});
  EXPECT_EQ(g[0].input_ids, (std::vector<int32_t>{2, 8, 9, 3, 5, 3}));
  EXPECT_EQ(g[0].type_ids, (std::vector<int32_t>{0, 0, 0, 0, 1, 1}));
  EXPECT_EQ(g[0].offsets[2], (std::pair<size_t, size_t>{4, 7}));
}

TEST(PairFeaturesTest, UnknownLabelNamesLabelAndAllowedSet) {
  const auto tok = small_tokenizer();
  XLFUSE_EXPECT_THROW_WITH(
      pair_features({{"dev-7", "a", "b", std::string("contradictory")}}, tok,
                    {"contradiction", "entailment", "neutral"}),
      FormatError, "example 'dev-7': unknown label 'contradictory', expected one of [contradiction, entailment, neutral]");
  XLFUSE_EXPECT_THROW_WITH(pair_features({{"p9", "a", "b\xff", std::nullopt}}, tok, {"0"}), FormatError,
                           "example 'p9': invalid UTF-8");
  PairFeatureOptions bad;
  bad.max_seq_length = 2;
  XLFUSE_EXPECT_THROW_WITH(pair_features({}, tok, {"0"}, bad), ConfigError, "max_seq_length");
}

MultipleChoiceExample copa_example() {
  return {"copa-0", "The cat sat.", "cause", {"It rained.", "a b"}, 1};
}

TEST(MultipleChoiceFeaturesTest, TemplatesPerTask) {
  EXPECT_EQ(choice_template_for_task("xcopa"), ChoiceTemplate::Copa);
  EXPECT_EQ(choice_template_for_task("copa"), ChoiceTemplate::Copa);
  EXPECT_EQ(choice_template_for_task("siqa"), ChoiceTemplate::Siqa);
  EXPECT_EQ(choice_template_for_task("commonsenseqa"), ChoiceTemplate::CommonsenseQa);
  EXPECT_EQ(choice_template_for_task("hellaswag"), ChoiceTemplate::HellaSwag);
  EXPECT_EQ(choice_template_for_task("cosmosqa"), ChoiceTemplate::CosmosQa);
  XLFUSE_EXPECT_THROW_WITH(choice_template_for_task("xnli"), std::invalid_argument, "'xnli'");
  for (ChoiceTemplate t : {ChoiceTemplate::Copa, ChoiceTemplate::Siqa, ChoiceTemplate::CommonsenseQa,
                           ChoiceTemplate::HellaSwag, ChoiceTemplate::CosmosQa})
    EXPECT_EQ(choice_template_from_string(to_string(t)), t);
  XLFUSE_EXPECT_THROW_WITH(choice_template_from_string("swag"), std::invalid_argument, "'swag'");

  const auto copa = copa_example();
  EXPECT_EQ(choice_segments(copa, 0, ChoiceTemplate::Copa),
            (std::pair<std::string, std::string>{"The cat sat. What was the cause?", "It rained."}));
  MultipleChoiceExample m{"m", "Ctx here.", "Why?", {"one", "two"}, 0};
  EXPECT_EQ(choice_segments(m, 1, ChoiceTemplate::Siqa).first, "Ctx here. Why?");
  EXPECT_EQ(choice_segments(m, 1, ChoiceTemplate::Siqa).second, "two");
  EXPECT_EQ(choice_segments(m, 1, ChoiceTemplate::CosmosQa).first, "Ctx here. Why?");
  EXPECT_EQ(choice_segments(m, 0, ChoiceTemplate::CommonsenseQa),
            (std::pair<std::string, std::string>{"Why?", "one"}));
  EXPECT_EQ(choice_segments(m, 1, ChoiceTemplate::HellaSwag),
            (std::pair<std::string, std::string>{"Ctx here.", "Why? two"}));
  MultipleChoiceExample no_ctx_b{"h", "A man sits.", "", {"He stands."}, 0};
  EXPECT_EQ(choice_segments(no_ctx_b, 0, ChoiceTemplate::HellaSwag).second, "He stands.");
  EXPECT_THROW(choice_segments(m, 2, ChoiceTemplate::Siqa), std::out_of_range);
}

TEST(MultipleChoiceFeaturesTest, OneRowPerChoiceWithGoldLabelOnEveryRow) {
  const auto tok = small_tokenizer();
  std::vector<MultipleChoiceExample> ex = {copa_example(),
                                           {"copa-1", "It rained.", "effect", {"wet", "the cat"}, 0},
                                           {"copa-2", "a", "effect", {"b", "c"}, std::nullopt}};
  const auto f = multiple_choice_features(ex, tok, ChoiceTemplate::Copa);
  ASSERT_EQ(f.size(), 6u);
  for (size_t i = 0; i < f.size(); ++i) {
    EXPECT_EQ(f[i].example_index, static_cast<int64_t>(i / 2));
    EXPECT_EQ(f[i].choice, static_cast<int32_t>(i % 2));
  }
  EXPECT_EQ(f[0].label, 1);
  EXPECT_EQ(f[1].label, 1);
  EXPECT_EQ(f[2].label, 0);
  EXPECT_EQ(f[3].label, 0);
  EXPECT_EQ(f[4].label, kIgnoreIndex);
  // Row 0: [CLS] The(unk) cat sat . What was the cause ? [SEP] It rained . [SEP]
  const std::vector<int32_t> expected = {2, 1, 9, 10, 11, 13, 14, 8, 15, 12, 3, 17, 18, 11, 3};
  EXPECT_EQ(f[0].input_ids, expected);
  // Row 1 shares the first segment and ends with "a b".
  EXPECT_EQ(std::vector<int32_t>(f[1].input_ids.begin(), f[1].input_ids.begin() + 11),
            std::vector<int32_t>(expected.begin(), expected.begin() + 11));
  EXPECT_EQ(std::vector<int32_t>(f[1].input_ids.end() - 3, f[1].input_ids.end()),
            (std::vector<int32_t>{5, 6, 3}));

  MultipleChoiceFeatureOptions o;
  o.max_seq_length = 8;
  const auto cut = multiple_choice_features(ex, tok, ChoiceTemplate::Copa, o);
  ASSERT_EQ(cut.size(), f.size());
  for (size_t i = 0; i < cut.size(); ++i) {
    EXPECT_LE(cut[i].length(), 8u);
    // Longest-first: the long first segment pays; a choice of up to 2 tokens keeps them all.
    EXPECT_EQ(count_segment(cut[i], 1), std::min<size_t>(count_segment(f[i], 1), 3)) << "row " << i;
  }
}

TEST(MultipleChoiceFeaturesTest, RejectsBadLabelsAndRaggedChoices) {
  const auto tok = small_tokenizer();
  XLFUSE_EXPECT_THROW_WITH(
      multiple_choice_features({{"q1", "a", "cause", {"b", "c"}, 2}}, tok, ChoiceTemplate::Copa),
      FormatError, "q1");
  XLFUSE_EXPECT_THROW_WITH(multiple_choice_features({{"q1", "a", "cause", {"b", "c"}, 0},
                                                     {"q2", "a", "cause", {"b", "c", "a"}, 0}},
                                                    tok, ChoiceTemplate::Copa),
                           FormatError, "example 'q2' has 3 choices, expected 2");
}

TEST(MultipleChoiceFeaturesTest, RealXcopaRows) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/xcopa/val-en.jsonl");
  XLFUSE_REQUIRE_SHARED("data/mbert/vocab.txt");
  const auto tok = text::BertTokenizer(text::Vocab::load((test::shared_dir() / "data/mbert/vocab.txt").string()));
  bool labelled = false;
  const auto ex = read_copa_jsonl(test::shared_dir() / "data/xtreme/xcopa/val-en.jsonl", &labelled);
  ASSERT_FALSE(ex.empty());
  const auto f = multiple_choice_features(ex, tok, choice_template_for_task("xcopa"));
  ASSERT_EQ(f.size(), 2 * ex.size());
  const text::Vocab& v = tok.vocab();
  const int32_t what = v.find("What");
  ASSERT_GE(what, 0);
  for (size_t i = 0; i < f.size(); ++i) {
    EXPECT_LE(f[i].length(), 128u);
    // The template's "What was the" appears in the first segment of every row.
    const auto& ids = f[i].input_ids;
    EXPECT_NE(std::find(ids.begin(), ids.end(), what), ids.end()) << "row " << i;
    EXPECT_EQ(f[i].label, labelled ? *ex[i / 2].label : kIgnoreIndex);
  }
}

}  // namespace
}  // namespace xlfuse::data
