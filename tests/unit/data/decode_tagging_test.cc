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

// BIO Viterbi: never an invalid sequence, and the argmax whenever the argmax is valid.
TEST(DecodeTaggingBioViterbi, FixesInvalidSequencesAndKeepsValidArgmax) {
  const std::vector<std::string> labels = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC"};
  // One sentence of four words, one feature, positions [CLS] w0 w1 w2 w3 [SEP].
  std::vector<TaggingExample> ex = {{"s", {"a", "b", "c", "d"}, {}}};
  Feature f;
  f.input_ids = {2, 5, 5, 5, 5, 3};
  f.word_ids = {-1, 0, 1, 2, 3, -1};
  f.type_ids.assign(6, 0);
  f.example_index = 0;
  auto row = [&](const std::vector<std::vector<float>>& words) {
    std::vector<float> out(6 * labels.size(), 0.0f);
    for (size_t w = 0; w < words.size(); ++w)
      for (size_t l = 0; l < labels.size(); ++l) out[(w + 1) * labels.size() + l] = words[w][l];
    return out;
  };
  // Argmax O I-PER I-PER O is invalid (I-PER after O): Viterbi must repair it.
  const auto invalid = row({{3, 0, 0, 0, 0}, {0, 1.0f, 1.2f, 0, 0}, {0, 0, 3, 0, 0}, {3, 0, 0, 0, 0}});
  EXPECT_EQ(decode_tagging({ex}, {f}, {invalid}, labels)[0],
            (std::vector<std::string>{"O", "I-PER", "I-PER", "O"}));
  EXPECT_EQ(decode_tagging_bio_viterbi(ex, {f}, {invalid}, labels)[0],
            (std::vector<std::string>{"O", "B-PER", "I-PER", "O"}));
  // A valid argmax is kept.
  const auto valid = row({{0, 3, 0, 0, 0}, {0, 0, 3, 0, 0}, {3, 0, 0, 0, 0}, {0, 0, 0, 3, 0}});
  EXPECT_EQ(decode_tagging_bio_viterbi(ex, {f}, {valid}, labels), decode_tagging(ex, {f}, {valid}, labels));
  // I-LOC first, and I-LOC after B-PER, are never produced.
  const auto wrong_type = row({{0, 0, 0, 0, 4}, {0, 3, 0, 0, 0}, {0, 0, 0, 0, 3}, {0, 0, 0, 0, 3}});
  const auto tags = decode_tagging_bio_viterbi(ex, {f}, {wrong_type}, labels)[0];
  for (size_t w = 0; w < tags.size(); ++w) {
    if (tags[w].rfind("I-", 0) != 0) continue;
    ASSERT_GT(w, 0u) << "I- first";
    const std::string type = tags[w].substr(2);
    EXPECT_TRUE(tags[w - 1] == "B-" + type || tags[w - 1] == "I-" + type) << tags[w - 1] << " " << tags[w];
  }
}

// Random scores: every Viterbi sequence is valid BIO, and equals the argmax when that is valid.
TEST(DecodeTaggingBioViterbi, RandomScoresGiveValidSequences) {
  const std::vector<std::string> labels = {"B-LOC", "B-ORG", "B-PER", "I-LOC", "I-ORG", "I-PER", "O"};
  std::vector<TaggingExample> ex;
  std::vector<Feature> features;
  std::vector<std::vector<float>> logits;
  uint64_t state = 7;
  auto next = [&]() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<float>((state >> 33) % 1000) / 250.0f;
  };
  for (int s = 0; s < 200; ++s) {
    const size_t words = 1 + static_cast<size_t>(s % 9);
    TaggingExample e;
    e.id = std::to_string(s);
    e.words.assign(words, "w");
    ex.push_back(e);
    Feature f;
    f.example_index = s;
    f.input_ids.assign(words + 2, 5);
    f.type_ids.assign(words + 2, 0);
    f.word_ids.push_back(-1);
    for (size_t w = 0; w < words; ++w) f.word_ids.push_back(static_cast<int32_t>(w));
    f.word_ids.push_back(-1);
    features.push_back(f);
    std::vector<float> row((words + 2) * labels.size());
    for (auto& v : row) v = next();
    logits.push_back(row);
  }
  const auto argmax = decode_tagging(ex, features, logits, labels);
  const auto best = decode_tagging_bio_viterbi(ex, features, logits, labels);
  auto valid = [](const std::vector<std::string>& t) {
    for (size_t w = 0; w < t.size(); ++w)
      if (t[w].rfind("I-", 0) == 0 && (w == 0 || (t[w - 1] != "B-" + t[w].substr(2) && t[w - 1] != t[w])))
        return false;
    return true;
  };
  int repaired = 0;
  for (size_t s = 0; s < ex.size(); ++s) {
    EXPECT_TRUE(valid(best[s])) << s;
    if (valid(argmax[s]))
      EXPECT_EQ(best[s], argmax[s]) << s;
    else
      ++repaired;
  }
  EXPECT_GT(repaired, 10);  // the random scores do produce invalid argmaxes
}

}  // namespace
}  // namespace xlfuse::data
