#include "xlfuse/model/heads/head_registry.h"

#include <map>
#include <mutex>
#include <stdexcept>

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/model/heads/dual_encoder.h"
#include "xlfuse/model/heads/masked_lm.h"
#include "xlfuse/model/heads/multiple_choice.h"
#include "xlfuse/model/heads/question_answering.h"
#include "xlfuse/model/heads/sequence_classification.h"
#include "xlfuse/model/heads/token_classification.h"

namespace xlfuse::model {
namespace {

torch::Tensor long_tensor(const std::vector<int64_t>& values, std::vector<int64_t> shape) {
  return torch::from_blob(const_cast<int64_t*>(values.data()), shape, torch::kLong).clone();
}

// input_ids, attention_mask and token_type_ids as [rows, width].
TaskInputs token_inputs(const data::Batch& b) {
  TaskInputs in;
  in.input_ids = long_tensor(b.input_ids, {b.rows, b.width});
  in.attention_mask = long_tensor(b.attention_mask, {b.rows, b.width});
  in.token_type_ids = long_tensor(b.type_ids, {b.rows, b.width});
  return in;
}

TaskInputs collate_sequence(const CollateInput& c) {
  TaskInputs in = token_inputs(c.batch);
  if (c.with_targets) in.labels = long_tensor(c.batch.labels, {c.batch.rows});
  return in;
}

// Token classification and masked LM: one target per position (-100 where none).
TaskInputs collate_tokens(const CollateInput& c) {
  TaskInputs in = token_inputs(c.batch);
  if (c.with_targets) in.labels = long_tensor(c.batch.token_labels, {c.batch.rows, c.batch.width});
  return in;
}

TaskInputs collate_qa(const CollateInput& c) {
  TaskInputs in = token_inputs(c.batch);
  if (c.with_targets) {
    in.start_positions = long_tensor(c.batch.start_positions, {c.batch.rows});
    in.end_positions = long_tensor(c.batch.end_positions, {c.batch.rows});
  }
  return in;
}

// [B, C, T] from B*C consecutive rows; the gold choice is the label of an example's rows.
TaskInputs collate_choices(const CollateInput& c) {
  const data::Batch& b = c.batch;
  const int64_t examples = b.rows / c.group;
  TaskInputs in = token_inputs(b);
  in.input_ids = in.input_ids.view({examples, c.group, b.width});
  in.attention_mask = in.attention_mask.view({examples, c.group, b.width});
  in.token_type_ids = in.token_type_ids.view({examples, c.group, b.width});
  if (c.with_targets) {
    std::vector<int64_t> gold(static_cast<size_t>(examples));
    for (int64_t i = 0; i < examples; ++i) gold[static_cast<size_t>(i)] = b.labels[static_cast<size_t>(i * c.group)];
    in.labels = long_tensor(gold, {examples});
  }
  return in;
}

// The queries; in training also their positive candidates (labels stay undefined: in-batch,
// arange).
TaskInputs collate_pairs(const CollateInput& c) {
  TaskInputs in = token_inputs(c.batch);
  if (c.candidates) {
    const TaskInputs cand = token_inputs(*c.candidates);
    in.candidate_input_ids = cand.input_ids;
    in.candidate_attention_mask = cand.attention_mask;
    in.candidate_token_type_ids = cand.token_type_ids;
  }
  return in;
}

std::map<HeadKind, HeadEntry>& registry() {
  static std::map<HeadKind, HeadEntry> entries;
  return entries;
}

void add(HeadEntry entry) { registry().emplace(entry.kind, std::move(entry)); }

// Every built-in head, in one place.
void register_builtin_heads() {
  add({HeadKind::SequenceClassification, "BertForSequenceClassification", /*uses_pooler=*/true,
       /*uses_num_labels=*/true, data::TaskKind::Classification,
       [](const HeadContext& c) {
         return std::make_shared<SequenceClassificationHeadImpl>(c.config, c.num_labels, c.options);
       },
       collate_sequence});
  add({HeadKind::MultipleChoice, "BertForMultipleChoice", true, false, data::TaskKind::MultipleChoice,
       [](const HeadContext& c) { return std::make_shared<MultipleChoiceHeadImpl>(c.config, c.options); },
       collate_choices});
  add({HeadKind::TokenClassification, "BertForTokenClassification", false, true, data::TaskKind::Tagging,
       [](const HeadContext& c) {
         return std::make_shared<TokenClassificationHeadImpl>(c.config, c.num_labels, c.options, c.input_size);
       },
       collate_tokens});
  add({HeadKind::QuestionAnswering, "BertForQuestionAnswering", false, false, data::TaskKind::Qa,
       [](const HeadContext& c) { return std::make_shared<QuestionAnsweringHeadImpl>(c.config, c.input_size); },
       collate_qa});
  add({HeadKind::MaskedLm, "BertForMaskedLM", false, false, std::nullopt,
       [](const HeadContext& c) {
         return std::make_shared<MaskedLmHeadImpl>(c.config, c.input_size, c.bert->embeddings->word_embeddings);
       },
       collate_tokens});
  // XTREME's third_party/bert.py class.
  add({HeadKind::DualEncoder, "BertForRetrieval", true, false, data::TaskKind::Retrieval,
       [](const HeadContext& c) { return std::make_shared<DualEncoderHeadImpl>(c.config, c.options); },
       collate_pairs});
}

const std::map<HeadKind, HeadEntry>& heads() {
  static std::once_flag once;
  std::call_once(once, register_builtin_heads);
  return registry();
}

}  // namespace

const HeadEntry& find_head(HeadKind kind) {
  auto it = heads().find(kind);
  if (it == heads().end()) throw std::logic_error(fmt::format("head '{}' is not registered", to_string(kind)));
  return it->second;
}

const HeadEntry& head_serving(data::TaskKind kind) {
  for (const auto& [k, entry] : heads())
    if (entry.serves == kind) return entry;
  throw std::logic_error(fmt::format("no head serves {} tasks", data::to_string(kind)));
}

std::vector<const HeadEntry*> all_heads() {
  std::vector<const HeadEntry*> out;
  for (const auto& [kind, name] : head_kind_names()) out.push_back(&find_head(kind));
  return out;
}

}  // namespace xlfuse::model
