#pragma once
// Training pairs of the dual-encoder retrieval tasks, as XTREME builds them:
//   LAReQA  SQuAD v1.1 question -> [CLS] answer sentence [SEP] paragraph [SEP] (the sentence from
//           sentence_breaks.h, as processors/squad_retrieval.py does);
//   Mewsli-X wikipedia_pairs: mention in context -> its entity's description.
// queries[i] and candidates[i] are a positive pair; other rows of a batch are the negatives.
#include <vector>

#include "xlfuse/data/example.h"
#include "xlfuse/data/feature.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::data {

struct RetrievalPairs {
  std::vector<Feature> queries;
  std::vector<Feature> candidates;
};

// Questions whose first answer does not lie inside one sentence (or cannot be found in its
// context) are skipped, as XTREME does; the count is logged. Queries are cut to
// max_query_length tokens, candidates to max_length.
RetrievalPairs lareqa_training_pairs(const Dataset& squad, const text::Tokenizer& tokenizer, int max_query_length,
                                     int max_length);

// FormatError (naming the file) when mentions and entities are not one to one.
RetrievalPairs mewslix_training_pairs(const Dataset& pairs, const text::Tokenizer& tokenizer, int max_query_length,
                                      int max_length);

}  // namespace xlfuse::data
