// The named kinds of the model area (head, fusion, norm, precision) and what the head registry
// knows per head.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/model/heads/head_kind.h"
#include "xlfuse/model/heads/head_registry.h"
#include "xlfuse/model/precision.h"

namespace xlfuse::model {
namespace {

template <typename E, typename Parse>
void expect_round_trip(const EnumTable<E>& table, Parse parse) {
  for (const auto& name : enum_names(table)) EXPECT_EQ(to_string(parse(name)), name);
}

TEST(Kinds, EveryNameRoundTrips) {
  expect_round_trip(head_kind_names(), parse_head_kind);
  expect_round_trip(fusion_kind_names(), parse_fusion_kind);
  expect_round_trip(fusion_norm_names(), parse_fusion_norm);
  expect_round_trip(precision_names(), parse_precision);
  EXPECT_EQ(enum_names(fusion_kind_names()),
            (std::vector<std::string>{"aif", "concat", "iaff", "last_layer", "lower_layer", "scalar_mix", "sum"}));
  EXPECT_EQ(parse_head_kind("token_classification"), HeadKind::TokenClassification);
  EXPECT_EQ(parse_fusion_kind("iaff"), FusionKind::Iaff);
  EXPECT_EQ(parse_fusion_norm("layer"), FusionNorm::Layer);
  EXPECT_EQ(parse_precision("bf16"), Precision::BFloat16);
}

TEST(Kinds, BadNamesNameTheFieldAndTheValidNames) {
  XLFUSE_EXPECT_THROW_WITH(parse_head_kind("Token_Classification"), ConfigError, "head: expected one of dual_encoder");
  XLFUSE_EXPECT_THROW_WITH(parse_fusion_kind("attention"), ConfigError,
                           "fusion kind: expected one of aif, concat, iaff, last_layer, lower_layer, scalar_mix, sum; "
                           "got \"attention\"");
  XLFUSE_EXPECT_THROW_WITH(parse_fusion_norm("group"), ConfigError, "fusion norm: expected one of batch, layer");
  XLFUSE_EXPECT_THROW_WITH(parse_precision("fp16"), ConfigError, "precision: expected one of fp32, bf16; got \"fp16\"");
}

TEST(HeadRegistry, EveryHeadHasAnEntryAndEachTaskKindOneHead) {
  for (const HeadEntry* e : all_heads()) {
    EXPECT_FALSE(e->hf_class.empty()) << to_string(e->kind);
    EXPECT_TRUE(e->create) << to_string(e->kind);
    EXPECT_TRUE(e->collate) << to_string(e->kind);
  }
  EXPECT_EQ(all_heads().size(), head_kind_names().size());
  EXPECT_EQ(head_serving(data::TaskKind::Classification).kind, HeadKind::SequenceClassification);
  EXPECT_EQ(head_serving(data::TaskKind::MultipleChoice).kind, HeadKind::MultipleChoice);
  EXPECT_EQ(head_serving(data::TaskKind::Tagging).kind, HeadKind::TokenClassification);
  EXPECT_EQ(head_serving(data::TaskKind::Qa).kind, HeadKind::QuestionAnswering);
  EXPECT_EQ(head_serving(data::TaskKind::Retrieval).kind, HeadKind::DualEncoder);
  EXPECT_FALSE(find_head(HeadKind::MaskedLm).serves.has_value());
  EXPECT_EQ(find_head(HeadKind::DualEncoder).hf_class, "BertForRetrieval");
}

// Two examples of three choices, width 2: [2, 3, 2] inputs and the gold choice per example.
TEST(HeadRegistry, MultipleChoiceCollationGroupsChoices) {
  data::Batch b;
  b.rows = 6;
  b.width = 2;
  for (int64_t i = 0; i < 12; ++i) {
    b.input_ids.push_back(10 + i);
    b.type_ids.push_back(0);
    b.attention_mask.push_back(1);
  }
  b.labels = {2, 2, 2, 0, 0, 0};
  const TaskInputs in = find_head(HeadKind::MultipleChoice).collate({b, 3, nullptr, true});
  EXPECT_EQ(in.input_ids.sizes(), (std::vector<int64_t>{2, 3, 2}));
  EXPECT_EQ(in.input_ids[1][0][1].item<int64_t>(), 17);
  EXPECT_EQ(in.labels.sizes(), (std::vector<int64_t>{2}));
  EXPECT_EQ(in.labels[0].item<int64_t>(), 2);
  EXPECT_EQ(in.labels[1].item<int64_t>(), 0);
  // Inference: the same inputs, no targets.
  const TaskInputs infer = find_head(HeadKind::MultipleChoice).collate({b, 3, nullptr, false});
  EXPECT_TRUE(torch::equal(infer.input_ids, in.input_ids));
  EXPECT_FALSE(infer.labels.defined());
}

TEST(HeadRegistry, TokenAndQaCollationCarryTheirTargets) {
  data::Batch b;
  b.rows = 1;
  b.width = 3;
  b.input_ids = {2, 7, 3};
  b.type_ids = {0, 0, 0};
  b.attention_mask = {1, 1, 1};
  b.token_labels = {-100, 4, -100};
  b.start_positions = {1};
  b.end_positions = {1};
  const TaskInputs tags = find_head(HeadKind::TokenClassification).collate({b, 1, nullptr, true});
  EXPECT_EQ(tags.labels.sizes(), (std::vector<int64_t>{1, 3}));
  EXPECT_EQ(tags.labels[0][1].item<int64_t>(), 4);
  const TaskInputs qa = find_head(HeadKind::QuestionAnswering).collate({b, 1, nullptr, true});
  EXPECT_EQ(qa.start_positions[0].item<int64_t>(), 1);
  EXPECT_FALSE(qa.labels.defined());
  const TaskInputs pairs = find_head(HeadKind::DualEncoder).collate({b, 1, &b, true});
  EXPECT_TRUE(torch::equal(pairs.candidate_input_ids, pairs.input_ids));
}

}  // namespace
}  // namespace xlfuse::model
