#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/data/decode.h"
#include "xlfuse/data/features.h"

namespace xlfuse::data {
namespace {

const std::vector<std::string> kLabels = {"O", "B-PER", "I-PER"};

text::BertTokenizer tokenizer() {
  return text::BertTokenizer(text::Vocab({"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "Ann", "Lee", "##s", "ran"}));
}

// Logits with `label` hot at every position.
std::vector<float> hot(size_t positions, const std::vector<size_t>& label) {
  std::vector<float> row(positions * kLabels.size(), 0.0f);
  for (size_t p = 0; p < positions; ++p) row[p * kLabels.size() + label[p]] = 3.0f;
  return row;
}

TEST(DecodeTaggingTest, FirstSubwordDecidesAndPiecesAreMerged) {
  std::vector<TaggingExample> ex = {{"s0", {"Ann", "Lees", "ran"}, {}}, {"s1", {"ran"}, {}}};
  TaggingFeatureOptions o;
  o.max_seq_length = 4;  // pieces [Ann] [Lee ##s] [ran], then [ran]
  const auto f = tagging_features(ex, tokenizer(), kLabels, o);
  ASSERT_EQ(f.size(), 4u);
  std::vector<std::vector<float>> logits = {
      hot(3, {2, 1, 2}),     // [CLS] Ann [SEP]
      hot(4, {0, 2, 0, 0}),  // [CLS] Lee ##s [SEP]: ##s says O, ignored
      hot(3, {1, 0, 1}),     // [CLS] ran [SEP]
      hot(3, {0, 1, 0})};
  // Padding rows beyond the feature's length are ignored.
  logits[3].resize(logits[3].size() + 2 * kLabels.size(), 100.0f);
  const auto tags = decode_tagging(ex, f, logits, kLabels);
  ASSERT_EQ(tags.size(), 2u);
  EXPECT_EQ(tags[0], (std::vector<std::string>{"B-PER", "I-PER", "O"}));
  EXPECT_EQ(tags[1], (std::vector<std::string>{"B-PER"}));
}

TEST(DecodeTaggingTest, RejectsMissingOrDuplicatedWords) {
  std::vector<TaggingExample> ex = {{"s0", {"Ann", "ran"}, {}}};
  auto f = tagging_features(ex, tokenizer(), kLabels);
  std::vector<std::vector<float>> logits = {hot(4, {0, 0, 0, 0})};
  // A feature set built for fewer words leaves a word untagged.
  std::vector<TaggingExample> more = {{"s0", {"Ann", "ran", "Lee"}, {}}};
  XLFUSE_EXPECT_THROW_WITH(decode_tagging(more, f, logits, kLabels), std::invalid_argument,
                           "word 2 of sentence 's0' is in no feature");
  auto twice = f;
  twice.push_back(f[0]);
  logits.push_back(logits[0]);
  XLFUSE_EXPECT_THROW_WITH(decode_tagging(ex, twice, logits, kLabels), std::invalid_argument, "covered twice");
  logits.pop_back();
  logits[0].pop_back();
  XLFUSE_EXPECT_THROW_WITH(decode_tagging(ex, f, logits, kLabels), std::invalid_argument, "feature 0");
}

}  // namespace
}  // namespace xlfuse::data
