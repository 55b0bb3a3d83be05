// BUCC 2018 bitext mining and threshold tuning as XTREME does them. See bucc_mining.h.
#include "xlfuse/decode/bucc_mining.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/decode/similarity_search.h"

namespace xlfuse::decode {

std::vector<MinedPair> mine_bitext(const std::vector<float>& source, size_t source_rows,
                                   const std::vector<float>& target, size_t target_rows, size_t dim, int neighbours) {
  if (neighbours < 1) throw ConfigError(fmt::format("bucc_neighbours: expected at least 1, got {}", neighbours));
  if (source.size() != source_rows * dim || target.size() != target_rows * dim)
    throw std::invalid_argument("mine_bitext: matrix sizes do not match rows x dim");
  std::vector<MinedPair> out;
  if (source_rows == 0 || target_rows == 0) return out;
  const EmbeddingMatrix x{static_cast<int64_t>(source_rows), static_cast<int64_t>(dim), source};
  const EmbeddingMatrix y{static_cast<int64_t>(target_rows), static_cast<int64_t>(dim), target};
  const Neighbours fwd = cosine_top_k(x, y, std::min<int64_t>(neighbours, y.rows));
  const Neighbours bwd = cosine_top_k(y, x, std::min<int64_t>(neighbours, x.rows));
  auto mean = [](const std::vector<float>& v) {
    double s = 0;
    for (float f : v) s += f;
    return s / static_cast<double>(v.size());
  };
  std::vector<double> x2y(source_rows), y2x(target_rows);
  for (size_t i = 0; i < source_rows; ++i) x2y[i] = mean(fwd.score[i]);
  for (size_t j = 0; j < target_rows; ++j) y2x[j] = mean(bwd.score[j]);
  // Best candidate of each sentence by ratio margin (the first of equal scores, as numpy argmax).
  std::vector<MinedPair> candidates;
  candidates.reserve(source_rows + target_rows);
  for (size_t i = 0; i < source_rows; ++i) {
    MinedPair best{-1e300, i, 0};
    for (size_t n = 0; n < fwd.index[i].size(); ++n) {
      const auto j = static_cast<size_t>(fwd.index[i][n]);
      const double score = fwd.score[i][n] / ((x2y[i] + y2x[j]) / 2);
      if (score > best.score) best = {score, i, j};
    }
    candidates.push_back(best);
  }
  for (size_t j = 0; j < target_rows; ++j) {
    MinedPair best{-1e300, 0, j};
    for (size_t n = 0; n < bwd.index[j].size(); ++n) {
      const auto i = static_cast<size_t>(bwd.index[j][n]);
      const double score = bwd.score[j][n] / ((y2x[j] + x2y[i]) / 2);
      if (score > best.score) best = {score, i, j};
    }
    candidates.push_back(best);
  }
  // Best first (stable, like a stable argsort of -scores), each sentence used once.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const MinedPair& a, const MinedPair& b) { return a.score > b.score; });
  std::vector<char> seen_source(source_rows, 0), seen_target(target_rows, 0);
  for (const auto& c : candidates) {
    if (seen_source[c.source] || seen_target[c.target]) continue;
    seen_source[c.source] = seen_target[c.target] = 1;
    if (c.score > 0) out.push_back(c);
  }
  return out;
}

double bucc_optimize_threshold(const std::vector<std::pair<std::string, double>>& candidates,
                               const std::set<std::string>& gold) {
  std::vector<std::pair<std::string, double>> items = candidates;
  std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  double best_f1 = 0, threshold = 0;
  size_t correct = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    correct += gold.count(items[i].first);
    if (correct == 0) continue;
    const double precision = static_cast<double>(correct) / static_cast<double>(i + 1);
    const double recall = static_cast<double>(correct) / static_cast<double>(gold.size());
    const double f1 = 2 * precision * recall / (precision + recall);
    if (f1 > best_f1) {
      best_f1 = f1;
      // Midway to the next candidate (the last one: its own score, keeping it).
      threshold = i + 1 < items.size() ? (items[i].second + items[i + 1].second) / 2 : items[i].second;
    }
  }
  return threshold;
}

}  // namespace xlfuse::decode
