#pragma once
// What every combiner shares: the skeleton of an ensemble's raw outputs (the first member's ids,
// labels and the metadata that lets the outputs be decoded again), the name of the ensemble as a
// content fingerprint, and probabilities from logits.
#include <string>
#include <vector>

#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::ensemble {

// The first member's kind, ids, lengths and metadata, no scores; meta.model_hash is the fingerprint
// of (method, the members' model hashes, the weights), meta.extra gains "ensemble_method",
// "ensemble_members" (their model hashes) and "ensemble_weights".
io::RawOutputs combined_skeleton(const std::vector<const io::RawOutputs*>& members, const std::vector<double>& weights,
                                 const std::string& method);

// Softmax of values[begin, begin + n) into out[0, n), in double.
void softmax(const float* values, size_t n, double* out);

// log(max(p, tiny)) as a float logit: probabilities stored as logits (softmax(log p) = p).
float log_probability(double p);

}  // namespace xlfuse::ensemble
