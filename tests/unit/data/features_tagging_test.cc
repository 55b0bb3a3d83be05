#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/data/decode.h"
#include "xlfuse/data/features.h"
#include "xlfuse/data/tagging_readers.h"
#include "xlfuse/data/task_registry.h"

namespace xlfuse::data {
namespace {

constexpr int32_t I = kIgnoreIndex;

text::BertTokenizer small_tokenizer() {
  // ids: [PAD]0 [UNK]1 [CLS]2 [SEP]3 [MASK]4 the5 cat6 ##s7 sat8
  return text::BertTokenizer(text::Vocab({"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "cat", "##s", "sat"}));
}

const std::vector<std::string> kTags = {"DET", "NOUN", "VERB", "X"};

TaggingExample sentence() {
  // "\x01" is removed by BERT's text cleaning: zero sub-words, so XTREME makes it [UNK].
  return {"s0", {"the", "cats", "sat", "\x01"}, {"DET", "NOUN", "VERB", "X"}};
}

TEST(TaggingFeaturesTest, FirstSubwordCarriesTheLabel) {
  const auto f = tagging_features({sentence()}, small_tokenizer(), kTags);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].input_ids, (std::vector<int32_t>{2, 5, 6, 7, 8, 1, 3}));
  EXPECT_EQ(f[0].token_labels, (std::vector<int32_t>{I, 0, 1, I, 2, 3, I}));
  EXPECT_EQ(f[0].word_ids, (std::vector<int32_t>{-1, 0, 1, 1, 2, 3, -1}));
  EXPECT_EQ(f[0].type_ids, std::vector<int32_t>(7, 0));
  EXPECT_EQ(f[0].label, kIgnoreIndex);
  // Offsets in "the cats sat \x01".
  EXPECT_EQ(f[0].offsets[2], (std::pair<size_t, size_t>{4, 7}));
  EXPECT_EQ(f[0].offsets[3], (std::pair<size_t, size_t>{7, 8}));
  EXPECT_EQ(f[0].offsets[5], (std::pair<size_t, size_t>{13, 14}));
  EXPECT_EQ(f[0].window, 0);
}

TEST(TaggingFeaturesTest, SplitsSentencesInsteadOfTruncating) {
  TaggingFeatureOptions o;
  o.max_seq_length = 4;  // 2 sub-words per piece: [the] [cat ##s] [sat UNK]
  const auto f = tagging_features({sentence(), {"s1", {"sat"}, {}}}, small_tokenizer(), kTags, o);
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0].input_ids, (std::vector<int32_t>{2, 5, 3}));
  EXPECT_EQ(f[1].input_ids, (std::vector<int32_t>{2, 6, 7, 3}));
  EXPECT_EQ(f[2].input_ids, (std::vector<int32_t>{2, 8, 1, 3}));
  EXPECT_EQ(f[2].word_ids, (std::vector<int32_t>{-1, 2, 3, -1}));
  EXPECT_EQ(f[2].token_labels, (std::vector<int32_t>{I, 2, 3, I}));
  for (int k = 0; k < 3; ++k) {
    EXPECT_EQ(f[k].window, k);
    EXPECT_EQ(f[k].example_index, 0);
  }
  // Unlabelled sentence: no label anywhere, but the word ids are there for decoding.
  EXPECT_EQ(f[3].example_index, 1);
  EXPECT_EQ(f[3].token_labels, (std::vector<int32_t>{I, I, I}));
  EXPECT_EQ(f[3].word_ids, (std::vector<int32_t>{-1, 0, -1}));

  // A word with more sub-words than a piece holds becomes [UNK].
  o.max_seq_length = 3;
  const auto g = tagging_features({sentence()}, small_tokenizer(), kTags, o);
  ASSERT_EQ(g.size(), 4u);
  EXPECT_EQ(g[1].input_ids, (std::vector<int32_t>{2, 1, 3}));
  EXPECT_EQ(g[1].token_labels, (std::vector<int32_t>{I, 1, I}));
}

TEST(TaggingFeaturesTest, UnknownTagNamesItAndTheSet) {
  TaggingExample bad{"train-en-12", {"the"}, {"DT"}};
  XLFUSE_EXPECT_THROW_WITH(tagging_features({bad}, small_tokenizer(), kTags), FormatError,
                           "sentence 'train-en-12': unknown label 'DT', expected one of [DET, NOUN, VERB, X]");
  TaggingExample ragged{"r", {"the", "cat"}, {"DET"}};
  XLFUSE_EXPECT_THROW_WITH(tagging_features({ragged}, small_tokenizer(), kTags), FormatError, "2 words but 1 tags");
  TaggingExample broken{"b7", {"the", "\xc3"}, {}};
  XLFUSE_EXPECT_THROW_WITH(tagging_features({broken}, small_tokenizer(), kTags), FormatError,
                           "sentence 'b7', word 1: invalid UTF-8");
  TaggingFeatureOptions o;
  o.max_seq_length = 2;
  XLFUSE_EXPECT_THROW_WITH(tagging_features({}, small_tokenizer(), kTags, o), ConfigError, "max_seq_length");
}

// Every word of every sentence has exactly one labelled position over all pieces, pieces fit,
// and decoding one-hot logits built from the gold labels gives back the gold tags.
void check_real_udpos(int max_len) {
  const auto vocab_path = test::shared_dir() / "data/mbert/vocab.txt";
  const auto tok = text::BertTokenizer(text::Vocab::load(vocab_path.string()));
  const auto& labels = task_info("udpos").labels;
  ConllTagsOptions ro;
  ro.labels = labels;
  bool labelled = false;
  const auto ex = read_conll_tags(test::shared_dir() / "data/xtreme/udpos/test-en.tsv", ro, &labelled);
  ASSERT_TRUE(labelled);
  ASSERT_GT(ex.size(), 1000u);
  TaggingFeatureOptions o;
  o.max_seq_length = max_len;
  const auto f = tagging_features(ex, tok, labels, o);

  std::vector<std::vector<int>> seen(ex.size());
  for (size_t e = 0; e < ex.size(); ++e) seen[e].assign(ex[e].words.size(), 0);
  size_t split_sentences = 0;
  int64_t last_example = -1;
  int32_t last_window = -1;
  for (const Feature& x : f) {
    ASSERT_LE(x.length(), static_cast<size_t>(max_len));
    ASSERT_EQ(x.token_labels.size(), x.length());
    // Pieces come in sentence order, windows numbered 0, 1, ... within a sentence.
    if (x.example_index == last_example) {
      EXPECT_EQ(x.window, last_window + 1);
      if (x.window == 1) ++split_sentences;
    } else {
      EXPECT_EQ(x.example_index, last_example + 1);
      EXPECT_EQ(x.window, 0);
    }
    last_example = x.example_index;
    last_window = x.window;
    const auto& words = ex[x.example_index];
    for (size_t p = 0; p < x.length(); ++p) {
      if (x.token_labels[p] == kIgnoreIndex) continue;
      const int32_t w = x.word_ids[p];
      ASSERT_GE(w, 0);
      ++seen[x.example_index][w];
      EXPECT_EQ(labels[x.token_labels[p]], words.tags[w]);
    }
  }
  EXPECT_EQ(last_example + 1, static_cast<int64_t>(ex.size()));
  for (size_t e = 0; e < ex.size(); ++e)
    for (size_t w = 0; w < seen[e].size(); ++w)
      ASSERT_EQ(seen[e][w], 1) << "sentence " << ex[e].id << " word " << w;
  EXPECT_GT(split_sentences, 10u) << "max_len " << max_len << " should force splits";

  // Decode: one-hot logits of the gold label at every position labelled, noise elsewhere.
  std::vector<std::vector<float>> logits;
  for (const Feature& x : f) {
    std::vector<float> row(x.length() * labels.size(), 0.0f);
    for (size_t p = 0; p < x.length(); ++p) {
      const int32_t gold = x.token_labels[p];
      // Non-first sub-words and specials point at another label, which decoding must ignore.
      const size_t hot = gold == kIgnoreIndex ? (p % labels.size()) : static_cast<size_t>(gold);
      row[p * labels.size() + hot] = 1.0f;
    }
    logits.push_back(std::move(row));
  }
  const auto tags = decode_tagging(ex, f, logits, labels);
  ASSERT_EQ(tags.size(), ex.size());
  for (size_t e = 0; e < ex.size(); ++e) {
    ASSERT_EQ(tags[e].size(), ex[e].words.size()) << ex[e].id;
    ASSERT_EQ(tags[e], ex[e].tags) << ex[e].id;
  }
  std::cout << "[ udpos ] max_len " << max_len << ": " << ex.size() << " sentences, " << f.size() << " pieces, "
            << split_sentences << " sentences split\n";
}

TEST(TaggingFeaturesTest, RealUdposPiecesLabelEveryWordOnceAndDecodeBack) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/udpos/test-en.tsv");
  XLFUSE_REQUIRE_SHARED("data/mbert/vocab.txt");
  check_real_udpos(16);
  check_real_udpos(32);
}

}  // namespace
}  // namespace xlfuse::data
