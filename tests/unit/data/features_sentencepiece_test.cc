// The task features with XLM-R's SentencePiece tokenizer: the input templates take their special
// tokens from the tokenizer (<s> a </s></s> b </s>, one token type), tagging pieces follow
// XTREME's sep_token_extra, and QA answers map to pieces through their offsets.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/data/features.h"
#include "xlfuse/data/mlm_blocks.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::data {
namespace {

constexpr const char* kModel = "golden/xlmr-tiny/model";
constexpr int32_t I = kIgnoreIndex;
constexpr int32_t kBos = 0, kEos = 2;

const text::Tokenizer& xlmr() {
  static const std::unique_ptr<const text::Tokenizer> tok = text::load_tokenizer((test::shared_dir() / kModel).string());
  return *tok;
}

std::vector<int32_t> ids_of(const std::string& text) {
  std::vector<int32_t> out;
  for (const auto& t : xlmr().tokenize(text)) out.push_back(t.id);
  return out;
}

std::vector<int32_t> concat(std::initializer_list<std::vector<int32_t>> parts) {
  std::vector<int32_t> out;
  for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

TEST(SentencePieceFeaturesTest, PairsUseTwoSeparatorsAndOneTokenType) {
  XLFUSE_REQUIRE_SHARED(kModel);
  const std::vector<PairExample> ex = {{"p0", "The cat sat.", "A dog ran away.", "entailment"}};
  const auto f = pair_features(ex, xlmr(), task_info("xnli").labels);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].input_ids, concat({{kBos}, ids_of("The cat sat."), {kEos, kEos}, ids_of("A dog ran away."), {kEos}}));
  EXPECT_EQ(f[0].type_ids, std::vector<int32_t>(f[0].input_ids.size(), 0));
  // Truncation keeps room for the four specials.
  PairFeatureOptions o;
  o.max_seq_length = 8;
  const auto cut = pair_features(ex, xlmr(), task_info("xnli").labels, o);
  EXPECT_EQ(cut[0].input_ids.size(), 8u);
  EXPECT_EQ(cut[0].input_ids.front(), kBos);
  EXPECT_EQ(cut[0].input_ids.back(), kEos);
}

TEST(SentencePieceFeaturesTest, TaggingEndsWithTwoSeparatorsAndSplitsAtMaxLenMinus3) {
  XLFUSE_REQUIRE_SHARED(kModel);
  const TaggingExample s{"s0", {"The", "cat", "sat", "down", "quietly"}, {"DET", "NOUN", "VERB", "ADP", "ADV"}};
  const auto& labels = task_info("udpos").labels;
  const auto f = tagging_features({s}, xlmr(), labels);
  ASSERT_EQ(f.size(), 1u);
  std::vector<int32_t> expected = {kBos};
  std::vector<int32_t> expected_labels = {I};
  size_t total = 0;
  for (size_t w = 0; w < s.words.size(); ++w) {
    const std::vector<int32_t> pieces = ids_of(s.words[w]);
    ASSERT_FALSE(pieces.empty());
    total += pieces.size();
    expected.insert(expected.end(), pieces.begin(), pieces.end());
    expected_labels.push_back(label_index(labels, s.tags[w], "test"));
    expected_labels.insert(expected_labels.end(), pieces.size() - 1, I);
  }
  expected.insert(expected.end(), {kEos, kEos});
  expected_labels.insert(expected_labels.end(), {I, I});
  EXPECT_EQ(f[0].input_ids, expected);
  EXPECT_EQ(f[0].token_labels, expected_labels);

  // A budget of max_seq_length - 3 sub-words per piece: every piece fits and ends with </s></s>.
  TaggingFeatureOptions o;
  o.max_seq_length = static_cast<int>(total) + 2;  // one sub-word short of one piece
  const auto split = tagging_features({s}, xlmr(), labels, o);
  ASSERT_GE(split.size(), 2u);
  for (const auto& piece : split) {
    EXPECT_LE(piece.input_ids.size(), static_cast<size_t>(o.max_seq_length));
    ASSERT_GE(piece.input_ids.size(), 4u);
    EXPECT_EQ(piece.input_ids[piece.input_ids.size() - 1], kEos);
    EXPECT_EQ(piece.input_ids[piece.input_ids.size() - 2], kEos);
  }
}

TEST(SentencePieceFeaturesTest, QaWindowsUseTheRobertaTemplateAndFindTheAnswer) {
  XLFUSE_REQUIRE_SHARED(kModel);
  QaExample ex;
  ex.id = "q0";
  ex.question = "Where did the cat sit?";
  ex.context = "The cat sat on the mat in the kitchen.";
  ex.answers = {{"the mat", 15}};
  ASSERT_EQ(ex.context.substr(15, 7), "the mat");
  const auto f = qa_features({ex}, xlmr());
  ASSERT_EQ(f.size(), 1u);
  const std::vector<int32_t> q = ids_of(ex.question);
  const std::vector<int32_t> doc = ids_of(ex.context);
  EXPECT_EQ(f[0].input_ids, concat({{kBos}, q, {kEos, kEos}, doc, {kEos}}));
  EXPECT_EQ(f[0].type_ids, std::vector<int32_t>(f[0].input_ids.size(), 0));
  // The gold span's pieces cover exactly "the mat" (offsets into the context, without the
  // word-start marker's space).
  ASSERT_GT(f[0].start_position, 0);
  const auto begin = f[0].offsets[static_cast<size_t>(f[0].start_position)].first;
  const auto end = f[0].offsets[static_cast<size_t>(f[0].end_position)].second;
  EXPECT_EQ(ex.context.substr(begin, end - begin), "the mat");
  EXPECT_EQ(f[0].is_context[q.size() + 3], 1);  // the first document piece
  EXPECT_EQ(f[0].is_context[q.size() + 2], 0);  // the second </s>
}

TEST(SentencePieceFeaturesTest, MlmBlocksUseBosAndEos) {
  XLFUSE_REQUIRE_SHARED(kModel);
  const test::TempDir dir;
  const std::string file = (dir.path() / "text.txt").string();
  test::write_file(file, "The cat sat.\nA dog ran away.\n");
  const auto blocks = pack_text_blocks({file}, xlmr(), 64);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].input_ids, concat({{kBos}, ids_of("The cat sat."), ids_of("A dog ran away."), {kEos}}));
}

}  // namespace
}  // namespace xlfuse::data
