#pragma once
// BUCC 2018 parallel-sentence mining as XTREME's scripts do it (LASER's mine_bitext and
// bucc_optimize).
#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace xlfuse::decode {

// One mined sentence pair of BUCC (indices into the source / English sides).
struct MinedPair {
  double score = 0.0;
  size_t source = 0;
  size_t target = 0;
};

// XTREME's mine_bitext(mode=mine, retrieval=max, margin=ratio): forward and backward best
// candidates by ratio margin cos(x,y) / ((mean_k cos(x, NN_k(x)) + mean_k cos(y, NN_k(y))) / 2),
// merged best first, each sentence used once; pairs with score > 0. Row-major [rows, dim] inputs.
std::vector<MinedPair> mine_bitext(const std::vector<float>& source, size_t source_rows,
                                   const std::vector<float>& target, size_t target_rows, size_t dim, int neighbours);

// XTREME's bucc_optimize: the threshold between the candidate with the best F1 against `gold`
// (pairs "src_id\ttgt_id") and the next one; 0 when nothing is correct.
double bucc_optimize_threshold(const std::vector<std::pair<std::string, double>>& candidates,
                               const std::set<std::string>& gold);

}  // namespace xlfuse::decode
