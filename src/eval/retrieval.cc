#include "xlfuse/eval/retrieval.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "xlfuse/eval/python_string.h"

namespace xlfuse::eval {

PrfScores bucc_scores(const std::vector<std::string>& label_lines, const std::vector<std::string>& prediction_lines) {
  // tuple(l.split('\t')) is a bijection of the line, so sets of lines are sets of tuples.
  std::set<std::string> gold(label_lines.begin(), label_lines.end());
  std::set<std::string> pred(prediction_lines.begin(), prediction_lines.end());
  size_t correct = 0;
  for (const auto& p : pred) correct += gold.count(p);
  PrfScores s;
  s.n_correct = correct;
  s.n_predicted = pred.size();
  s.n_gold = gold.size();
  if (correct > 0) {
    double precision = static_cast<double>(correct) / static_cast<double>(pred.size());
    double recall = static_cast<double>(correct) / static_cast<double>(gold.size());
    double f1 = 2 * precision * recall / (precision + recall);
    s.precision = precision * 100;
    s.recall = recall * 100;
    s.f1 = f1 * 100;
  }
  return s;
}

double reciprocal_rank_at_k(const std::string& gold, const std::vector<std::string>& ranked, size_t k) {
  size_t n = std::min(k, ranked.size());
  for (size_t i = 0; i < n; ++i)
    if (ranked[i] == gold) return 1.0 / static_cast<double>(i + 1);
  return 0.0;
}

RankingScores mewslix_mrr_at_k(const std::map<std::string, std::vector<std::string>>& gold,
                               const std::map<std::string, std::vector<std::string>>& predictions, size_t k) {
  RankingScores s;
  static const std::vector<std::string> none;
  double sum = 0;
  for (const auto& [id, golds] : gold) {
    if (golds.empty()) throw std::invalid_argument(fmt::format("Mewsli-X: example '{}' has an empty gold list", id));
    auto it = predictions.find(id);
    if (it == predictions.end()) ++s.n_unpredicted;
    sum += reciprocal_rank_at_k(py::strip(golds[0]), it == predictions.end() ? none : it->second, k);
    ++s.n_examples;
  }
  for (const auto& entry : predictions) s.n_unexpected += gold.count(entry.first) ? 0 : 1;
  double mrr = s.n_examples ? sum / static_cast<double>(s.n_examples) : 0.0;
  s.value = mrr * 100;
  return s;
}

double average_precision_at_k(const std::set<std::string>& relevant, const std::vector<std::string>& ranked, size_t k) {
  if (relevant.empty()) throw std::invalid_argument("average precision: the question has no relevant candidate");
  size_t n = std::min(k, ranked.size());
  std::set<std::string> seen;
  double score = 0, hits = 0;
  for (size_t i = 0; i < n; ++i) {
    bool first_time = seen.insert(ranked[i]).second;
    if (first_time && relevant.count(ranked[i])) {
      hits += 1.0;
      score += hits / (static_cast<double>(i) + 1.0);
    }
  }
  return score / static_cast<double>(std::min(relevant.size(), k));
}

RankingScores lareqa_map_at_k(const std::map<std::string, std::vector<std::string>>& gold,
                              const std::map<std::string, std::vector<std::string>>& predictions, size_t k) {
  RankingScores s;
  static const std::vector<std::string> none;
  double sum = 0;
  for (const auto& [id, relevant] : gold) {
    if (relevant.empty()) throw std::invalid_argument(fmt::format("LAReQA: question '{}' has no relevant candidate", id));
    auto it = predictions.find(id);
    if (it == predictions.end()) ++s.n_unpredicted;
    sum += average_precision_at_k(std::set<std::string>(relevant.begin(), relevant.end()),
                                  it == predictions.end() ? none : it->second, k);
    ++s.n_examples;
  }
  for (const auto& entry : predictions) s.n_unexpected += gold.count(entry.first) ? 0 : 1;
  s.value = s.n_examples ? sum / static_cast<double>(s.n_examples) * 100 : 0.0;
  return s;
}

}  // namespace xlfuse::eval
