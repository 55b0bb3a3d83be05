#pragma once
// Every subset of the members (up to 12: 4,095 non-empty subsets) scored as a mean-prob ensemble
// (mean-logit for QA, mean-sim for retrieval) on English dev and on each target language, from the
// cached raw outputs. Subsets are visited in Gray-code order, so each step adds or removes one
// member's contribution to running sums instead of recombining all members; the score of a subset
// equals that of combining its members directly (tested for every subset). Scores that need only
// the argmax labels (classification, tagging) can skip the combined outputs: SearchSet::score_labels.
// Torch-free.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "xlfuse/decode/example_scores.h"
#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::ensemble {

// One dataset's outputs of every member (same features), and how to score a combination.
struct SearchSet {
  // "en" for the English dev set; target languages otherwise.
  std::string name;
  // members[m]: member m's raw outputs on this set.
  std::vector<const io::RawOutputs*> members;
  // Scores the combined outputs of a subset (sum of the members' contributions divided by the
  // subset size) by the official metric (decode + score of the task).
  std::function<double(const io::RawOutputs& combined)> score;
  // Optional, for classification and tagging (up to 255 labels): scores a subset from its decoded
  // labels alone; when set, it is called instead of `score`. labels[u] is the first index of the
  // largest combined value of unit u (classification rows; tagging tokens, feature after feature),
  // exactly what an argmax of the combined outputs `score` would get (tested for every subset).
  // Much faster: the combined outputs are never written (label_search.h).
  std::function<double(const std::vector<uint8_t>& labels)> score_labels;
};

struct SubsetScore {
  // Bit m set = member m is in the subset.
  uint32_t mask = 0;
  // Score per set name ("en" and every target language), and the mean over target languages.
  std::map<std::string, double> scores;
  double target_mean = 0.0;
};

struct SearchResult {
  // Every non-empty subset, in Gray-code visiting order.
  std::vector<SubsetScore> subsets;
  // The subset with the best English dev score (ties: the smaller subset, then the lower mask):
  // the zero-shot choice.
  uint32_t best_on_english_dev = 0;
  // Per target language, the subset with the best score there: an ORACLE choice (it looks at
  // target-language labels), only ever reported as such.
  std::map<std::string, uint32_t> oracle_per_language;
};

// ConfigError for more than 12 or fewer than 2 members, or sets whose members disagree in count.
SearchResult search_subsets(const std::vector<SearchSet>& sets);

// Gray code of i (i ^ (i >> 1)) and the member whose bit changes between steps i - 1 and i.
uint32_t gray_code(uint32_t i);
int changed_member(uint32_t i);

}  // namespace xlfuse::ensemble
