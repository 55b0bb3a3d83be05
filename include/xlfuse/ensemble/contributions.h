#pragma once
// What one member adds to the subset search's running sums (subset_search.h), in the flat order
// of its output rows: softmax probabilities in double for the mean-prob kinds (per classification
// row; per tagging token; per multiple-choice example over its choice features), the start then
// the end logits for QA; nothing for embeddings. Torch-free.
#include <cstddef>
#include <vector>

#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::ensemble {

// Softmax of n floats into doubles, as the contributions hold them (max subtracted first, so exp
// never overflows).
void softmax_to_double(const float* x, size_t n, double* out);

// The member's contributions: one per value of its logits rows (QA: start_logits rows, then
// end_logits rows), rows one after the other; empty for embeddings.
std::vector<double> member_contributions(const io::RawOutputs& r);

}  // namespace xlfuse::ensemble
