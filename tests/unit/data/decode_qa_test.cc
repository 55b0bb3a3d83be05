#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/data/decode.h"
#include "xlfuse/data/features.h"

namespace xlfuse::data {
namespace {

text::BertTokenizer tokenizer() {
  std::vector<std::string> tokens = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "Who", "?", ",", "##s"};
  for (int k = 0; k < 100; ++k) tokens.push_back("w" + std::to_string(k));
  return text::BertTokenizer(text::Vocab(std::move(tokens)));
}

std::string words(int begin, int end) {
  std::string s;
  for (int k = begin; k < end; ++k) s += (k > begin ? " w" : "w") + std::to_string(k);
  return s;
}

struct Logits {
  std::vector<std::vector<float>> start, end;
  explicit Logits(const std::vector<Feature>& f) {
    for (const Feature& x : f) {
      start.emplace_back(x.length(), -10.0f);
      end.emplace_back(x.length(), -10.0f);
    }
  }
};

// Position of the context token covering byte `b` in feature f.
int32_t position_of(const Feature& f, size_t b) {
  for (size_t p = 0; p < f.length(); ++p)
    if (f.is_context[p] && f.offsets[p].first == b) return static_cast<int32_t>(p);
  return -1;
}

TEST(DecodeQaTest, BestSpanIsTakenFromTheOriginalContext) {
  // Irregular spacing and a comma: the answer is the original substring, not re-joined tokens.
  QaExample ex{"q1", "", "Who?", "w0  w1,w2\tw3 w4s w5", {}, false, {}};
  const auto f = qa_features({ex}, tokenizer());
  ASSERT_EQ(f.size(), 1u);
  Logits lg(f);
  const int32_t w1 = position_of(f[0], 4), w4 = position_of(f[0], 13), s = w4 + 1;
  ASSERT_GT(w1, 0);
  ASSERT_EQ(f[0].input_ids[s], 8);  // ##s
  lg.start[0][0] = 20;  // [CLS]: not a context token, skipped
  lg.end[0][1] = 20;    // the question: skipped
  lg.start[0][w1] = 5;
  lg.end[0][s] = 4;
  lg.end[0][w1 - 1] = 6;  // w0: ends before the start, skipped
  const auto p = decode_qa({ex}, f, lg.start, lg.end);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].id, "q1");
  EXPECT_EQ(p[0].text, "w1,w2\tw3 w4s");
  ASSERT_FALSE(p[0].nbest.empty());
  EXPECT_FLOAT_EQ(p[0].nbest[0].score, 9.0f);
  EXPECT_EQ(p[0].nbest[0].start, w1);
  EXPECT_EQ(p[0].nbest[0].end, s);
  EXPECT_EQ(p[0].nbest[0].begin_byte, 4u);
  EXPECT_EQ(p[0].nbest[0].end_byte, 16u);
  EXPECT_EQ(p[0].nbest[0].feature, 0u);
  // The n-best list is sorted, has distinct texts and its probabilities sum to 1.
  float total = 0;
  for (size_t i = 0; i < p[0].nbest.size(); ++i) {
    total += p[0].nbest[i].probability;
    if (i) EXPECT_GE(p[0].nbest[i - 1].score, p[0].nbest[i].score);
    for (size_t j = 0; j < i; ++j) EXPECT_NE(p[0].nbest[i].text, p[0].nbest[j].text);
  }
  EXPECT_NEAR(total, 1.0f, 1e-5);
  EXPECT_LE(p[0].nbest.size(), 20u);

  // Too long for max_answer_length 3 (w1 , w2 w3 w4 ##s is 6 tokens): the next best fits.
  lg.end[0][w1 + 2] = 3;  // w2
  QaDecodeOptions o;
  o.max_answer_length = 3;
  EXPECT_EQ(decode_qa({ex}, f, lg.start, lg.end, o)[0].text, "w1,w2");
}

TEST(DecodeQaTest, StartMustBeInItsMaxContextWindow) {
  QaExample ex{"long", "", "Who?", words(0, 100), {}, false, {}};
  QaFeatureOptions fo;
  fo.max_seq_length = 32;
  fo.max_query_length = 4;
  fo.doc_stride = 8;
  const auto f = qa_features({ex}, tokenizer(), fo);
  ASSERT_GT(f.size(), 2u);
  // Word w20 is in windows 0, 1 and 2 but has its max context in window 1.
  const size_t b20 = words(0, 20).size() + 1;
  Logits lg(f);
  for (int k = 0; k < 3; ++k) {
    const int32_t p = position_of(f[k], b20);
    ASSERT_GT(p, 0);
    EXPECT_EQ(f[k].token_is_max_context[p], k == 1 ? 1 : 0);
    // The highest logits are in windows 0 and 2, which must be ignored for this start.
    lg.start[k][p] = k == 1 ? 2.0f : 9.0f;
    lg.end[k][p + 1] = k == 1 ? 2.0f : 9.0f;
  }
  const auto p = decode_qa({ex}, f, lg.start, lg.end);
  EXPECT_EQ(p[0].text, "w20 w21");
  EXPECT_EQ(p[0].nbest[0].feature, 1u);
  EXPECT_FLOAT_EQ(p[0].nbest[0].score, 4.0f);
}

TEST(DecodeQaTest, NoValidCandidateGivesEmptyText) {
  QaExample ex{"q", "", "Who?", "w0 w1", {}, false, {}};
  QaExample no_features{"empty", "", "Who?", "", {}, false, {}};
  const auto f = qa_features({ex, no_features}, tokenizer());
  ASSERT_EQ(f.size(), 1u);  // an empty context has no window
  Logits lg(f);
  lg.start[0][0] = 5;  // [CLS] is the only start considered with n_best_size 1
  QaDecodeOptions o;
  o.n_best_size = 1;
  const auto p = decode_qa({ex, no_features}, f, lg.start, lg.end, o);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].text, "");
  EXPECT_TRUE(p[0].nbest.empty());
  EXPECT_EQ(p[1].id, "empty");
  EXPECT_EQ(p[1].text, "");
}

TEST(DecodeQaTest, RejectsMismatchedInputs) {
  QaExample ex{"q", "", "Who?", "w0 w1", {}, false, {}};
  const auto f = qa_features({ex}, tokenizer());
  Logits lg(f);
  XLFUSE_EXPECT_THROW_WITH(decode_qa({ex}, f, lg.start, {}), std::invalid_argument, "1 features");
  lg.end[0].pop_back();
  XLFUSE_EXPECT_THROW_WITH(decode_qa({ex}, f, lg.start, lg.end), std::invalid_argument, "feature 0 has");
  XLFUSE_EXPECT_THROW_WITH(decode_qa({}, f, lg.start, lg.start), std::invalid_argument, "example_index 0");
  QaDecodeOptions o;
  o.max_answer_length = 0;
  XLFUSE_EXPECT_THROW_WITH(decode_qa({ex}, f, lg.start, lg.start, o), ConfigError, "max_answer_length");
}

}  // namespace
}  // namespace xlfuse::data
