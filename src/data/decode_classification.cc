// Classification and multiple-choice decoding: argmax -> label.
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "xlfuse/data/decode.h"

namespace xlfuse::data {

size_t argmax(const float* values, size_t n) {
  if (n == 0) throw std::invalid_argument("argmax of an empty array");
  size_t best = 0;
  for (size_t i = 1; i < n; ++i)
    if (values[i] > values[best]) best = i;
  return best;
}

std::vector<std::string> decode_classification(const std::vector<std::vector<float>>& logits,
                                               const std::vector<std::string>& labels) {
  std::vector<std::string> out;
  out.reserve(logits.size());
  for (size_t i = 0; i < logits.size(); ++i) {
    if (logits[i].size() != labels.size() || labels.empty())
      throw std::invalid_argument(fmt::format("decode_classification: row {} has {} logits, expected {} (one per label)",
                                              i, logits[i].size(), labels.size()));
    out.push_back(labels[argmax(logits[i].data(), logits[i].size())]);
  }
  return out;
}

std::vector<int32_t> decode_multiple_choice(const std::vector<Feature>& features,
                                            const std::vector<float>& scores, size_t num_examples) {
  if (scores.size() != features.size())
    throw std::invalid_argument(fmt::format("decode_multiple_choice: {} features but {} scores",
                                            features.size(), scores.size()));
  std::vector<std::vector<float>> per_example(num_examples);
  std::vector<std::vector<uint8_t>> seen(num_examples);
  for (size_t i = 0; i < features.size(); ++i) {
    const Feature& f = features[i];
    if (f.example_index < 0 || static_cast<size_t>(f.example_index) >= num_examples)
      throw std::invalid_argument(fmt::format("feature {} has example_index {}, but there are {} examples",
                                              i, f.example_index, num_examples));
    if (f.choice < 0) throw std::invalid_argument(fmt::format("feature {} has choice {}", i, f.choice));
    auto& row = per_example[static_cast<size_t>(f.example_index)];
    auto& got = seen[static_cast<size_t>(f.example_index)];
    const auto c = static_cast<size_t>(f.choice);
    if (row.size() <= c) {
      row.resize(c + 1, 0.0f);
      got.resize(c + 1, 0);
    }
    if (got[c])
      throw std::invalid_argument(fmt::format("example {} has choice {} twice", f.example_index, c));
    got[c] = 1;
    row[c] = scores[i];
  }
  std::vector<int32_t> out(num_examples);
  for (size_t e = 0; e < num_examples; ++e) {
    for (size_t c = 0; c < seen[e].size(); ++c)
      if (!seen[e][c]) throw std::invalid_argument(fmt::format("example {} has no row for choice {}", e, c));
    if (per_example[e].empty()) throw std::invalid_argument(fmt::format("example {} has no rows", e));
    out[e] = static_cast<int32_t>(argmax(per_example[e].data(), per_example[e].size()));
  }
  return out;
}

}  // namespace xlfuse::data
