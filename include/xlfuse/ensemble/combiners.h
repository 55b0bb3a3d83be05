#pragma once
// Combiners: several members' raw outputs of one (task, split, lang) -> the raw outputs of the
// ensemble, of the same kind, so that the ensemble is decoded and scored by exactly the code that
// decodes and scores one model (decode/decode_outputs.h) and can itself be a member later.
// The registry is filled in one function (register_combiners), on first use.
//
//   name          outputs                   what the ensemble's outputs are
//   mean-prob     classification, choice,   log of the (weighted) mean of the members' softmax
//                 tagging                   probabilities (tagging: per token)
//   mean-logit    classification, choice,   (weighted) mean of the logits; QA: start and end logits
//                 tagging, QA               averaged per shared feature
//   geo-mean      classification, choice,   (weighted) mean of log-softmax (a normalised geometric
//                 tagging                   mean of the probabilities)
//   vote          classification, choice    log of vote shares; ties broken by the mean probability
//   weighted      classification, choice,   mean-prob with the given weights (which must be given)
//                 tagging
//   bio-viterbi   tagging                   mean-prob; decoded with DecodeOptions::tag_decoding =
//                                           BioViterbi (no I-X after anything but B-X / I-X)
//   span-vote     tagging                   members' decoded spans kept by (weighted) majority,
//                                           written as peaked log-probabilities
//   answer-vote   QA                        the most voted normalised answer of the members'
//                                           decoded answers, as start/end logits peaked on its span
//   mean-sim      retrieval                 the mean of the members' cosine-similarity matrices,
//                                           stored exactly as the concatenation of the members'
//                                           L2-normalised embeddings scaled by 1/sqrt(members)
//   concat        retrieval                 the concatenation of L2-normalised embeddings
// Weights: one per member, >= 0, normalised to sum 1 (uniform when not given).
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "xlfuse/data/example.h"
#include "xlfuse/data/feature.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/decode_outputs.h"
#include "xlfuse/io/raw_outputs.h"
#include "xlfuse/ensemble/members.h"

namespace xlfuse::ensemble {

// What the vote-style combiners need to decode the members first.
struct CombineContext {
  const data::TaskInfo& task;
  const data::Dataset& dataset;
  const std::vector<data::Feature>& features;
  decode::DecodeOptions decode;
};

using CombineFn = std::function<io::RawOutputs(const std::vector<const io::RawOutputs*>& members,
                                               const std::vector<double>& weights, const CombineContext& context)>;

struct CombinerEntry {
  std::string name;
  // One line for --help.
  std::string help;
  // The output kinds it combines.
  std::set<io::RawOutputKind> kinds;
  // What the members must share (members.h).
  Agreement agreement = Agreement::SameFeatures;
  // Whether weights must be given (weighted).
  bool needs_weights = false;
  // How the ensemble's outputs are decoded (bio-viterbi sets the tagging decoder).
  decode::DecodeOptions decode;
  CombineFn combine;
};

// The entry named `name` that combines `kind`; ConfigError listing the methods for that kind.
const CombinerEntry& find_combiner(const std::string& name, io::RawOutputKind kind);
// Every entry, in the table's order.
const std::vector<CombinerEntry>& all_combiners();

// Normalised weights: uniform when `weights` is empty; ConfigError when the count differs from
// `members`, a weight is negative or not finite, or all are 0.
std::vector<double> normalise_weights(const std::vector<double>& weights, size_t members);

}  // namespace xlfuse::ensemble
