#pragma once
// A model input derived from one example (or one window / choice of it): token ids plus what the
// head needs to compute a loss and what decoding needs to map outputs back to the example.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace xlfuse::data {

// Label value ignored by the loss (PyTorch CrossEntropy's ignore_index).
constexpr int32_t kIgnoreIndex = -100;

struct Feature {
  std::vector<int32_t> input_ids;   // with [CLS]/[SEP]
  std::vector<int32_t> type_ids;    // segment ids, same length
  // Sequence-level label (classification: class index; multiple choice: gold choice), or kIgnoreIndex.
  int32_t label = kIgnoreIndex;
  // Per-position labels (tagging: first sub-word of each word, kIgnoreIndex elsewhere); empty otherwise.
  std::vector<int32_t> token_labels;
  // Extractive QA: gold start/end token positions (0 = [CLS] when the answer is outside the window).
  int32_t start_position = 0;
  int32_t end_position = 0;
  // Byte span of each position in the text it came from ((0,0) for specials and the question in QA;
  // tagging: the sentence's words joined by single spaces).
  std::vector<std::pair<size_t, size_t>> offsets;
  // Word index per position (-1 for specials, and for the question in QA); tagging: the word's
  // index in the whole sentence (also across split pieces), which tagging decoding uses.
  std::vector<int32_t> word_ids;
  int64_t example_index = 0;  // index of the example in its split
  int32_t window = 0;         // QA doc-stride window / tagging split piece
  int32_t choice = 0;         // multiple choice: which choice this pair encodes
  // Extractive QA, per position: 1 for a context (document) token, 0 for [CLS], the question and
  // [SEP]. Empty for other tasks.
  std::vector<uint8_t> is_context;
  // Extractive QA, per position: 1 if this window is the token's "max context" window (HF
  // run_squad's _check_is_max_context), 0 otherwise and for non-context positions. Empty otherwise.
  std::vector<uint8_t> token_is_max_context;

  size_t length() const { return input_ids.size(); }
};

}  // namespace xlfuse::data
