#pragma once
// The registry of task heads, keyed by name. It is filled in one function (guarded by
// std::call_once) on first use, never by static self-registration. make_task_model (task_model.h)
// is the usual entry point; this header is for code that lists or inspects the heads.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/bert.h"
#include "xlfuse/model/heads/task_head.h"

namespace xlfuse::model {

// What a head's constructor may use.
struct HeadContext {
  const io::BertConfig& config;
  // Classes (sequence/token classification); ignored by the other heads.
  int64_t num_labels;
  HeadOptions options;
  // Width of the representation's token states.
  int64_t input_size;
  // The encoder the head will sit on (masked_lm ties its decoder to the word embeddings).
  BertModel bert;
};

struct HeadEntry {
  // Registry name.
  std::string kind;
  // HF class the parameter names follow.
  std::string hf_class;
  // Whether the head takes the pooled vector (the encoder then gets a pooler).
  bool uses_pooler = false;
  // Whether num_labels matters.
  bool uses_num_labels = false;
  std::function<std::shared_ptr<TaskHeadImpl>(const HeadContext&)> create;
};

// The entry for `kind`; unknown -> std::invalid_argument listing the known names.
const HeadEntry& find_head(const std::string& kind);
// Known names, sorted.
std::vector<std::string> known_head_kinds();

}  // namespace xlfuse::model
