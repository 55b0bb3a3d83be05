#pragma once
// The kinds of task head, by name. The names are what xlfuse.json, raw outputs and the command
// line use ("sequence_classification", ...). No libtorch in this header.
#include <string>
#include <string_view>

#include "xlfuse/core/enum_names.h"

namespace xlfuse::model {

enum class HeadKind {
  SequenceClassification,  // BertForSequenceClassification: pooled [CLS] -> classes
  TokenClassification,     // BertForTokenClassification: every token -> tags
  QuestionAnswering,       // BertForQuestionAnswering: start/end logits per token
  MultipleChoice,          // BertForMultipleChoice: one score per (example, choice)
  DualEncoder,             // XTREME's BertForRetrieval: one tower, cosine similarities
  MaskedLm,                // BertForMaskedLM: vocabulary logits, decoder tied to the embeddings
};

const EnumTable<HeadKind>& head_kind_names();
std::string to_string(HeadKind kind);
// ConfigError "head: expected one of ...; got "x"".
HeadKind parse_head_kind(std::string_view name);

}  // namespace xlfuse::model

XLFUSE_ENUM_FORMATTER(xlfuse::model::HeadKind);
