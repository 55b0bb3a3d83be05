// bf16 CPU autocast (model/precision.h) on a tiny random BERT: the guard's state handling, the
// encoder's outputs under autocast against fp32, the inference fast path against the autograd
// path, padding invariance with the bf16 attention mask, and backward through a task head.
#include "xlfuse/model/precision.h"

#include <cmath>

#include <ATen/autocast_mode.h>
#include <gtest/gtest.h>
#include <torch/torch.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/model/bert.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/model/init.h"
#include "xlfuse/model/task_model.h"

namespace xlfuse::model {
namespace {

io::BertConfig tiny_config() {
  io::BertConfig c;
  c.vocab_size = 120;
  c.hidden_size = 32;
  c.num_hidden_layers = 2;
  c.num_attention_heads = 2;
  c.intermediate_size = 64;
  return c;
}

BertModel tiny_model() {
  BertModel m(tiny_config());
  init_bert_weights(m, 0.02, 3);
  m->eval();
  return m;
}

// Three rows: lengths 9, 5, 2 (ids within the tiny vocabulary).
struct Batch {
  torch::Tensor ids, mask;
};
Batch make_batch() {
  torch::manual_seed(11);
  Batch b;
  b.ids = torch::randint(1, 120, {3, 9}, torch::kLong);
  b.mask = torch::ones({3, 9}, torch::kLong);
  b.mask[1].narrow(0, 5, 4).fill_(0);
  b.mask[2].narrow(0, 2, 7).fill_(0);
  b.ids.masked_fill_(b.mask == 0, 0);
  return b;
}

double max_diff(const torch::Tensor& a, const torch::Tensor& b) {
  return (a.to(torch::kFloat) - b.to(torch::kFloat)).abs().max().item<double>();
}

TEST(PrecisionTest, ParsesNamesAndRejectsOthers) {
  EXPECT_EQ(parse_precision("fp32"), Precision::Float32);
  EXPECT_EQ(parse_precision("bf16"), Precision::BFloat16);
  EXPECT_EQ(to_string(Precision::BFloat16), "bf16");
  XLFUSE_EXPECT_THROW_WITH(parse_precision("fp16"), ConfigError, "fp16");
}

TEST(PrecisionTest, GuardEnablesAutocastAndRestoresState) {
  ASSERT_FALSE(at::autocast::is_cpu_enabled());
  {
    AutocastGuard guard(Precision::BFloat16);
    EXPECT_TRUE(at::autocast::is_cpu_enabled());
    EXPECT_EQ(at::autocast::get_autocast_cpu_dtype(), at::kBFloat16);
    {
      AutocastGuard nested(Precision::Float32);  // fp32 changes nothing, also not the outer scope
      EXPECT_TRUE(at::autocast::is_cpu_enabled());
    }
    {
      AutocastGuard nested(Precision::BFloat16);
      EXPECT_TRUE(at::autocast::is_cpu_enabled());
    }
    EXPECT_TRUE(at::autocast::is_cpu_enabled());  // the nested guard restored the outer state
    auto y = torch::mm(torch::randn({4, 4}), torch::randn({4, 4}));
    EXPECT_EQ(y.scalar_type(), torch::kBFloat16);
  }
  EXPECT_FALSE(at::autocast::is_cpu_enabled());
  EXPECT_EQ(torch::mm(torch::randn({4, 4}), torch::randn({4, 4})).scalar_type(), torch::kFloat);
  {
    AutocastGuard guard(Precision::Float32);
    EXPECT_FALSE(at::autocast::is_cpu_enabled());
  }
}

// Under autocast the LayerNorm outputs (and so every hidden state) stay fp32, the matmuls run in
// bf16, and the result is close to fp32 (but not equal: bf16 was really used).
TEST(PrecisionTest, Bf16ForwardIsCloseToFp32) {
  auto m = tiny_model();
  auto b = make_batch();
  torch::NoGradGuard no_grad;
  auto ref = m->forward(b.ids, b.mask);
  AutocastGuard guard(Precision::BFloat16);
  auto out = m->forward(b.ids, b.mask);
  ASSERT_EQ(out.hidden_states.size(), ref.hidden_states.size());
  for (size_t i = 0; i < out.hidden_states.size(); ++i) {
    EXPECT_EQ(out.hidden_states[i].scalar_type(), torch::kFloat) << "layer " << i;
    EXPECT_TRUE(torch::isfinite(out.hidden_states[i]).all().item<bool>()) << "layer " << i;
  }
  const double d = max_diff(out.last(), ref.last());
  EXPECT_GT(d, 1e-6) << "bf16 autocast had no effect";
  EXPECT_LT(d, 0.1);  // LayerNorm outputs are O(1); bf16 keeps 8 bits of mantissa
  EXPECT_LT((out.last() - ref.last()).abs().mean().item<double>(), 0.02);
  EXPECT_LT(max_diff(out.pooled, ref.pooled), 0.05);
}

// The inference fast path (fused QKV, folded residual, in-place softmax/GELU) and the autograd path
// compute the same function under bf16 too.
TEST(PrecisionTest, FastPathAndAutogradPathAgreeUnderBf16) {
  auto m = tiny_model();
  ASSERT_TRUE(m->encoder->at(0)->attention->self->fused_qkv_intact());
  auto b = make_batch();
  AutocastGuard guard(Precision::BFloat16);
  torch::Tensor fast;
  {
    torch::NoGradGuard no_grad;
    fast = m->forward(b.ids, b.mask).last();
  }
  auto slow = m->forward(b.ids, b.mask).last();
  ASSERT_TRUE(slow.requires_grad());
  EXPECT_LT(max_diff(fast, slow.detach()), 0.05);
}

// A row's real positions do not depend on the padding of the batch (mask handled in bf16).
TEST(PrecisionTest, PaddingDoesNotChangeRealPositionsUnderBf16) {
  auto m = tiny_model();
  auto b = make_batch();
  torch::NoGradGuard no_grad;
  AutocastGuard guard(Precision::BFloat16);
  auto batched = m->forward(b.ids, b.mask).last();
  auto alone = m->forward(b.ids[1].narrow(0, 0, 5).unsqueeze(0)).last();
  EXPECT_TRUE(torch::isfinite(batched).all().item<bool>());
  EXPECT_LT(max_diff(batched[1].narrow(0, 0, 5), alone[0]), 0.05);
}

// Forward + loss under autocast, backward after the guard: finite fp32 gradients for every
// parameter, with dropout on (train) and off (the eval path with the fp32 residual sum).
TEST(PrecisionTest, BackwardUnderAutocastGivesFiniteFp32Gradients) {
  for (bool training : {true, false}) {
    TaskModelOptions o;
    o.seed = 5;
    auto m = make_task_model(model::HeadKind::TokenClassification, tiny_config(), 4, o);
    m->train(training);
    auto b = make_batch();
    TaskInputs in;
    in.input_ids = b.ids;
    in.attention_mask = b.mask;
    in.labels = torch::randint(0, 4, {3, 9}, torch::kLong).masked_fill_(b.mask == 0, -100);
    torch::Tensor loss;
    {
      AutocastGuard guard(Precision::BFloat16);
      auto out = m->forward(in);
      EXPECT_EQ(out.logits.scalar_type(), torch::kBFloat16);
      loss = out.loss;
    }
    ASSERT_TRUE(loss.defined());
    EXPECT_EQ(loss.scalar_type(), torch::kFloat);
    EXPECT_TRUE(std::isfinite(loss.item<double>()));
    loss.backward();
    int with_grad = 0;
    for (const auto& p : m->named_parameters()) {
      const auto& g = p.value().grad();
      if (!g.defined()) continue;
      ++with_grad;
      EXPECT_EQ(g.scalar_type(), torch::kFloat) << p.key();
      EXPECT_TRUE(torch::isfinite(g).all().item<bool>()) << p.key();
    }
    EXPECT_GT(with_grad, 30) << "training=" << training;
    const auto& g = m->bert->encoder->at(0)->intermediate->dense->weight.grad();
    ASSERT_TRUE(g.defined());
    EXPECT_GT(g.abs().sum().item<double>(), 0.0);
  }
}

// Sequence classification (pooler + classifier) under autocast, and the same loss as fp32 within
// bf16 tolerance.
TEST(PrecisionTest, SequenceClassificationLossCloseToFp32) {
  TaskModelOptions o;
  o.seed = 9;
  auto m = make_task_model(model::HeadKind::SequenceClassification, tiny_config(), 3, o);
  m->eval();
  auto b = make_batch();
  TaskInputs in;
  in.input_ids = b.ids;
  in.attention_mask = b.mask;
  in.labels = torch::tensor({0, 2, 1}, torch::kLong);
  torch::NoGradGuard no_grad;
  const double ref = m->forward(in).loss.item<double>();
  AutocastGuard guard(Precision::BFloat16);
  const double got = m->forward(in).loss.item<double>();
  EXPECT_NEAR(got, ref, 0.02);
}

// The masked-LM head's and the fusion modules' norms get bf16 inputs under autocast; they must run
// (libtorch 1.13's CPU norms refuse bf16 input with fp32 weights) and stay close to fp32, in eval
// mode and in train mode (batch-norm statistics).
TEST(PrecisionTest, MaskedLmAndFusionHeadsRunUnderBf16) {
  for (const std::string kind : {"masked_lm", "aif_batch", "aif_layer"}) {
    TaskModelOptions o;
    o.seed = 9;
    std::string head = kind;
    if (kind != "masked_lm") {
      FusionOptions f;
      f.kind = model::FusionKind::Aif;
      f.layer = 1;
      f.norm = kind == "aif_batch" ? model::FusionNorm::Batch : model::FusionNorm::Layer;
      o.representation = make_representation(f, tiny_config());
      head = "token_classification";
    }
    auto m = make_task_model(model::parse_head_kind(head), tiny_config(), 4, o);
    auto b = make_batch();
    TaskInputs in;
    in.input_ids = b.ids;
    in.attention_mask = b.mask;
    in.labels = torch::randint(0, 4, {3, 9}, torch::kLong).masked_fill_(b.mask == 0, -100);
    m->eval();
    torch::Tensor ref;
    {
      torch::NoGradGuard no_grad;
      ref = m->forward(in).logits;
    }
    torch::Tensor got;
    {
      torch::NoGradGuard no_grad;
      AutocastGuard guard(Precision::BFloat16);
      got = m->forward(in).logits;
    }
    EXPECT_LT(max_diff(got, ref), 0.1 * (ref.abs().max().item<double>() + 1.0)) << kind;
    m->train();
    torch::Tensor loss;
    {
      AutocastGuard guard(Precision::BFloat16);
      loss = m->forward(in).loss;
    }
    loss.backward();
    EXPECT_TRUE(std::isfinite(loss.item<double>())) << kind;
  }
}

}  // namespace
}  // namespace xlfuse::model
