// Member weights from English dev data. See weights.h.
#include "xlfuse/ensemble/weights.h"

#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "xlfuse/core/enum_names.h"
#include "xlfuse/core/error.h"

namespace xlfuse::ensemble {
namespace {

const EnumTable<WeightSource>& weight_source_names() {
  static const EnumTable<WeightSource> table{{WeightSource::Uniform, "uniform"},
                                             {WeightSource::EnglishDev, "english-dev"},
                                             {WeightSource::Fitted, "fitted"},
                                             {WeightSource::Caruana, "caruana"}};
  return table;
}

std::vector<double> normalised(std::vector<double> w) {
  double total = 0;
  for (double v : w) total += v;
  for (double& v : w) v /= total;
  return w;
}

// The mean log-likelihood of the gold labels under the weighted mixture.
double log_likelihood(const std::vector<std::vector<double>>& p, const std::vector<double>& w) {
  double sum = 0;
  for (size_t i = 0; i < p.front().size(); ++i) {
    double mix = 0;
    for (size_t m = 0; m < p.size(); ++m) mix += w[m] * p[m][i];
    sum += std::log(mix);
  }
  return sum / static_cast<double>(p.front().size());
}

}  // namespace

WeightSource parse_weight_source(const std::string& name) {
  return parse_enum(weight_source_names(), name, "weights");
}

std::string to_string(WeightSource source) { return enum_name(weight_source_names(), source); }

std::vector<double> weights_from_scores(const std::vector<double>& english_dev_scores) {
  double total = 0;
  for (size_t m = 0; m < english_dev_scores.size(); ++m) {
    const double s = english_dev_scores[m];
    if (!(s >= 0) || !std::isfinite(s))
      throw ConfigError(fmt::format("english-dev weights: member {} has score {}; expected a finite score >= 0", m, s));
    total += s;
  }
  if (!(total > 0)) throw ConfigError("english-dev weights: every member scores 0 on English dev");
  return normalised(english_dev_scores);
}

std::vector<double> fit_log_likelihood_weights(const std::vector<std::vector<double>>& gold_probabilities,
                                               int max_iterations, double tolerance) {
  const auto& p = gold_probabilities;
  if (p.empty() || p.front().empty()) throw ConfigError("fitted weights: no English dev example to fit on");
  for (size_t m = 0; m < p.size(); ++m) {
    if (p[m].size() != p.front().size())
      throw ConfigError(fmt::format("fitted weights: member {} has {} dev examples, member 0 has {}", m, p[m].size(),
                                    p.front().size()));
    for (double v : p[m])
      if (!(v > 0) || !(v <= 1)) throw ConfigError(fmt::format("fitted weights: member {} has probability {}", m, v));
  }
  const size_t n = p.front().size();
  std::vector<double> w(p.size(), 1.0 / static_cast<double>(p.size()));
  double previous = log_likelihood(p, w);
  // EM for mixture weights: w_m <- w_m * mean_i p_m(i) / mix(i). Each step raises the likelihood
  // (it is concave in w) and keeps w on the simplex (the new weights sum to 1).
  for (int it = 0; it < max_iterations; ++it) {
    std::vector<double> grad(p.size(), 0.0);
    for (size_t i = 0; i < n; ++i) {
      double mix = 0;
      for (size_t m = 0; m < p.size(); ++m) mix += w[m] * p[m][i];
      for (size_t m = 0; m < p.size(); ++m) grad[m] += p[m][i] / mix / static_cast<double>(n);
    }
    for (size_t m = 0; m < p.size(); ++m) w[m] *= grad[m];
    w = normalised(w);  // against rounding only
    const double current = log_likelihood(p, w);
    if (std::abs(current - previous) <= tolerance * std::abs(previous)) break;
    previous = current;
  }
  return w;
}

std::vector<double> caruana_selection(size_t members, int rounds,
                                      const std::function<double(const std::vector<int64_t>& counts)>& dev_metric) {
  if (members == 0) throw ConfigError("caruana: no members");
  if (rounds < 1) throw ConfigError(fmt::format("caruana: expected at least one round, got {}", rounds));
  std::vector<int64_t> counts(members, 0), best_counts;
  double best_score = -std::numeric_limits<double>::infinity();
  for (int r = 0; r < rounds; ++r) {
    size_t pick = 0;
    double pick_score = -std::numeric_limits<double>::infinity();
    for (size_t m = 0; m < members; ++m) {
      ++counts[m];
      const double s = dev_metric(counts);
      --counts[m];
      if (s > pick_score) {  // strict: ties keep the lower index
        pick_score = s;
        pick = m;
      }
    }
    ++counts[pick];
    if (pick_score > best_score) {  // the best prefix of the additions
      best_score = pick_score;
      best_counts = counts;
    }
  }
  std::vector<double> w(best_counts.begin(), best_counts.end());
  return normalised(w);
}

}  // namespace xlfuse::ensemble
