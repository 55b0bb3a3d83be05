#pragma once
// Statistics of ensemble-versus-member comparisons over per-example scores
// (decode/example_scores.h): paired bootstrap intervals, win/tie/loss over languages, mean and
// standard deviation over seeds, and member diversity. Deterministic under a seed. Torch-free.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "xlfuse/decode/example_scores.h"

namespace xlfuse::ensemble {

struct BootstrapOptions {
  // Resamples (each resamples the examples of every language with replacement).
  int64_t resamples = 1000;
  // Coverage of the interval (0.95 -> the 2.5th and 97.5th percentiles).
  double confidence = 0.95;
  uint64_t seed = 1;
  void validate() const;  // ConfigError naming the field
};

struct Interval {
  // Observed difference (a - b) and the percentile interval of the resampled differences.
  double delta = 0.0;
  double low = 0.0;
  double high = 0.0;
};

// Paired bootstrap of metric(a) - metric(b) on one language: the same resampled examples for both
// systems. std::invalid_argument when a and b differ in metric or example count.
Interval paired_bootstrap(const decode::ExampleScores& a, const decode::ExampleScores& b,
                          const BootstrapOptions& options = {});

// The same for the mean over languages of the per-language differences: each resample resamples
// every language's examples independently (languages keyed alike in a and b).
Interval paired_bootstrap_mean(const std::map<std::string, decode::ExampleScores>& a,
                               const std::map<std::string, decode::ExampleScores>& b,
                               const BootstrapOptions& options = {});

// Languages where a beats b, ties (|delta| <= tie_margin) or loses.
struct WinTieLoss {
  int wins = 0, ties = 0, losses = 0;
};
WinTieLoss win_tie_loss(const std::map<std::string, double>& a, const std::map<std::string, double>& b,
                        double tie_margin = 0.0);

// Mean and sample standard deviation (0 for one value); std::invalid_argument when empty.
struct MeanStd {
  double mean = 0.0;
  double std = 0.0;
  int64_t n = 0;
};
MeanStd mean_std(const std::vector<double>& values);

// Pairwise disagreement: the fraction of prediction units (examples; tagging: words; QA:
// questions' answers after normalisation) on which two members' predictions differ, averaged over
// member pairs. units[m] holds member m's predictions as comparable strings, all of one length.
double mean_pairwise_disagreement(const std::vector<std::vector<std::string>>& units);

}  // namespace xlfuse::ensemble
