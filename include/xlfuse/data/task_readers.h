#pragma once
// The readers the task registry names (TaskInfo::reader): adapters from the located files of a
// (task, split, language) to a Dataset, over the format readers (classification_readers.h,
// tagging_readers.h, qa_readers.h, multiple_choice_readers.h, retrieval_readers.h).
#include <map>
#include <string>

#include "xlfuse/data/task_registry.h"

namespace xlfuse::data {

// Adds every built-in reader under its registry name ("pair_tsv", "squad", "lareqa", ...).
void add_task_readers(std::map<std::string, ReaderFn>* readers);

}  // namespace xlfuse::data
