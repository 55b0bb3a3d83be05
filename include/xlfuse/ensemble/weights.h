#pragma once
// Member weights and member selection, from English dev data only (zero-shot: target-language
// labels are for evaluation). Each takes the members' English dev outputs (or scores) and returns
// one weight per member, normalised to sum 1; a member weighted 0 is left out.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace xlfuse::ensemble {

// How --weights chooses the weights.
//   uniform      every member 1
//   english-dev  proportional to each member's English dev score (the headline metric)
//   fitted       the convex combination maximising the log-likelihood of the English dev gold
//                under the weighted mean of the members' probabilities (classification, multiple
//                choice, tagging: first sub-word of each word)
//   caruana      greedy forward selection with replacement (Caruana et al. 2004): starting
//                empty, repeatedly add the member (again or not) whose addition most improves the
//                English dev metric of the mean-prob ensemble; weights = how often each was added
enum class WeightSource { Uniform, EnglishDev, Fitted, Caruana };
WeightSource parse_weight_source(const std::string& name);  // ConfigError listing the names
std::string to_string(WeightSource source);

// Weights proportional to the scores (ConfigError when a score is negative or all are 0).
std::vector<double> weights_from_scores(const std::vector<double>& english_dev_scores);

// The weights w on the simplex maximising sum_i log(sum_m w_m p_m(gold_i)), where
// gold_probabilities[m][i] is member m's probability of example i's gold label (> 0). Solved by
// EM (multiplicative updates, monotone) to a relative improvement below `tolerance`;
// deterministic. ConfigError for no examples, ragged rows or probabilities outside (0, 1].
std::vector<double> fit_log_likelihood_weights(const std::vector<std::vector<double>>& gold_probabilities,
                                               int max_iterations = 500, double tolerance = 1e-9);

// Caruana's selection: `rounds` additions; dev_metric(counts) scores the ensemble that holds
// member m counts[m] times (higher is better). Ties go to the lower member index; the selection
// is the best prefix of the additions. Returns the normalised counts.
std::vector<double> caruana_selection(size_t members, int rounds,
                                      const std::function<double(const std::vector<int64_t>& counts)>& dev_metric);

}  // namespace xlfuse::ensemble
