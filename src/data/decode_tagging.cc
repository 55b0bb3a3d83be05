// Token-tagging decoding: first sub-word of each word, split pieces merged back per sentence;
// per word by argmax, or per sentence by BIO-constrained Viterbi.
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "xlfuse/data/decode.h"

namespace xlfuse::data {
namespace {

// The scores row of every word of every example: the row of its first sub-word, in whichever
// feature (piece of a split sentence) holds it. Validates the arrays against the features.
std::vector<std::vector<const float*>> word_rows(const std::vector<TaggingExample>& examples,
                                                 const std::vector<Feature>& features,
                                                 const std::vector<std::vector<float>>& logits, size_t num_labels) {
  if (num_labels == 0) throw std::invalid_argument("decode_tagging: empty label list");
  if (logits.size() != features.size())
    throw std::invalid_argument(
        fmt::format("decode_tagging: {} features but {} logit arrays", features.size(), logits.size()));
  std::vector<std::vector<const float*>> rows(examples.size());
  for (size_t e = 0; e < examples.size(); ++e) rows[e].assign(examples[e].words.size(), nullptr);
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
      if (static_cast<size_t>(w) >= rows[e].size())
        throw std::invalid_argument(fmt::format("feature {}: word {} but sentence '{}' has {} words", fi, w,
                                                examples[e].id, rows[e].size()));
      if (rows[e][w])
        throw std::invalid_argument(fmt::format("feature {}: word {} of sentence '{}' is covered twice", fi,
                                                w, examples[e].id));
      rows[e][w] = row.data() + p * num_labels;
    }
  }
  for (size_t e = 0; e < examples.size(); ++e)
    for (size_t w = 0; w < rows[e].size(); ++w)
      if (!rows[e][w])
        throw std::invalid_argument(fmt::format("decode_tagging: word {} of sentence '{}' is in no feature", w,
                                                examples[e].id));
  return rows;
}

// allowed[i][j]: label j may follow label i under BIO (an I-X only after B-X or I-X);
// allowed_first[j]: label j may start a sentence.
struct BioTransitions {
  std::vector<std::vector<bool>> allowed;
  std::vector<bool> allowed_first;
};

BioTransitions bio_transitions(const std::vector<std::string>& labels) {
  auto inside_type = [](const std::string& l) { return l.rfind("I-", 0) == 0 ? l.substr(2) : std::string(); };
  const size_t n = labels.size();
  BioTransitions t{std::vector<std::vector<bool>>(n, std::vector<bool>(n, true)), std::vector<bool>(n, true)};
  for (size_t j = 0; j < n; ++j) {
    const std::string type = inside_type(labels[j]);
    if (type.empty()) continue;
    t.allowed_first[j] = false;
    for (size_t i = 0; i < n; ++i) t.allowed[i][j] = labels[i] == "B-" + type || labels[i] == "I-" + type;
  }
  return t;
}

// log-softmax of one row (the Viterbi scores are log-probabilities).
void log_softmax(const float* row, size_t n, std::vector<double>* out) {
  double max = row[0];
  for (size_t i = 1; i < n; ++i) max = std::max(max, static_cast<double>(row[i]));
  double sum = 0;
  for (size_t i = 0; i < n; ++i) sum += std::exp(static_cast<double>(row[i]) - max);
  const double log_z = max + std::log(sum);
  out->resize(n);
  for (size_t i = 0; i < n; ++i) (*out)[i] = static_cast<double>(row[i]) - log_z;
}

std::vector<std::string> viterbi(const std::vector<const float*>& words, const std::vector<std::string>& labels,
                                 const BioTransitions& bio) {
  const size_t n = labels.size();
  const double kNone = -std::numeric_limits<double>::infinity();
  if (words.empty()) return {};
  std::vector<double> emit;
  std::vector<double> score(n, kNone), next(n);
  std::vector<std::vector<int32_t>> back(words.size(), std::vector<int32_t>(n, -1));
  log_softmax(words[0], n, &emit);
  for (size_t j = 0; j < n; ++j)
    if (bio.allowed_first[j]) score[j] = emit[j];
  for (size_t w = 1; w < words.size(); ++w) {
    log_softmax(words[w], n, &emit);
    for (size_t j = 0; j < n; ++j) {
      double best = kNone;
      int32_t from = -1;
      for (size_t i = 0; i < n; ++i) {
        if (!bio.allowed[i][j] || score[i] == kNone) continue;
        if (score[i] > best) {  // strict: ties keep the lower label index
          best = score[i];
          from = static_cast<int32_t>(i);
        }
      }
      next[j] = from < 0 ? kNone : best + emit[j];
      back[w][j] = from;
    }
    score.swap(next);
  }
  size_t last = 0;
  for (size_t j = 1; j < n; ++j)
    if (score[j] > score[last]) last = j;
  std::vector<std::string> tags(words.size());
  int32_t j = static_cast<int32_t>(last);
  for (size_t w = words.size(); w-- > 0;) {
    tags[w] = labels[static_cast<size_t>(j)];
    if (w > 0) j = back[w][static_cast<size_t>(j)];
  }
  return tags;
}

}  // namespace

std::vector<std::vector<std::string>> decode_tagging(const std::vector<TaggingExample>& examples,
                                                     const std::vector<Feature>& features,
                                                     const std::vector<std::vector<float>>& logits,
                                                     const std::vector<std::string>& labels) {
  const auto rows = word_rows(examples, features, logits, labels.size());
  std::vector<std::vector<std::string>> tags(examples.size());
  for (size_t e = 0; e < examples.size(); ++e)
    for (const float* row : rows[e]) tags[e].push_back(labels[argmax(row, labels.size())]);
  return tags;
}

std::vector<std::vector<std::string>> decode_tagging_bio_viterbi(const std::vector<TaggingExample>& examples,
                                                                 const std::vector<Feature>& features,
                                                                 const std::vector<std::vector<float>>& logits,
                                                                 const std::vector<std::string>& labels) {
  const auto rows = word_rows(examples, features, logits, labels.size());
  const BioTransitions bio = bio_transitions(labels);
  std::vector<std::vector<std::string>> tags(examples.size());
  for (size_t e = 0; e < examples.size(); ++e) tags[e] = viterbi(rows[e], labels, bio);
  return tags;
}

}  // namespace xlfuse::data
