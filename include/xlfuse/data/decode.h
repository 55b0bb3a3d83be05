#pragma once
// Raw model outputs -> predictions (DESIGN "How data flows": RawOutputs --data/decode-->
// Predictions). Torch-free: outputs arrive as float arrays, one per feature, so a single model
// and an ensemble (averaged outputs) are decoded by the same code.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "xlfuse/data/example.h"
#include "xlfuse/data/feature.h"

namespace xlfuse::data {

// Index of the largest value (the first one on ties, like numpy.argmax);
// std::invalid_argument on an empty array.
size_t argmax(const float* values, size_t n);

// ---- classification / multiple choice ----

// One row of num_labels logits per example -> its label name. A row whose size is not
// labels.size() -> std::invalid_argument naming the row.
std::vector<std::string> decode_classification(const std::vector<std::vector<float>>& logits,
                                               const std::vector<std::string>& labels);

// Multiple choice: one score per feature (row of multiple_choice_features) -> the best choice index
// per example (features grouped by example_index, choice taken from Feature::choice).
// std::invalid_argument if sizes differ, an example index is >= num_examples, an example has no
// rows or a choice appears twice.
std::vector<int32_t> decode_multiple_choice(const std::vector<Feature>& features,
                                            const std::vector<float>& scores, size_t num_examples);

// ---- token tagging ----

// Per-feature logits, row-major [positions, labels.size()] (rows beyond the feature's length, e.g.
// batch padding, are ignored) -> one tag per word of every example: the argmax at the word's first
// sub-word (the first position carrying its word id). Split pieces are merged back by word index.
// std::invalid_argument if a logits array is too short or not a multiple of labels.size(), a
// feature points outside the examples or a word is covered twice or never.
std::vector<std::vector<std::string>> decode_tagging(const std::vector<TaggingExample>& examples,
                                                     const std::vector<Feature>& features,
                                                     const std::vector<std::vector<float>>& logits,
                                                     const std::vector<std::string>& labels);

// The same words, but each example's tags are the most likely sequence that is valid BIO: no
// "I-X" after anything but "B-X" or "I-X" (nor first). `logits` are read as log-probabilities of the
// labels (log-softmax is applied per token first), the path maximises their sum over words
// (Viterbi; ties go to the lower label index). Equals decode_tagging when its argmax is valid.
// Same errors as decode_tagging.
std::vector<std::vector<std::string>> decode_tagging_bio_viterbi(const std::vector<TaggingExample>& examples,
                                                                 const std::vector<Feature>& features,
                                                                 const std::vector<std::vector<float>>& logits,
                                                                 const std::vector<std::string>& labels);

// ---- extractive QA ----

struct QaDecodeOptions {
  // Start and end candidates per feature (the top-n logits of each) and size of the n-best list.
  int n_best_size = 20;
  // Longest answer, in tokens (end - start + 1).
  int max_answer_length = 30;
  void validate() const;  // ConfigError naming the field
};

struct QaCandidate {
  std::string text;        // context.substr(begin_byte, end_byte - begin_byte)
  float score = 0;         // start_logit + end_logit
  float start_logit = 0;
  float end_logit = 0;
  float probability = 0;   // softmax of the scores over the n-best list
  size_t feature = 0;      // index into the features
  int32_t start = 0;       // token positions in that feature
  int32_t end = 0;
  size_t begin_byte = 0;   // byte span [begin_byte, end_byte) in the context
  size_t end_byte = 0;
};

struct QaPrediction {
  std::string id;                   // the example's id
  std::string text;                 // best answer; "" when no valid candidate
  std::vector<QaCandidate> nbest;   // best first, distinct texts, at most n_best_size
};

// HF run_squad's compute_predictions_logits (SQuAD v1.1, no null answer), with the answer text
// taken by offsets: for each feature of an example, the top n_best_size start and end positions
// (over the feature's positions, stable order on ties) are paired; a pair is dropped if either end
// is not a context token, the start is not in its max-context window, end < start, or it is
// longer than max_answer_length. Pairs are ranked by start_logit + end_logit; the text is the
// ORIGINAL context between the start token's first byte and the end token's last byte, and
// repeated texts are skipped. This differs from XTREME's whitespace-token + get_final_text
// heuristic only in rare cases (e.g. a span ending inside a whitespace-delimited word that
// get_final_text fails to project back, where it returns the whole word).
// start_logits / end_logits: one array per feature with at least the feature's length entries.
// Returns one prediction per example, in example order. std::invalid_argument on size mismatch.
std::vector<QaPrediction> decode_qa(const std::vector<QaExample>& examples,
                                    const std::vector<Feature>& features,
                                    const std::vector<std::vector<float>>& start_logits,
                                    const std::vector<std::vector<float>>& end_logits,
                                    const QaDecodeOptions& options = {});

}  // namespace xlfuse::data
