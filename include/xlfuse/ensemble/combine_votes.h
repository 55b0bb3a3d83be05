#pragma once
// Combinations that decode every member first and vote on what they predict: tag spans (tagging)
// and answer strings (QA). The votes are written as raw outputs peaked on the winner, so the
// standard decoder reads the voted predictions back (and the ensemble can be a member later).
#include <string>
#include <vector>

#include "xlfuse/ensemble/combiners.h"

namespace xlfuse::ensemble {

// Tagging. BIO tag sets: each member's entity spans (type, first word, last word; an I-X that
// does not continue a chunk starts one, as seqeval reads it) get the weights of the members that
// predict them; spans with more than half the weight are kept, the heavier first where they
// overlap; other words are O. Tag sets without B-/I- tags (UD-POS): a weighted vote per word.
// Ties go to the lower label index. Positions other than words' first sub-words carry the
// members' mean probabilities.
io::RawOutputs span_vote(const std::vector<const io::RawOutputs*>& members, const std::vector<double>& weights,
                         const CombineContext& context, const std::string& method);

// QA: each member's best answer (data::decode_qa with context.decode.qa); the normalised answer
// (SQuAD normalisation) with the most weight wins (ties: the one a member earlier in the list
// gave). The outputs are the mean start/end logits, with the winning answer's start and end
// positions (from the first member that gave it) raised above every other position of its
// question, so that n-best decoding returns it.
io::RawOutputs answer_vote(const std::vector<const io::RawOutputs*>& members, const std::vector<double>& weights,
                           const CombineContext& context, const std::string& method);

}  // namespace xlfuse::ensemble
