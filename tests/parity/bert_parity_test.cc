// Parity with HuggingFace transformers' BertModel (goldens in shared/golden/bert-tiny): every
// hidden state and the pooler output at 1e-5 on non-padded positions, for the bare model and the
// encoder inside the task checkpoints (their heads checked too), plus padding invariance.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "golden_utils.h"
#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/bert.h"
#include "xlfuse/model/checkpoint.h"

namespace xlfuse::model {
namespace {

using namespace parity;

struct Inputs {
  torch::Tensor ids, types, mask;
};
Inputs golden_inputs() {
  const auto& in = golden()["inputs"];
  return {to_tensor(in["input_ids"], torch::kLong), to_tensor(in["token_type_ids"], torch::kLong),
          to_tensor(in["attention_mask"], torch::kLong)};
}

// Runs the model on the golden inputs and checks every hidden state (and the pooler if present).
// Returns the maximum difference seen.
double check_encoder(BertModel& model, const std::string& what) {
  auto in = golden_inputs();
  torch::NoGradGuard no_grad;
  auto out = model->forward(in.ids, in.mask, in.types);
  const auto& hs = golden()["bert_model"]["hidden_states"];
  EXPECT_EQ(out.hidden_states.size(), hs.size());
  double worst = 0;
  for (size_t l = 0; l < hs.size() && l < out.hidden_states.size(); ++l) {
    auto expected = to_tensor(hs[l], torch::kFloat);
    EXPECT_EQ(out.hidden_states[l].sizes(), expected.sizes());
    double diff = masked_max_diff(out.hidden_states[l], expected, in.mask);
    EXPECT_LT(diff, kTol) << what << ": hidden_states[" << l << "]";
    worst = std::max(worst, diff);
  }
  auto last = to_tensor(golden()["bert_model"]["last_hidden_state"], torch::kFloat);
  EXPECT_LT(masked_max_diff(out.last(), last, in.mask), kTol) << what << ": last_hidden_state";
  if (model->has_pooler()) {
    auto pooled = to_tensor(golden()["bert_model"]["pooler_output"], torch::kFloat);
    double diff = (out.pooled - pooled).abs().max().item<double>();
    EXPECT_LT(diff, kTol) << what << ": pooler_output";
    worst = std::max(worst, diff);
  }
  std::printf("[parity] %s: max abs diff %.3g over %zu hidden states%s\n", what.c_str(), worst, hs.size(),
              model->has_pooler() ? " and the pooler" : "");
  return worst;
}

// logits = x W^T + b with the head's weights read from the checkpoint.
torch::Tensor apply_head(const std::string& dir, const std::string& prefix, const torch::Tensor& x) {
  auto file = io::SafetensorsFile::open(dir + "/model.safetensors");
  const auto* w = file.find(prefix + ".weight");
  const auto* b = file.find(prefix + ".bias");
  EXPECT_NE(w, nullptr);
  EXPECT_NE(b, nullptr);
  auto wt = torch::empty(w->shape, torch::kFloat);
  auto bt = torch::empty(b->shape, torch::kFloat);
  file.read_f32(*w, wt.data_ptr<float>());
  file.read_f32(*b, bt.data_ptr<float>());
  return torch::nn::functional::linear(x, wt, bt);
}

TEST(BertParityTest, BareModelMatchesHf) {
  XLFUSE_REQUIRE_SHARED(kGolden);
  LoadReport report;
  BertModel model = load_bert_model(golden_dir() + "/bert_model", {}, &report);
  EXPECT_EQ(report.loaded, 39u);
  EXPECT_TRUE(model->has_pooler());
  check_encoder(model, "bert_model");
}

TEST(BertParityTest, SequenceClassificationEncoderAndHeadMatchHf) {
  XLFUSE_REQUIRE_SHARED(kGolden);
  const auto dir = golden_dir() + "/bert_seqcls";
  LoadReport report;
  BertModel model = load_bert_model(dir, {}, &report);
  EXPECT_TRUE(report.prefix_stripped);
  EXPECT_EQ(report.ignored_reported, (std::vector<std::string>{"classifier.bias", "classifier.weight"}));
  check_encoder(model, "bert_seqcls");
  auto in = golden_inputs();
  torch::NoGradGuard no_grad;
  auto logits = apply_head(dir, "classifier", model->forward(in.ids, in.mask, in.types).pooled);
  auto expected = to_tensor(golden()["bert_seqcls"]["logits"], torch::kFloat);
  EXPECT_LT((logits - expected).abs().max().item<double>(), kTol);
}

TEST(BertParityTest, TokenClassificationEncoderAndHeadMatchHf) {
  XLFUSE_REQUIRE_SHARED(kGolden);
  const auto dir = golden_dir() + "/bert_tokcls";
  BertModel model = load_bert_model(dir);
  EXPECT_FALSE(model->has_pooler());
  check_encoder(model, "bert_tokcls");
  auto in = golden_inputs();
  torch::NoGradGuard no_grad;
  auto logits = apply_head(dir, "classifier", model->forward(in.ids, in.mask, in.types).last());
  auto expected = to_tensor(golden()["bert_tokcls"]["logits"], torch::kFloat);
  EXPECT_LT(masked_max_diff(logits, expected, in.mask), kTol);
}

TEST(BertParityTest, QuestionAnsweringEncoderAndHeadMatchHf) {
  XLFUSE_REQUIRE_SHARED(kGolden);
  const auto dir = golden_dir() + "/bert_qa";
  BertModel model = load_bert_model(dir);
  EXPECT_FALSE(model->has_pooler());
  check_encoder(model, "bert_qa");
  auto in = golden_inputs();
  torch::NoGradGuard no_grad;
  auto logits = apply_head(dir, "qa_outputs", model->forward(in.ids, in.mask, in.types).last());  // [B,T,2]
  auto start = to_tensor(golden()["bert_qa"]["start_logits"], torch::kFloat);
  auto end = to_tensor(golden()["bert_qa"]["end_logits"], torch::kFloat);
  EXPECT_LT(masked_max_diff(logits.select(2, 0), start, in.mask), kTol);
  EXPECT_LT(masked_max_diff(logits.select(2, 1), end, in.mask), kTol);
}

TEST(BertParityTest, StrictLoadingRefusesTaskHeadsUnlessIgnored) {
  XLFUSE_REQUIRE_SHARED(kGolden);
  ModelDirOptions strict;
  strict.ignore_task_heads = false;
  XLFUSE_EXPECT_THROW_WITH(load_bert_model(golden_dir() + "/bert_qa", strict), CheckpointError,
                           "unused tensor(s) in the checkpoint: qa_outputs.bias, qa_outputs.weight");
}

TEST(BertParityTest, PaddedRowEqualsUnpaddedRow) {
  XLFUSE_REQUIRE_SHARED(kGolden);
  BertModel model = load_bert_model(golden_dir() + "/bert_model");
  auto in = golden_inputs();
  torch::NoGradGuard no_grad;
  auto batched = model->forward(in.ids, in.mask, in.types);
  // Row 2: "hello" = 3 real tokens then 10 pads.
  const int64_t n = in.mask[2].sum().item<int64_t>();
  ASSERT_EQ(n, 3);
  auto alone = model->forward(in.ids.narrow(0, 2, 1).narrow(1, 0, n), in.mask.narrow(0, 2, 1).narrow(1, 0, n),
                              in.types.narrow(0, 2, 1).narrow(1, 0, n));
  double worst = 0;
  for (size_t l = 0; l < batched.hidden_states.size(); ++l) {
    double d = (batched.hidden_states[l][2].narrow(0, 0, n) - alone.hidden_states[l][0]).abs().max().item<double>();
    EXPECT_LT(d, kTol) << "layer " << l;
    worst = std::max(worst, d);
  }
  double dp = (batched.pooled[2] - alone.pooled[0]).abs().max().item<double>();
  EXPECT_LT(dp, kTol);
  std::printf("[parity] row 2 padded vs alone: max abs diff %.3g (pooler %.3g)\n", worst, dp);
}

TEST(BertParityTest, ExtraPaddingChangesNothing) {
  XLFUSE_REQUIRE_SHARED(kGolden);
  BertModel model = load_bert_model(golden_dir() + "/bert_model");
  auto in = golden_inputs();
  const int64_t extra = 20;
  auto pad = [&](const torch::Tensor& t) { return torch::cat({t, torch::zeros({t.size(0), extra}, t.options())}, 1); };
  torch::NoGradGuard no_grad;
  auto base = model->forward(in.ids, in.mask, in.types);
  auto padded = model->forward(pad(in.ids), pad(in.mask), pad(in.types));
  double worst = 0;
  for (size_t l = 0; l < base.hidden_states.size(); ++l) {
    double d = masked_max_diff(padded.hidden_states[l].narrow(1, 0, in.ids.size(1)), base.hidden_states[l], in.mask);
    EXPECT_LT(d, kTol) << "layer " << l;
    worst = std::max(worst, d);
  }
  EXPECT_LT((padded.pooled - base.pooled).abs().max().item<double>(), kTol);
  std::printf("[parity] +%lld pad columns: max abs diff %.3g\n", static_cast<long long>(extra), worst);
}

}  // namespace
}  // namespace xlfuse::model
