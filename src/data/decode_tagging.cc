// Token-tagging decoding: first sub-word of each word, split pieces merged back per sentence.
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "xlfuse/data/decode.h"

namespace xlfuse::data {

std::vector<std::vector<std::string>> decode_tagging(const std::vector<TaggingExample>& examples,
                                                     const std::vector<Feature>& features,
                                                     const std::vector<std::vector<float>>& logits,
                                                     const std::vector<std::string>& labels) {
  if (labels.empty()) throw std::invalid_argument("decode_tagging: empty label list");
  if (logits.size() != features.size())
    throw std::invalid_argument(
        fmt::format("decode_tagging: {} features but {} logit arrays", features.size(), logits.size()));
  const size_t num_labels = labels.size();
  std::vector<std::vector<std::string>> tags(examples.size());
  std::vector<std::vector<uint8_t>> filled(examples.size());
  for (size_t e = 0; e < examples.size(); ++e) {
    tags[e].resize(examples[e].words.size());
    filled[e].assign(examples[e].words.size(), 0);
  }
  for (size_t fi = 0; fi < features.size(); ++fi) {
    const Feature& f = features[fi];
    const std::vector<float>& row = logits[fi];
    if (row.size() % num_labels != 0 || row.size() / num_labels < f.length())
      throw std::invalid_argument(fmt::format(
          "feature {}: {} logits is not [positions >= {}, {} labels]", fi, row.size(), f.length(), num_labels));
    if (f.word_ids.size() != f.length())
      throw std::invalid_argument(fmt::format("feature {} has {} word ids for {} positions", fi,
                                              f.word_ids.size(), f.length()));
    if (f.example_index < 0 || static_cast<size_t>(f.example_index) >= examples.size())
      throw std::invalid_argument(fmt::format("feature {} has example_index {}, but there are {} examples",
                                              fi, f.example_index, examples.size()));
    const auto e = static_cast<size_t>(f.example_index);
    int32_t previous = -1;
    for (size_t p = 0; p < f.length(); ++p) {
      const int32_t w = f.word_ids[p];
      if (w < 0 || w == previous) {
        previous = w;
        continue;
      }
      previous = w;
      if (static_cast<size_t>(w) >= tags[e].size())
        throw std::invalid_argument(fmt::format("feature {}: word {} but sentence '{}' has {} words", fi, w,
                                                examples[e].id, tags[e].size()));
      if (filled[e][w])
        throw std::invalid_argument(fmt::format("feature {}: word {} of sentence '{}' is covered twice", fi,
                                                w, examples[e].id));
      filled[e][w] = 1;
      tags[e][w] = labels[argmax(row.data() + p * num_labels, num_labels)];
    }
  }
  for (size_t e = 0; e < examples.size(); ++e)
    for (size_t w = 0; w < filled[e].size(); ++w)
      if (!filled[e][w])
        throw std::invalid_argument(fmt::format("decode_tagging: word {} of sentence '{}' is in no feature", w,
                                                examples[e].id));
  return tags;
}

}  // namespace xlfuse::data
