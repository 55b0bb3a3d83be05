#pragma once
// Official scores from argmax labels, for the subset search's label path (SearchSet::score_labels):
// given the labels LabelSearch hands over (one per unit: a classification row, a tagging token,
// feature after feature), the value that decode::decode_outputs (default options: argmax tagging)
// followed by decode::score_predictions(...).at(headline_metric) gives on the combined outputs,
// bit for bit:
//  * classification (XNLI, PAWS-X ...; PairExample data): each example's label is that of its one
//    feature row; accuracy = correct / examples * 100 with gold and prediction compared after
//    Python's str.strip(), as eval::accuracy after score_predictions;
//  * tagging (UD-POS, PAN-X): each word's tag is the label of its first sub-word (the first
//    position carrying its word id, as decode_tagging's word_rows picks it); seqeval F1 (legacy
//    scheme) from per-sentence chunk counts (eval::LabelChunker) through eval::prf_from_counts,
//    the function seqeval_scores ends in. Sentences are re-chunked only when one of their tags
//    changed since the previous subset.
// Torch-free.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "xlfuse/data/example.h"
#include "xlfuse/data/feature.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/raw_outputs.h"

namespace xlfuse::ensemble {

using LabelScorer = std::function<double(const std::vector<uint8_t>& labels)>;

// The scorer of one search set, or an empty function when the label path cannot give exactly the
// official value, with the reason in *why_not (when given). The caller then scores through the
// full outputs (decode_outputs + score_predictions), which also raises the errors the label path
// would have to imitate. Empty for: output kinds other than classification and tagging; more than
// 255 labels (model labels and gold tags together, for tagging); outputs that do not fit the
// features or the dataset (decode_outputs' errors); a classification example with no or several
// feature rows; a gold sentence whose tag count differs from its word count (seqeval 0.0.12 then
// shifts offsets across sentences); labels under which seqeval chunks could cross a sentence
// boundary (an empty label; one starting with 'O' or '.' other than "O"; one whose legacy type, the
// text after its last '-', is empty or "O"); an unlabelled dataset; a headline metric other than
// accuracy (classification) or F1 (tagging); anything that throws while the scorer is built.
// `outputs`: the first member's outputs on the set (all members share the features, labels and
// kind; the search checks that). The scorer keeps references to nothing passed here. A scorer
// keeps state between calls (the previous subset's tags): one per set, called in the search's
// order; it gives the right value whatever order it is called in.
LabelScorer make_label_scorer(const data::TaskInfo& task, const data::Dataset& dataset,
                              const std::vector<data::Feature>& features, const io::RawOutputs& outputs,
                              std::string* why_not = nullptr);

}  // namespace xlfuse::ensemble
