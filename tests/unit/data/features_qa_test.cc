#include <iostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/data/features.h"
#include "xlfuse/data/qa_readers.h"

namespace xlfuse::data {
namespace {

// Vocabulary with the specials and the words t0 .. t{n-1}; ids of t{k} = 5 + k.
text::BertTokenizer numbered_tokenizer(int n, std::vector<std::string> extra = {}) {
  std::vector<std::string> tokens = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};
  for (int k = 0; k < n; ++k) tokens.push_back("t" + std::to_string(k));
  for (auto& t : extra) tokens.push_back(std::move(t));
  return text::BertTokenizer(text::Vocab(std::move(tokens)));
}

std::string numbered_text(int begin, int end) {
  std::string s;
  for (int k = begin; k < end; ++k) s += (k > begin ? " t" : "t") + std::to_string(k);
  return s;
}

// Character offset of word "t{k}" in numbered_text(0, n).
int64_t numbered_offset(int k) { return static_cast<int64_t>(numbered_text(0, k).size()) + (k > 0 ? 1 : 0); }

TEST(QaFeaturesTest, WindowsFollowTheStrideAndMaxContext) {
  const auto tok = numbered_tokenizer(100);
  QaExample ex;
  ex.id = "q0";
  ex.question = "t1 t2";
  ex.context = numbered_text(0, 100);
  ex.answers = {{"t50 t51 t52", numbered_offset(50)}};
  QaFeatureOptions o;
  o.max_seq_length = 32;
  o.max_query_length = 4;
  o.doc_stride = 8;
  const auto f = qa_features({ex}, tok, o);
  // Window length 32 - 2 - 3 = 27; starts 0, 8, ..., 80 (80 + 20 reaches the end).
  ASSERT_EQ(f.size(), 11u);
  const size_t doc_offset = 4;  // [CLS] t1 t2 [SEP]
  std::vector<int> covered_max(100, 0);
  for (size_t k = 0; k < f.size(); ++k) {
    const Feature& x = f[k];
    const size_t start = 8 * k;
    const size_t len = std::min<size_t>(27, 100 - start);
    ASSERT_EQ(x.length(), len + 5) << "window " << k;
    EXPECT_EQ(x.window, static_cast<int32_t>(k));
    EXPECT_EQ(x.example_index, 0);
    EXPECT_EQ(x.input_ids[doc_offset], static_cast<int32_t>(5 + start));
    EXPECT_EQ(x.input_ids.back(), 3);
    EXPECT_EQ(x.type_ids[doc_offset - 1], 0);
    EXPECT_EQ(x.type_ids[doc_offset], 1);
    EXPECT_EQ(x.is_context[doc_offset - 1], 0);
    EXPECT_EQ(x.is_context[doc_offset], 1);
    EXPECT_EQ(x.is_context.back(), 0);
    EXPECT_EQ(x.offsets[1], (std::pair<size_t, size_t>{0, 0}));  // question tokens carry no context span
    for (size_t p = 0; p < len; ++p) {
      const auto& off = x.offsets[doc_offset + p];
      EXPECT_EQ(ex.context.substr(off.first, off.second - off.first), "t" + std::to_string(start + p));
      covered_max[start + p] += x.token_is_max_context[doc_offset + p];
    }
    // The answer (tokens 50..52) is fully inside windows starting at 32, 40 and 48 only.
    if (start == 32 || start == 40 || start == 48) {
      EXPECT_EQ(x.start_position, static_cast<int32_t>(50 - start + doc_offset)) << "window " << k;
      EXPECT_EQ(x.end_position, static_cast<int32_t>(52 - start + doc_offset));
    } else {
      EXPECT_EQ(x.start_position, 0) << "window " << k;
      EXPECT_EQ(x.end_position, 0);
    }
  }
  for (int p = 0; p < 100; ++p) EXPECT_EQ(covered_max[p], 1) << "token " << p;
  // Token 10: window 0 (min(10, 16) + 0.27) beats window 1 (min(2, 24)); token 20: window 1
  // (min(12, 14)) beats window 0 (min(20, 6)) and window 2 (min(4, 22)).
  EXPECT_EQ(f[0].token_is_max_context[doc_offset + 10], 1);
  EXPECT_EQ(f[1].token_is_max_context[doc_offset + 2], 0);
  EXPECT_EQ(f[0].token_is_max_context[doc_offset + 20], 0);
  EXPECT_EQ(f[1].token_is_max_context[doc_offset + 12], 1);
  EXPECT_EQ(f[2].token_is_max_context[doc_offset + 4], 0);
}

TEST(QaFeaturesTest, QueryIsTruncatedAndShortContextsHaveOneWindow) {
  const auto tok = numbered_tokenizer(20);
  QaExample ex{"q", "", numbered_text(0, 10), numbered_text(0, 5), {}, false, {}};
  QaFeatureOptions o;
  o.max_seq_length = 32;
  o.max_query_length = 4;
  o.doc_stride = 8;
  const auto f = qa_features({ex}, tok, o);
  ASSERT_EQ(f.size(), 1u);
  // [CLS] t0 t1 t2 t3 [SEP] t0..t4 [SEP]
  EXPECT_EQ(f[0].input_ids, (std::vector<int32_t>{2, 5, 6, 7, 8, 3, 5, 6, 7, 8, 9, 3}));
  EXPECT_EQ(f[0].token_is_max_context, (std::vector<uint8_t>{0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0}));
  EXPECT_EQ(f[0].word_ids[6], 0);
  EXPECT_EQ(f[0].word_ids[10], 4);
  EXPECT_EQ(f[0].word_ids[1], -1);
  EXPECT_EQ(f[0].start_position, 0);  // unanswered
}

TEST(QaFeaturesTest, AnswerStartIsInCodePoints) {
  const auto tok = numbered_tokenizer(0, {"Zoë", "moved", "to", "Köln", "."});
  // "Köln" starts at code point 13, byte 14.
  QaExample ex{"z", "", "t", "Zoë moved to Köln.", {{"Köln", 13}}, false, {}};
  const auto f = qa_features({ex}, tok);
  ASSERT_EQ(f.size(), 1u);
  ASSERT_EQ(f[0].start_position, f[0].end_position);
  const auto& off = f[0].offsets[f[0].start_position];
  EXPECT_EQ(off, (std::pair<size_t, size_t>{14, 19}));
  EXPECT_EQ(char_to_byte_offset(ex.context, 13), 14u);
  EXPECT_EQ(char_to_byte_offset(ex.context, 18), ex.context.size());
  EXPECT_THROW(char_to_byte_offset(ex.context, 19), std::out_of_range);

  QaExample bad{"bad-id", "", "t", "Zoë", {{"Köln", 2}}, false, {}};
  XLFUSE_EXPECT_THROW_WITH(qa_features({bad}, tok), FormatError, "question 'bad-id'");
  QaExample broken{"utf8-id", "", "t", "Zo\xff", {}, false, {}};
  XLFUSE_EXPECT_THROW_WITH(qa_features({broken}, tok), FormatError, "question 'utf8-id': invalid UTF-8");
  QaExample impossible = ex;
  impossible.is_impossible = true;
  EXPECT_EQ(qa_features({impossible}, tok)[0].start_position, 0);
}

TEST(QaFeaturesTest, OptionsAreValidated) {
  const auto tok = numbered_tokenizer(1);
  QaFeatureOptions o;
  o.doc_stride = 400;
  XLFUSE_EXPECT_THROW_WITH(qa_features({}, tok, o), ConfigError, "qa.doc_stride (400)");
  o = {};
  o.max_query_length = 0;
  XLFUSE_EXPECT_THROW_WITH(qa_features({}, tok, o), ConfigError, "qa.max_query_length");
}

std::string trim(const std::string& s) {
  const char* ws = " \t\n\r";
  const size_t b = s.find_first_not_of(ws);
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

// Real XQuAD-en: gold token spans reproduce the gold answers, windows follow the stride.
void check_real_xquad(const QaFeatureOptions& o, bool require_multi_window) {
  const auto tok = text::BertTokenizer(text::Vocab::load((test::shared_dir() / "data/mbert/vocab.txt").string()));
  bool labelled = false;
  const auto ex = read_squad_json(test::shared_dir() / "data/xtreme/xquad/xquad.en.json", &labelled);
  ASSERT_TRUE(labelled);
  const auto f = qa_features(ex, tok, o);

  std::vector<int> in_window(ex.size(), 0), matched(ex.size(), 0);
  std::vector<std::vector<size_t>> windows(ex.size());
  for (size_t i = 0; i < f.size(); ++i) {
    const Feature& x = f[i];
    ASSERT_LE(x.length(), static_cast<size_t>(o.max_seq_length));
    windows[x.example_index].push_back(i);
    if (x.start_position == 0) continue;
    ASSERT_LE(x.start_position, x.end_position);
    ASSERT_TRUE(x.is_context[x.start_position] && x.is_context[x.end_position]);
    const QaExample& e = ex[x.example_index];
    const size_t b = x.offsets[x.start_position].first, end = x.offsets[x.end_position].second;
    const bool ok = trim(e.context.substr(b, end - b)) == trim(e.answers.front().text);
    if (!ok && !in_window[x.example_index])
      std::cout << "[ xquad.en ] " << e.id << ": token span '" << e.context.substr(b, end - b)
                << "' vs gold '" << e.answers.front().text << "'\n";
    if (in_window[x.example_index] && ok != static_cast<bool>(matched[x.example_index]))
      ADD_FAILURE() << "windows of " << e.id << " disagree";
    in_window[x.example_index] = 1;
    matched[x.example_index] = ok;
  }
  size_t n_in = 0, n_match = 0, multi = 0;
  for (size_t e = 0; e < ex.size(); ++e) {
    n_in += in_window[e];
    n_match += matched[e];
    // Window k starts k * doc_stride document tokens in and holds max_seq - query - 3 tokens (or
    // what is left); consecutive windows overlap, the last reaches the end.
    const auto doc = tok.tokenize(ex[e].context);
    const auto& w = windows[e];
    ASSERT_FALSE(w.empty());
    if (w.size() > 1) ++multi;
    for (size_t k = 0; k < w.size(); ++k) {
      const Feature& x = f[w[k]];
      EXPECT_EQ(x.window, static_cast<int32_t>(k));
      size_t first = 0;
      while (!x.is_context[first]) ++first;
      const size_t query = first - 2;
      const size_t start = k * static_cast<size_t>(o.doc_stride);
      const size_t len = std::min(doc.size() - start, static_cast<size_t>(o.max_seq_length) - query - 3);
      ASSERT_EQ(x.length(), first + len + 1) << ex[e].id << " window " << k;
      EXPECT_EQ(x.offsets[first], (std::pair<size_t, size_t>{doc[start].begin, doc[start].end}));
      EXPECT_EQ(x.input_ids[first + len - 1], doc[start + len - 1].id);
      if (k + 1 == w.size()) EXPECT_EQ(start + len, doc.size()) << ex[e].id;
    }
  }
  const double rate = n_in ? static_cast<double>(n_match) / static_cast<double>(n_in) : 0.0;
  std::cout << "[ xquad.en ] max_seq " << o.max_seq_length << " stride " << o.doc_stride << ": "
            << ex.size() << " questions, " << f.size() << " features, " << multi
            << " multi-window; answer in a window: " << n_in << ", token span reproduces the gold text: "
            << n_match << " (" << 100.0 * rate << "%)\n";
  EXPECT_GE(rate, 0.99);
  EXPECT_GE(n_in, ex.size() * 99 / 100);
  if (require_multi_window) EXPECT_GT(multi, 100u);
}

TEST(QaFeaturesTest, RealXquadSpansReproduceGoldAnswers) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/xquad/xquad.en.json");
  XLFUSE_REQUIRE_SHARED("data/mbert/vocab.txt");
  check_real_xquad(QaFeatureOptions{}, false);
  QaFeatureOptions small;  // many windows per context
  small.max_seq_length = 128;
  small.doc_stride = 32;
  check_real_xquad(small, true);
}

}  // namespace
}  // namespace xlfuse::data
