#pragma once
// Combining per-label scores (classification, multiple choice, tagging) distribution by
// distribution: a classification feature's label scores, a multiple-choice example's choice rows,
// a tagging position's label scores. Members must share their features.
#include <vector>

#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::ensemble {

enum class ScoreRule {
  MeanProb,   // log of sum_m w_m softmax(s_m)
  MeanLogit,  // sum_m w_m s_m
  GeoMean,    // log-softmax of sum_m w_m log_softmax(s_m)
  Vote,       // log of the (weighted) vote shares of the members' argmaxes; ties by mean probability
};

// The combined raw outputs (combined_skeleton's ids and metadata, scores by `rule`).
// std::invalid_argument for outputs of another kind.
io::RawOutputs combine_scores(const std::vector<const io::RawOutputs*>& members, const std::vector<double>& weights,
                              ScoreRule rule, const std::string& method);

// QA: start and end logits averaged (weighted) per feature and position.
io::RawOutputs combine_qa_logits(const std::vector<const io::RawOutputs*>& members, const std::vector<double>& weights,
                                 const std::string& method);

}  // namespace xlfuse::ensemble
