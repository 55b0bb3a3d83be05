// Extractive-QA decoding: n-best start/end search over the windows of each example.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/decode.h"

namespace xlfuse::data {

void QaDecodeOptions::validate() const {
  if (n_best_size < 1) throw ConfigError(fmt::format("qa.n_best_size must be >= 1, got {}", n_best_size));
  if (max_answer_length < 1)
    throw ConfigError(fmt::format("qa.max_answer_length must be >= 1, got {}", max_answer_length));
}

namespace {

// Positions of the n largest values among the first `length`, largest first; equal values keep
// position order (Python's stable sorted(..., reverse=True)).
std::vector<int32_t> best_indexes(const std::vector<float>& logits, size_t length, size_t n) {
  std::vector<int32_t> idx(length);
  std::iota(idx.begin(), idx.end(), 0);
  std::stable_sort(idx.begin(), idx.end(), [&logits](int32_t a, int32_t b) { return logits[a] > logits[b]; });
  if (idx.size() > n) idx.resize(n);
  return idx;
}

void check_qa_feature(const Feature& f, size_t i) {
  const size_t n = f.length();
  if (f.offsets.size() != n || f.is_context.size() != n || f.token_is_max_context.size() != n)
    throw std::invalid_argument(fmt::format(
        "feature {} lacks QA fields (offsets {}, is_context {}, token_is_max_context {} for {} "
        "positions); build it with qa_features",
        i, f.offsets.size(), f.is_context.size(), f.token_is_max_context.size(), n));
}

}  // namespace

std::vector<QaPrediction> decode_qa(const std::vector<QaExample>& examples,
                                    const std::vector<Feature>& features,
                                    const std::vector<std::vector<float>>& start_logits,
                                    const std::vector<std::vector<float>>& end_logits,
                                    const QaDecodeOptions& options) {
  options.validate();
  if (start_logits.size() != features.size() || end_logits.size() != features.size())
    throw std::invalid_argument(fmt::format(
        "decode_qa: {} features but {} start and {} end logit arrays", features.size(),
        start_logits.size(), end_logits.size()));
  std::vector<std::vector<size_t>> by_example(examples.size());
  for (size_t i = 0; i < features.size(); ++i) {
    const Feature& f = features[i];
    if (f.example_index < 0 || static_cast<size_t>(f.example_index) >= examples.size())
      throw std::invalid_argument(fmt::format("feature {} has example_index {}, but there are {} examples",
                                              i, f.example_index, examples.size()));
    check_qa_feature(f, i);
    if (start_logits[i].size() < f.length() || end_logits[i].size() < f.length())
      throw std::invalid_argument(fmt::format(
          "feature {} has {} positions but {} start and {} end logits", i, f.length(),
          start_logits[i].size(), end_logits[i].size()));
    by_example[static_cast<size_t>(f.example_index)].push_back(i);
  }

  const auto n_best = static_cast<size_t>(options.n_best_size);
  std::vector<QaPrediction> predictions(examples.size());
  std::vector<QaCandidate> prelim;
  for (size_t ei = 0; ei < examples.size(); ++ei) {
    const QaExample& ex = examples[ei];
    QaPrediction& pred = predictions[ei];
    pred.id = ex.id;
    prelim.clear();
    for (size_t fi : by_example[ei]) {
      const Feature& f = features[fi];
      const std::vector<float>& sl = start_logits[fi];
      const std::vector<float>& el = end_logits[fi];
      const std::vector<int32_t> starts = best_indexes(sl, f.length(), n_best);
      const std::vector<int32_t> ends = best_indexes(el, f.length(), n_best);
      for (int32_t s : starts) {
        if (!f.is_context[s] || !f.token_is_max_context[s]) continue;
        for (int32_t e : ends) {
          if (!f.is_context[e] || e < s || e - s + 1 > options.max_answer_length) continue;
          QaCandidate c;
          c.feature = fi;
          c.start = s;
          c.end = e;
          c.start_logit = sl[s];
          c.end_logit = el[e];
          c.score = sl[s] + el[e];
          c.begin_byte = f.offsets[s].first;
          c.end_byte = f.offsets[e].second;
          prelim.push_back(c);
        }
      }
    }
    std::stable_sort(prelim.begin(), prelim.end(),
                     [](const QaCandidate& a, const QaCandidate& b) { return a.score > b.score; });
    std::unordered_set<std::string> seen;
    for (QaCandidate& c : prelim) {
      if (pred.nbest.size() >= n_best) break;
      if (c.end_byte > ex.context.size() || c.begin_byte > c.end_byte)
        throw std::invalid_argument(fmt::format(
            "feature {} of question '{}': offsets [{}, {}) do not fit its context of {} bytes",
            c.feature, ex.id, c.begin_byte, c.end_byte, ex.context.size()));
      c.text = ex.context.substr(c.begin_byte, c.end_byte - c.begin_byte);
      if (!seen.insert(c.text).second) continue;
      pred.nbest.push_back(std::move(c));
    }
    if (pred.nbest.empty()) continue;
    // Softmax of the scores over the n-best list (max-shifted).
    const float top = pred.nbest.front().score;
    double total = 0;
    for (const QaCandidate& c : pred.nbest) total += std::exp(static_cast<double>(c.score - top));
    for (QaCandidate& c : pred.nbest)
      c.probability = static_cast<float>(std::exp(static_cast<double>(c.score - top)) / total);
    pred.text = pred.nbest.front().text;
  }
  return predictions;
}

}  // namespace xlfuse::data
