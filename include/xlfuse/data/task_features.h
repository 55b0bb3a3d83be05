#pragma once
// One entry point from a read dataset to features, whatever the task's shape: the training and
// prediction steps (and the featurising benchmark) call this instead of picking the per-shape
// function themselves.
#include <vector>

#include "xlfuse/data/example.h"
#include "xlfuse/data/feature.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::data {

struct TaskFeatureOptions {
  // Maximum sequence length; 0 = the task's XTREME default (384 for QA, 128 otherwise; retrieval
  // sentences 128, as for the other sentence-level tasks).
  int max_seq_length = 0;
  // QA windows: document tokens between window starts and the question's sub-word budget;
  // 0 = XTREME's 128 and 64, shrunk to fit a max_seq_length below 384 (query at most half the
  // window, stride at most what the window leaves for the document) so short windows still work.
  int doc_stride = 0;
  int max_query_length = 0;
};

// Features of `dataset` (a dataset of `task`):
//   pairs -> pair_features, multiple choice -> multiple_choice_features with the task's template,
//   tagging -> tagging_features, QA -> qa_features,
//   retrieval (Tatoeba/BUCC, LAReQA, Mewsli-X) -> one [CLS] text [SEP] feature per sentence:
//   first every query-side text (bitext source, LAReQA questions, Mewsli-X mentions), then every
//   candidate-side text; `window` is 0 for the query side and 1 for candidates, example_index
//   the position within its side.
std::vector<Feature> make_task_features(const TaskInfo& task, const Dataset& dataset,
                                        const text::Tokenizer& tokenizer,
                                        const TaskFeatureOptions& options = {});

}  // namespace xlfuse::data
