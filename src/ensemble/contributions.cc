// A member's contributions to the running sums. See contributions.h.
#include "xlfuse/ensemble/contributions.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace xlfuse::ensemble {

void softmax_to_double(const float* x, size_t n, double* out) {
  if (n == 0) return;
  double max = x[0];
  for (size_t i = 1; i < n; ++i) max = std::max(max, static_cast<double>(x[i]));
  double sum = 0;
  for (size_t i = 0; i < n; ++i) sum += out[i] = std::exp(static_cast<double>(x[i]) - max);
  for (size_t i = 0; i < n; ++i) out[i] /= sum;
}

std::vector<double> member_contributions(const io::RawOutputs& r) {
  size_t values = 0;
  if (r.kind == io::RawOutputKind::Qa) {
    for (const auto* rows : {&r.start_logits, &r.end_logits})
      for (const auto& row : *rows) values += row.size();
  } else if (r.kind != io::RawOutputKind::Embeddings) {
    for (const auto& row : r.logits) values += row.size();
  }
  std::vector<double> out(values);
  double* to = out.data();
  switch (r.kind) {
    case io::RawOutputKind::Classification:
      for (const auto& row : r.logits) {
        softmax_to_double(row.data(), row.size(), to);
        to += row.size();
      }
      break;
    case io::RawOutputKind::Tagging: {
      const size_t labels = r.meta.labels.size();
      for (const auto& row : r.logits)
        for (size_t p = 0; p < row.size(); p += labels, to += labels) softmax_to_double(row.data() + p, labels, to);
      break;
    }
    case io::RawOutputKind::MultipleChoice: {
      // One distribution per example, over the scores of its choice features.
      std::map<int64_t, std::vector<size_t>> features_of;
      for (size_t f = 0; f < r.size(); ++f) features_of[r.example_index[f]].push_back(f);
      std::vector<float> scores;
      std::vector<double> probabilities;
      for (const auto& [example, features] : features_of) {
        scores.clear();
        for (size_t f : features) scores.push_back(r.logits[f][0]);
        probabilities.resize(scores.size());
        softmax_to_double(scores.data(), scores.size(), probabilities.data());
        for (size_t i = 0; i < features.size(); ++i) out[features[i]] = probabilities[i];
      }
      break;
    }
    case io::RawOutputKind::Qa:
      for (const auto* rows : {&r.start_logits, &r.end_logits})
        for (const auto& row : *rows) to = std::copy(row.begin(), row.end(), to);
      break;
    case io::RawOutputKind::Embeddings: break;  // not summed
  }
  return out;
}

}  // namespace xlfuse::ensemble
