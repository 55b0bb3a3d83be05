#pragma once
// Retrieval metrics of XTREME / XTREME-R:
//  * Tatoeba: accuracy of the predicted source index per line (accuracy.h, on stripped lines).
//  * BUCC 2018: precision/recall/F1 over the SETS of (src_id, tgt_id) lines (evaluate.py
//    bucc_f1: duplicates count once; an empty line is a member like any other; all three are 0
//    when nothing is correct).
//  * Mewsli-X "map@20" (utils_mewslix.evaluate): per gold example the reciprocal rank of its
//    single gold entity (labels[0].strip()) within the first 20 predictions, 0 when absent or
//    when the example has no prediction; mean over the GOLD examples, x100. With one gold per
//    example this is MRR@20.
//  * LAReQA mAP@20: questions of all languages retrieve from ONE pool of answer sentences;
//    AP@20 of a question = sum over the hits within the top 20 of (hits so far / rank), divided
//    by min(#relevant, 20); a candidate repeated in the ranking counts at its first rank only.
//    mAP = mean over questions, x100.
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "xlfuse/eval/seqeval.h"  // PrfScores

namespace xlfuse::eval {

constexpr size_t kRetrievalTopK = 20;

PrfScores bucc_scores(const std::vector<std::string>& label_lines, const std::vector<std::string>& prediction_lines);

// Reciprocal rank (in [0, 1]) of `gold` in the first k of `ranked`.
double reciprocal_rank_at_k(const std::string& gold, const std::vector<std::string>& ranked, size_t k = kRetrievalTopK);

struct RankingScores {
  double value = 0;        // x100
  size_t n_examples = 0;   // gold examples scored
  size_t n_unpredicted = 0;  // gold examples without a prediction (they score 0)
  size_t n_unexpected = 0;   // predicted ids without a gold entry (ignored)
};

// Mewsli-X: gold maps example_id -> [gold entity id] (the first one, stripped, is used;
// std::invalid_argument for an empty list), predictions example_id -> ranked entity ids.
// 0 examples -> 0 (as the official script).
RankingScores mewslix_mrr_at_k(const std::map<std::string, std::vector<std::string>>& gold,
                               const std::map<std::string, std::vector<std::string>>& predictions, size_t k = kRetrievalTopK);

// AP@k in [0, 1] for one question. std::invalid_argument if `relevant` is empty.
double average_precision_at_k(const std::set<std::string>& relevant, const std::vector<std::string>& ranked,
                              size_t k = kRetrievalTopK);

// LAReQA: gold maps question id -> the relevant candidate ids (the answer sentence in every
// language), predictions question id -> ranked candidate ids from the shared pool. Mean AP@k
// over the gold questions (a question without prediction scores 0), x100.
RankingScores lareqa_map_at_k(const std::map<std::string, std::vector<std::string>>& gold,
                              const std::map<std::string, std::vector<std::string>>& predictions, size_t k = kRetrievalTopK);

}  // namespace xlfuse::eval
