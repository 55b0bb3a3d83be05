// Token-tagging features with XTREME's sentence splitting (utils_preprocess.py, *_tokenize).
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/features.h"

namespace xlfuse::data {

void TaggingFeatureOptions::validate() const {
  if (max_seq_length < 3)
    throw ConfigError(fmt::format(
        "features.max_seq_length must be >= 3 ([CLS], one sub-word, [SEP]), got {}", max_seq_length));
}

namespace {

struct WordPieces {
  std::vector<int32_t> ids;
  std::vector<std::pair<size_t, size_t>> offsets;  // in the space-joined sentence
};

}  // namespace

std::vector<Feature> tagging_features(const std::vector<TaggingExample>& examples,
                                      const text::Tokenizer& tokenizer,
                                      const std::vector<std::string>& labels,
                                      const TaggingFeatureOptions& options) {
  options.validate();
  const text::SpecialTokens& sp = tokenizer.specials();
  if (sp.cls < 0 || sp.sep < 0)
    throw ConfigError("the vocabulary has no [CLS] or [SEP] token, which tagging features need");
  // XTREME's tagging scripts end a sentence with as many separators as a pair has between its
  // segments (sep_token_extra: </s></s> for XLM-R), so a piece holds max_len - 2 sub-words for
  // BERT and max_len - 3 for XLM-R.
  const auto trailing_seps = static_cast<size_t>(sp.pair_separators);
  if (static_cast<size_t>(options.max_seq_length) < 2 + trailing_seps)
    throw ConfigError(fmt::format("features.max_seq_length {} cannot hold the {} special tokens of a sentence",
                                  options.max_seq_length, 1 + trailing_seps));
  const size_t budget = static_cast<size_t>(options.max_seq_length) - 1 - trailing_seps;

  std::vector<Feature> features;
  features.reserve(examples.size());
  std::vector<WordPieces> words;
  std::vector<int32_t> word_labels;
  for (size_t ei = 0; ei < examples.size(); ++ei) {
    const TaggingExample& ex = examples[ei];
    const bool labelled = !ex.tags.empty();
    if (labelled && ex.tags.size() != ex.words.size())
      throw FormatError(fmt::format("sentence '{}': {} words but {} tags", ex.id, ex.words.size(),
                                    ex.tags.size()));
    words.assign(ex.words.size(), WordPieces{});
    word_labels.assign(ex.words.size(), kIgnoreIndex);
    size_t word_begin = 0;  // byte offset of the word in the words joined by single spaces
    for (size_t w = 0; w < ex.words.size(); ++w) {
      const std::string& word = ex.words[w];
      if (labelled) word_labels[w] = label_index(labels, ex.tags[w], "sentence '" + ex.id + "'");
      std::vector<text::Token> tokens;
      try {
        tokens = tokenizer.tokenize(word);
      } catch (const FormatError& e) {
        throw FormatError(fmt::format("sentence '{}', word {}: {}", ex.id, w, e.what()));
      }
      WordPieces& wp = words[w];
      if (tokens.empty() || tokens.size() > budget) {
        // XTREME replaces such a word by the unknown token (one sub-word).
        wp.ids.push_back(sp.unk);
        wp.offsets.emplace_back(word_begin, word_begin + word.size());
      } else {
        for (const text::Token& t : tokens) {
          wp.ids.push_back(t.id);
          wp.offsets.emplace_back(word_begin + t.begin, word_begin + t.end);
        }
      }
      word_begin += word.size() + 1;
    }

    // Split into pieces: a new one starts when the next word would overflow the budget.
    size_t w = 0;
    int32_t piece = 0;
    while (w < words.size()) {
      Feature f;
      f.example_index = static_cast<int64_t>(ei);
      f.window = piece++;
      auto add = [&f](int32_t id, std::pair<size_t, size_t> span, int32_t word, int32_t label) {
        f.input_ids.push_back(id);
        f.type_ids.push_back(0);
        f.offsets.push_back(span);
        f.word_ids.push_back(word);
        f.token_labels.push_back(label);
      };
      add(sp.cls, {0, 0}, -1, kIgnoreIndex);
      size_t count = 0;
      while (w < words.size() && (count == 0 || count + words[w].ids.size() <= budget)) {
        const WordPieces& wp = words[w];
        for (size_t k = 0; k < wp.ids.size(); ++k)
          add(wp.ids[k], wp.offsets[k], static_cast<int32_t>(w), k == 0 ? word_labels[w] : kIgnoreIndex);
        count += wp.ids.size();
        ++w;
      }
      for (size_t k = 0; k < trailing_seps; ++k) add(sp.sep, {0, 0}, -1, kIgnoreIndex);
      features.push_back(std::move(f));
    }
  }
  return features;
}

}  // namespace xlfuse::data
