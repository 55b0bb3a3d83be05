#pragma once
// Retrieval: members' embeddings of the same queries and candidates, combined so that the
// ensemble's cosine similarity is the weighted mean of the members' cosine similarities:
// cos([sqrt(w_1) x1/|x1|; ...], [sqrt(w_1) y1/|y1|; ...]) = sum_m w_m cos(x_m, y_m) when the
// weights sum to 1. "mean-sim" stores exactly that (unit-norm) concatenation; "concat" the
// concatenation of the L2-normalised embeddings (each block scaled by sqrt(members * w_m), so
// uniform weights give the plain concatenation). Both rank alike (cosine ignores the scale).
#include <string>
#include <vector>

#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::ensemble {

// `unit_norm`: mean-sim's scaling; else concat's. std::invalid_argument for non-embedding outputs.
io::RawOutputs combine_embeddings(const std::vector<const io::RawOutputs*>& members, const std::vector<double>& weights,
                                  bool unit_norm, const std::string& method);

}  // namespace xlfuse::ensemble
