#include "xlfuse/model/heads/head_kind.h"

namespace xlfuse::model {

const EnumTable<HeadKind>& head_kind_names() {
  static const EnumTable<HeadKind> table{{HeadKind::DualEncoder, "dual_encoder"},
                                         {HeadKind::MaskedLm, "masked_lm"},
                                         {HeadKind::MultipleChoice, "multiple_choice"},
                                         {HeadKind::QuestionAnswering, "question_answering"},
                                         {HeadKind::SequenceClassification, "sequence_classification"},
                                         {HeadKind::TokenClassification, "token_classification"}};
  return table;
}

std::string to_string(HeadKind kind) { return enum_name(head_kind_names(), kind); }

HeadKind parse_head_kind(std::string_view name) { return parse_enum(head_kind_names(), name, "head"); }

}  // namespace xlfuse::model
