// Ensemble-versus-member statistics over per-example scores. See statistics.h.
//
// Bootstrap: each resample draws as many example indices as there are examples, uniformly with
// replacement (SplitMix64::below under the seed, one stream for the whole call, consumed resample
// by resample, language by language in key order, example by example), sums both systems' rows
// at the SAME indices (paired), and takes metric_of of each sum. The interval is the percentile
// interval of the resampled differences: with the differences sorted, d[0] <= ... <= d[R-1], the
// quantile q is read at position h = q (R - 1), interpolating linearly between d[floor(h)] and
// d[floor(h) + 1] (numpy.percentile's default "linear" method); low = quantile((1 - c) / 2),
// high = quantile((1 + c) / 2) for confidence c.
#include "xlfuse/ensemble/statistics.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/rng.h"

namespace xlfuse::ensemble {

namespace {

// a and b must be rows of the same metric over the same examples.
void check_paired(const decode::ExampleScores& a, const decode::ExampleScores& b, const std::string& where) {
  if (a.metric != b.metric || a.kind != b.kind || a.width != b.width)
    throw std::invalid_argument(fmt::format("paired bootstrap{}: system a has {} rows of width {}, system b {} rows of "
                                            "width {}; both must score the same metric",
                                            where, a.metric, a.width, b.metric, b.width));
  if (a.size() != b.size())
    throw std::invalid_argument(fmt::format("paired bootstrap{}: system a has {} examples, system b {}; both must "
                                            "score the same examples",
                                            where, a.size(), b.size()));
  if (a.size() == 0) throw std::invalid_argument(fmt::format("paired bootstrap{}: no examples", where));
}

// Adds the rows at `count` random indices of a and b to their sums (the same indices for both).
void add_resample(const decode::ExampleScores& a, const decode::ExampleScores& b, SplitMix64& rng,
                  std::vector<double>& sum_a, std::vector<double>& sum_b) {
  const size_t n = a.size(), w = a.width;
  sum_a.assign(w, 0.0);
  sum_b.assign(w, 0.0);
  for (size_t i = 0; i < n; ++i) {
    const size_t row = static_cast<size_t>(rng.below(n)) * w;
    for (size_t c = 0; c < w; ++c) {
      sum_a[c] += a.values[row + c];
      sum_b[c] += b.values[row + c];
    }
  }
}

// Linear-interpolation quantile of sorted values (numpy's default method).
double quantile(const std::vector<double>& sorted, double q) {
  const double h = q * static_cast<double>(sorted.size() - 1);
  const size_t lo = static_cast<size_t>(std::floor(h));
  if (lo + 1 >= sorted.size()) return sorted.back();
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

Interval percentile_interval(double delta, std::vector<double> diffs, double confidence) {
  std::sort(diffs.begin(), diffs.end());
  Interval out;
  out.delta = delta;
  out.low = quantile(diffs, (1 - confidence) / 2);
  out.high = quantile(diffs, (1 + confidence) / 2);
  return out;
}

}  // namespace

void BootstrapOptions::validate() const {
  if (resamples <= 0) throw ConfigError(fmt::format("bootstrap resamples: expected a positive count, got {}", resamples));
  if (!(confidence > 0 && confidence < 1))
    throw ConfigError(fmt::format("bootstrap confidence: expected a value in (0, 1), e.g. 0.95, got {}", confidence));
}

Interval paired_bootstrap(const decode::ExampleScores& a, const decode::ExampleScores& b,
                          const BootstrapOptions& options) {
  options.validate();
  check_paired(a, b, "");
  SplitMix64 rng(options.seed);
  std::vector<double> diffs(static_cast<size_t>(options.resamples));
  std::vector<double> sum_a, sum_b;
  for (double& d : diffs) {
    add_resample(a, b, rng, sum_a, sum_b);
    d = a.metric_of(sum_a) - b.metric_of(sum_b);
  }
  return percentile_interval(a.total() - b.total(), std::move(diffs), options.confidence);
}

Interval paired_bootstrap_mean(const std::map<std::string, decode::ExampleScores>& a,
                               const std::map<std::string, decode::ExampleScores>& b, const BootstrapOptions& options) {
  options.validate();
  if (a.empty()) throw std::invalid_argument("paired bootstrap over languages: no language");
  if (a.size() != b.size() || !std::equal(a.begin(), a.end(), b.begin(), [](const auto& x, const auto& y) {
        return x.first == y.first;
      })) {
    std::vector<std::string> ka, kb;
    for (const auto& e : a) ka.push_back(e.first);
    for (const auto& e : b) kb.push_back(e.first);
    throw std::invalid_argument(fmt::format("paired bootstrap over languages: system a has languages [{}], system b "
                                            "[{}]; both must have the same",
                                            fmt::join(ka, ", "), fmt::join(kb, ", ")));
  }
  double delta = 0;
  for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib) {
    check_paired(ia->second, ib->second, fmt::format(" ({})", ia->first));
    delta += ia->second.total() - ib->second.total();
  }
  const double languages = static_cast<double>(a.size());
  SplitMix64 rng(options.seed);
  std::vector<double> diffs(static_cast<size_t>(options.resamples));
  std::vector<double> sum_a, sum_b;
  for (double& d : diffs) {
    double total = 0;
    for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib) {
      add_resample(ia->second, ib->second, rng, sum_a, sum_b);
      total += ia->second.metric_of(sum_a) - ib->second.metric_of(sum_b);
    }
    d = total / languages;
  }
  return percentile_interval(delta / languages, std::move(diffs), options.confidence);
}

WinTieLoss win_tie_loss(const std::map<std::string, double>& a, const std::map<std::string, double>& b,
                        double tie_margin) {
  if (!(tie_margin >= 0)) throw std::invalid_argument(fmt::format("win/tie/loss: tie margin must be >= 0, got {}", tie_margin));
  WinTieLoss out;
  for (const auto& [lang, score] : a) {
    auto it = b.find(lang);
    if (it == b.end())
      throw std::invalid_argument(fmt::format("win/tie/loss: language '{}' has a score for system a but not for b", lang));
    const double d = score - it->second;
    if (std::fabs(d) <= tie_margin) ++out.ties;
    else if (d > 0) ++out.wins;
    else ++out.losses;
  }
  if (b.size() != a.size()) {
    for (const auto& [lang, score] : b)
      if (!a.count(lang))
        throw std::invalid_argument(
            fmt::format("win/tie/loss: language '{}' has a score for system b but not for a", lang));
  }
  return out;
}

MeanStd mean_std(const std::vector<double>& values) {
  if (values.empty()) throw std::invalid_argument("mean/std: no values");
  MeanStd out;
  out.n = static_cast<int64_t>(values.size());
  double sum = 0;
  for (double v : values) sum += v;
  out.mean = sum / static_cast<double>(values.size());
  if (values.size() > 1) {
    double squares = 0;
    for (double v : values) squares += (v - out.mean) * (v - out.mean);
    out.std = std::sqrt(squares / static_cast<double>(values.size() - 1));  // sample (n - 1) std
  }
  return out;
}

double mean_pairwise_disagreement(const std::vector<std::vector<std::string>>& units) {
  if (units.size() < 2)
    throw std::invalid_argument(fmt::format("pairwise disagreement: needs at least 2 members, got {}", units.size()));
  const size_t n = units.front().size();
  for (size_t m = 1; m < units.size(); ++m)
    if (units[m].size() != n)
      throw std::invalid_argument(fmt::format("pairwise disagreement: member 0 has {} prediction units, member {} has {}",
                                              n, m, units[m].size()));
  if (n == 0) throw std::invalid_argument("pairwise disagreement: no prediction units");
  double total = 0;
  size_t pairs = 0;
  for (size_t i = 0; i < units.size(); ++i)
    for (size_t j = i + 1; j < units.size(); ++j) {
      size_t differ = 0;
      for (size_t u = 0; u < n; ++u) differ += units[i][u] != units[j][u] ? 1 : 0;
      total += static_cast<double>(differ) / static_cast<double>(n);
      ++pairs;
    }
  return total / static_cast<double>(pairs);
}

}  // namespace xlfuse::ensemble
