#pragma once
// Retrieval outputs (query and candidate embeddings, window 0 and 1 of the raw outputs) ->
// predictions: Tatoeba's nearest English sentence, BUCC 2018's mined pairs, Mewsli-X and LAReQA
// rankings.
#include <vector>

#include "xlfuse/data/example.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/decode_outputs.h"
#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::decode {

// One retrieval dataset's predictions (what decode_outputs does for retrieval tasks).
// std::invalid_argument when the raw outputs are not embeddings of every query and candidate.
Predictions decode_retrieval(const data::TaskInfo& task, const data::Dataset& dataset, const io::RawOutputs& raw,
                             const DecodeOptions& options);

// LAReQA as the benchmark defines it: the questions of every language rank ONE pool holding the
// candidates of all the given languages (raws[i] computed on datasets[i]); one Predictions per
// language.
std::vector<Predictions> decode_lareqa_pool(const std::vector<const data::Dataset*>& datasets,
                                            const std::vector<const io::RawOutputs*>& raws);

}  // namespace xlfuse::decode
