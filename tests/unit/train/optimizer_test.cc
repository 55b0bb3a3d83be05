// Unit tests of the flat AdamW: parity with libtorch's torch::optim::AdamW, the HF-legacy rule,
// the weight-decay exclusion by name, clipping by the global norm, and that flattening keeps the
// encoder (fused QKV buffer included) working.
#include "xlfuse/train/optimizer.h"

#include <cmath>

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "test_utils.h"
#include "train_test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::train {
namespace {

using train_testing::TinyClassifier;

// Random batches (fixed generator) for the parity tests.
std::vector<std::pair<torch::Tensor, torch::Tensor>> make_batches(int64_t n) {
  auto gen = at::detail::createCPUGenerator(99);
  std::vector<std::pair<torch::Tensor, torch::Tensor>> out;
  for (int64_t i = 0; i < n; ++i) {
    auto ids = torch::randint(4, 200, {3, 9}, gen, torch::kLong);
    auto labels = torch::randint(0, 3, {3}, gen, torch::kLong);
    out.emplace_back(ids, labels);
  }
  return out;
}

double max_abs_diff(const std::vector<NamedTensor>& a, const std::vector<NamedTensor>& b) {
  double m = 0;
  for (size_t i = 0; i < a.size(); ++i) m = std::max(m, (a[i].second - b[i].second).abs().max().item<double>());
  return m;
}

TEST(AdamWTest, WeightDecayExclusionByName) {
  EXPECT_TRUE(excluded_from_weight_decay("encoder.layer.0.attention.self.query.bias"));
  EXPECT_TRUE(excluded_from_weight_decay("embeddings.LayerNorm.weight"));
  EXPECT_TRUE(excluded_from_weight_decay("encoder.layer.3.output.LayerNorm.bias"));
  EXPECT_TRUE(excluded_from_weight_decay("classifier.bias"));
  EXPECT_FALSE(excluded_from_weight_decay("encoder.layer.0.attention.self.query.weight"));
  EXPECT_FALSE(excluded_from_weight_decay("embeddings.word_embeddings.weight"));
  EXPECT_FALSE(excluded_from_weight_decay("classifier.weight"));
  // Fusion: norms and the scalar mix are not decayed, its convolutions are.
  EXPECT_TRUE(excluded_from_weight_decay("representation.local.norm1.weight"));
  EXPECT_TRUE(excluded_from_weight_decay("representation.global2.norm2.weight"));
  EXPECT_TRUE(excluded_from_weight_decay("representation.scalar_weights"));
  EXPECT_TRUE(excluded_from_weight_decay("representation.gamma"));
  EXPECT_FALSE(excluded_from_weight_decay("representation.local.conv1.weight"));
  EXPECT_FALSE(excluded_from_weight_decay("representation.linear.weight"));

  TinyClassifier net(false);
  AdamW opt(net.named_parameters(), {});
  ASSERT_EQ(opt.groups().size(), 2u);
  EXPECT_EQ(opt.groups()[0].name, "decay");
  EXPECT_EQ(opt.groups()[1].name, "no_decay");
  for (const auto& n : opt.groups()[0].names) EXPECT_FALSE(excluded_from_weight_decay(n)) << n;
  for (const auto& n : opt.groups()[1].names) EXPECT_TRUE(excluded_from_weight_decay(n)) << n;
  // tiny_bert: 39 tensors (16 weights in decay: 3 embeddings + 2 x 6 linear + pooler) + head.
  EXPECT_EQ(opt.groups()[0].names.size() + opt.groups()[1].names.size(), 41u);
  EXPECT_EQ(opt.groups()[0].names.size(), 3u + 2u * 6u + 1u + 1u);
  int64_t total = 0;
  for (const auto& [name, t] : net.named_parameters()) total += t.numel();
  EXPECT_EQ(opt.numel(), total);
}

TEST(AdamWTest, DecayAppliesOnlyToTheDecayGroup) {
  // With zero gradients a step is pure decay: p *= 1 - lr*wd for "decay", nothing for "no_decay".
  TinyClassifier net(false);
  std::vector<torch::Tensor> before;
  for (const auto& [name, t] : net.named_parameters()) before.push_back(t.detach().clone());
  AdamWOptions o;
  o.learning_rate = 0.1;
  o.weight_decay = 0.5;
  AdamW opt(net.named_parameters(), o);
  opt.zero_grad();
  opt.step();
  auto params = net.named_parameters();
  for (size_t i = 0; i < params.size(); ++i) {
    const auto& [name, t] = params[i];
    const double factor = excluded_from_weight_decay(name) ? 1.0 : 0.95;
    EXPECT_TRUE(torch::allclose(t, before[i] * factor, 1e-6, 1e-7)) << name;
  }
}

// A frozen parameter keeps its weights and both moments through a step (multi-task: a head whose
// task was not drawn), the others move; freezing is replaced by the next call, and unknown names
// are refused.
TEST(AdamWTest, FrozenParametersKeepWeightsAndMoments) {
  TinyClassifier net(false);
  AdamWOptions o;
  o.learning_rate = 0.1;
  o.weight_decay = 0.5;
  AdamW opt(net.named_parameters(), o);
  auto params = net.named_parameters();
  const std::string frozen = params.front().first;
  for (auto& [name, t] : params) t.mutable_grad().fill_(0.25);
  std::vector<torch::Tensor> before;
  for (const auto& [name, t] : params) before.push_back(t.detach().clone());
  opt.set_frozen({frozen});
  opt.step();
  for (size_t i = 0; i < params.size(); ++i) {
    const bool same = torch::equal(params[i].second, before[i]);
    EXPECT_EQ(same, params[i].first == frozen) << params[i].first;
  }
  for (const auto& g : opt.groups())
    for (size_t i = 0; i < g.names.size(); ++i) {
      const double m = g.exp_avg.narrow(0, g.offsets[i], g.numels[i]).abs().sum().item<double>();
      if (g.names[i] == frozen) EXPECT_EQ(m, 0.0) << g.names[i];
      else EXPECT_GT(m, 0.0) << g.names[i];
    }
  opt.set_frozen({});
  const torch::Tensor kept = params.front().second.detach().clone();
  opt.step();
  EXPECT_FALSE(torch::equal(params.front().second, kept));
  XLFUSE_EXPECT_THROW_WITH(opt.set_frozen({"nosuch.weight"}), ConfigError, "'nosuch.weight' is not a parameter");
}

// Both optimisers, 20 steps with a changing learning rate, dropout off.
TEST(AdamWTest, MatchesLibtorchAdamWOver20Steps) {
  TinyClassifier ours(false), ref(false);
  ASSERT_TRUE(train_testing::bitwise_equal(ours.named_parameters(), ref.named_parameters()));
  AdamWOptions o;
  o.learning_rate = 1e-3;
  o.weight_decay = 0.01;
  AdamW flat(ours.named_parameters(), o);

  std::vector<torch::Tensor> decay, no_decay;
  for (const auto& [name, t] : ref.named_parameters()) (excluded_from_weight_decay(name) ? no_decay : decay).push_back(t);
  std::vector<torch::optim::OptimizerParamGroup> groups;
  groups.emplace_back(decay, std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(1e-3).weight_decay(0.01)));
  groups.emplace_back(no_decay, std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(1e-3).weight_decay(0.0)));
  torch::optim::AdamW libtorch_adamw(std::move(groups), torch::optim::AdamWOptions(1e-3).eps(1e-8));

  LrSchedule schedule(1e-3, 20, {ScheduleKind::Linear, 3, 0.0});
  auto batches = make_batches(20);
  for (int64_t step = 0; step < 20; ++step) {
    const auto& [ids, labels] = batches[static_cast<size_t>(step)];
    const double lr = schedule.lr_at(step + 1);  // warm-up step 0 would be lr 0
    flat.zero_grad();
    ours.loss(ids, {}, labels).backward();
    flat.set_learning_rate(lr);
    flat.step();

    libtorch_adamw.zero_grad();
    ref.loss(ids, {}, labels).backward();
    for (auto& g : libtorch_adamw.param_groups()) static_cast<torch::optim::AdamWOptions&>(g.options()).lr(lr);
    libtorch_adamw.step();
  }
  EXPECT_EQ(flat.step_count(), 20);
  // Attention key biases get a gradient that is zero up to rounding (softmax is invariant to them),
  // so Adam amplifies backward-pass rounding noise there: those are compared loosely.
  auto a = ours.named_parameters(), b = ref.named_parameters();
  for (size_t i = 0; i < a.size(); ++i) {
    const double diff = (a[i].second - b[i].second).abs().max().item<double>();
    const bool key_bias = a[i].first.find("attention.self.key.bias") != std::string::npos;
    EXPECT_LT(diff, key_bias ? 1e-3 : 1e-6) << a[i].first;
  }
  // The parameters did move (the comparison means something).
  TinyClassifier start(false);
  EXPECT_GT(max_abs_diff(ours.named_parameters(), start.named_parameters()), 1e-3);
  // Moments agree too: compare one tensor's exp_avg_sq with libtorch's state.
  const auto& g0 = flat.groups()[0];
  const auto& first = ref.named_parameters()[0].second;  // embeddings.word_embeddings.weight (decay)
  ASSERT_EQ(g0.names[0], ref.named_parameters()[0].first);
  auto& state = static_cast<torch::optim::AdamWParamState&>(
      *libtorch_adamw.state().at(c10::guts::to_string(first.unsafeGetTensorImpl())));
  EXPECT_TRUE(torch::allclose(g0.exp_avg_sq.narrow(0, g0.offsets[0], g0.numels[0]).view(first.sizes()),
                              state.exp_avg_sq(), 1e-5, 1e-12));
}

// Parameters of mixed groups and shapes with gradients drawn per step from a fixed generator, so
// that two optimisers see exactly the same gradients (some tiny, near eps).
struct SyntheticParams {
  std::vector<NamedTensor> params;
  explicit SyntheticParams() {
    auto gen = at::detail::createCPUGenerator(5);
    const std::vector<std::pair<std::string, std::vector<int64_t>>> specs = {
        {"a.weight", {7, 5}}, {"a.bias", {5}}, {"x.LayerNorm.weight", {5}}, {"b.weight", {300}}, {"b.bias", {1}}};
    for (const auto& [name, shape] : specs)
      params.emplace_back(name, torch::randn(shape, gen).requires_grad_(true));
  }
  static std::vector<torch::Tensor> grads(int64_t step, const std::vector<NamedTensor>& like) {
    auto gen = at::detail::createCPUGenerator(1000 + static_cast<uint64_t>(step));
    std::vector<torch::Tensor> out;
    for (size_t i = 0; i < like.size(); ++i) {
      const double scale = i == 1 ? 1e-8 : 1e-2;  // "a.bias": gradients of the order of eps
      out.push_back(torch::randn(like[i].second.sizes(), gen) * scale);
    }
    return out;
  }
  void set_grads(const std::vector<torch::Tensor>& g) {
    for (size_t i = 0; i < g.size(); ++i) {
      auto& grad = params[i].second.mutable_grad();
      if (grad.defined())
        grad.copy_(g[i]);
      else
        grad = g[i].clone();
    }
  }
};

TEST(AdamWTest, MatchesLibtorchAdamWOnIdenticalGradients) {
  SyntheticParams ours, ref;
  AdamWOptions o;
  o.learning_rate = 1e-2;
  o.weight_decay = 0.1;
  AdamW flat(ours.params, o);
  std::vector<torch::Tensor> decay, no_decay;
  for (const auto& [name, t] : ref.params) (excluded_from_weight_decay(name) ? no_decay : decay).push_back(t);
  std::vector<torch::optim::OptimizerParamGroup> groups;
  groups.emplace_back(decay, std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(1e-2).weight_decay(0.1)));
  groups.emplace_back(no_decay, std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(1e-2).weight_decay(0.0)));
  torch::optim::AdamW libtorch_adamw(std::move(groups), torch::optim::AdamWOptions(1e-2));
  for (int64_t step = 0; step < 20; ++step) {
    auto g = SyntheticParams::grads(step, ours.params);
    ours.set_grads(g);
    ref.set_grads(g);
    flat.step();
    libtorch_adamw.step();
  }
  EXPECT_LT(max_abs_diff(ours.params, ref.params), 1e-6);
  SyntheticParams start;
  EXPECT_GT(max_abs_diff(ours.params, start.params), 1e-2);
}

// transformers.AdamW (XTREME era), written out per tensor as a reference.
TEST(AdamWTest, HfLegacyVariantMatchesItsFormula) {
  SyntheticParams ours, ref;
  AdamWOptions o;
  o.learning_rate = 2e-3;
  o.weight_decay = 0.1;
  o.variant = AdamWVariant::HfLegacy;
  AdamW flat(ours.params, o);
  std::vector<torch::Tensor> m, v;
  for (const auto& [name, t] : ref.params) {
    m.push_back(torch::zeros_like(t));
    v.push_back(torch::zeros_like(t));
  }
  for (int64_t step = 1; step <= 20; ++step) {
    auto g = SyntheticParams::grads(step, ours.params);
    ours.set_grads(g);
    flat.step();
    torch::NoGradGuard no_grad;
    for (size_t i = 0; i < ref.params.size(); ++i) {
      auto& p = ref.params[i].second;
      m[i] = 0.9 * m[i] + 0.1 * g[i];
      v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
      const double step_size = 2e-3 * std::sqrt(1 - std::pow(0.999, step)) / (1 - std::pow(0.9, step));
      p.sub_(step_size * m[i] / (v[i].sqrt() + 1e-8));
      if (!excluded_from_weight_decay(ref.params[i].first)) p.sub_(2e-3 * 0.1 * p);
    }
  }
  EXPECT_LT(max_abs_diff(ours.params, ref.params), 1e-6);
  // The two rules differ where gradients are of the order of eps ("a.bias").
  SyntheticParams torch_rule;
  o.variant = AdamWVariant::Torch;
  AdamW torch_flat(torch_rule.params, o);
  for (int64_t step = 1; step <= 20; ++step) {
    torch_rule.set_grads(SyntheticParams::grads(step, torch_rule.params));
    torch_flat.step();
  }
  EXPECT_GT((torch_rule.params[1].second - ours.params[1].second).abs().max().item<double>(), 1e-4);
  EXPECT_EQ(adamw_variant_from_string("hf_legacy"), AdamWVariant::HfLegacy);
  XLFUSE_EXPECT_THROW_WITH(adamw_variant_from_string("adam"), ConfigError, "hf_legacy");
}

TEST(AdamWTest, FlatteningKeepsTheFusedQkvPathLive) {
  TinyClassifier net(false);
  AdamWOptions o;
  o.learning_rate = 1e-2;
  AdamW opt(net.named_parameters(), o);
  auto self0 = net.encoder->encoder->at(0)->attention->self;
  EXPECT_TRUE(self0->fused_qkv_intact());
  // The parameters are aliases of the flat buffer.
  const auto& g0 = opt.groups()[0];
  auto q = self0->query->weight;
  EXPECT_GE(static_cast<char*>(q.data_ptr()), static_cast<char*>(g0.params.data_ptr()));
  EXPECT_LT(static_cast<char*>(q.data_ptr()),
            static_cast<char*>(g0.params.data_ptr()) + g0.params.numel() * static_cast<int64_t>(sizeof(float)));
  auto batches = make_batches(3);
  for (const auto& [ids, labels] : batches) {
    opt.zero_grad();
    net.loss(ids, {}, labels).backward();
    opt.step();
  }
  EXPECT_TRUE(self0->fused_qkv_intact());
  // Inference (fused QKV GEMM) equals the training path (three GEMMs) after the updates.
  auto ids = batches[0].first;
  torch::Tensor fused, unfused;
  {
    torch::NoGradGuard no_grad;
    fused = net.encoder->forward(ids).last();
  }
  unfused = net.encoder->forward(ids).last().detach();
  EXPECT_TRUE(torch::allclose(fused, unfused, 1e-5, 1e-5));
  // ... and differs from the model before training.
  TinyClassifier start(false);
  torch::NoGradGuard no_grad;
  EXPECT_FALSE(torch::allclose(fused, start.encoder->forward(ids).last(), 1e-3, 1e-3));
}

TEST(AdamWTest, ASecondOptimiserTakesOverTheParameters) {
  // Intermediate-task training then target-task training: a new optimiser over the same encoder.
  TinyClassifier net(false);
  auto batches = make_batches(2);
  AdamW first(net.named_parameters(), {});
  first.zero_grad();
  net.loss(batches[0].first, {}, batches[0].second).backward();
  first.step();
  AdamW second(net.named_parameters(), {});
  EXPECT_TRUE(net.encoder->encoder->at(1)->attention->self->fused_qkv_intact());
  auto before = net.named_parameters()[5].second.detach().clone();
  second.zero_grad();
  net.loss(batches[1].first, {}, batches[1].second).backward();
  EXPECT_GT(second.grad_norm(), 0.0);
  second.step();
  EXPECT_FALSE(torch::equal(before, net.named_parameters()[5].second));
  // The first one no longer owns the parameters and says so instead of updating stale buffers.
  XLFUSE_EXPECT_THROW_WITH(first.step(), Error, "no longer lives in the optimiser's flat buffer");
}

TEST(AdamWTest, ParameterSharingAStorageWithOtherDataIsRepointed) {
  // p is a slice of a larger buffer: it cannot move whole, so it is re-pointed (set_).
  auto big = torch::arange(10, torch::kFloat);
  auto p = torch::empty({0});
  p.set_(big.storage(), 2, {2, 2}, {2, 1});
  p.requires_grad_(true);
  auto w = torch::ones({3}, torch::requires_grad());
  AdamWOptions o;
  o.learning_rate = 0.1;
  AdamW opt({{"p", p}, {"w", w}}, o);
  EXPECT_TRUE(torch::equal(p.detach(), torch::tensor({2.f, 3.f, 4.f, 5.f}).view({2, 2})));
  (p.sum() * 2 + (w * w).sum()).backward();
  EXPECT_TRUE(torch::equal(opt.groups()[0].grads, torch::tensor({2.f, 2.f, 2.f, 2.f, 2.f, 2.f, 2.f})));
  opt.step();
  // First Adam step with bias correction: p -= lr * sign(g) (up to eps).
  EXPECT_TRUE(torch::allclose(p.detach(), torch::tensor({1.9f, 2.9f, 3.9f, 4.9f}).view({2, 2}), 1e-5, 1e-6));
  EXPECT_TRUE(torch::allclose(w.detach(), torch::full({3}, 0.9f), 1e-5, 1e-6));
  EXPECT_EQ(big[2].item<float>(), 2.f);  // the old buffer is no longer the parameter
}

TEST(AdamWTest, TiedParametersAreRefused) {
  auto base = torch::zeros({4}, torch::requires_grad());
  auto alias = torch::empty({0});
  alias.set_(base.storage(), 1, {2}, {1});
  alias.requires_grad_(true);
  XLFUSE_EXPECT_THROW_WITH(AdamW({{"a", base}, {"b", alias}}, {}), ConfigError, "share memory");
}

TEST(AdamWTest, ClipScalesGlobalNormToMax) {
  TinyClassifier net(false);
  AdamW opt(net.named_parameters(), {});
  auto batches = make_batches(1);
  opt.zero_grad();
  (100.0 * net.loss(batches[0].first, {}, batches[0].second)).backward();
  // Reference: torch's clip_grad_norm_ on copies of the gradients.
  std::vector<torch::Tensor> copies;
  for (const auto& [name, t] : net.named_parameters()) {
    auto c = torch::zeros_like(t).requires_grad_(true);
    c.mutable_grad() = t.grad().clone();
    copies.push_back(c);
  }
  const double before = opt.grad_norm();
  ASSERT_GT(before, 1.0);
  const double torch_norm = torch::nn::utils::clip_grad_norm_(copies, 1.0);
  const double returned = opt.clip_grad_norm(1.0);
  EXPECT_NEAR(returned, before, 1e-9 * before);
  EXPECT_NEAR(returned, torch_norm, 1e-5 * torch_norm);
  EXPECT_NEAR(opt.grad_norm(), 1.0, 1e-5);
  auto params = net.named_parameters();
  for (size_t i = 0; i < params.size(); ++i)
    EXPECT_TRUE(torch::allclose(params[i].second.grad(), copies[i].grad(), 1e-5, 1e-9)) << params[i].first;
  // Below the maximum nothing changes.
  const double small = opt.grad_norm();
  opt.clip_grad_norm(10.0);
  EXPECT_EQ(opt.grad_norm(), small);
  XLFUSE_EXPECT_THROW_WITH(opt.clip_grad_norm(0.0), ConfigError, "max_grad_norm");
}

TEST(AdamWTest, GradientsLiveInTheFlatBufferAndAreReboundWhenReset) {
  TinyClassifier net(false);
  AdamW opt(net.named_parameters(), {});
  auto batches = make_batches(1);
  auto params = net.named_parameters();
  // A gradient set to none (module zero_grad(set_to_none)) is re-bound to the flat buffer.
  params[0].second.mutable_grad() = torch::Tensor();
  opt.step();  // rebinding happens here (zero gradient for that parameter)
  EXPECT_TRUE(params[0].second.grad().defined());
  opt.zero_grad();
  net.loss(batches[0].first, {}, batches[0].second).backward();
  std::vector<torch::Tensor> grads;
  for (const auto& [name, t] : params) grads.push_back(t.grad());
  EXPECT_NEAR(opt.grad_norm(), global_grad_norm(grads), 1e-5 * opt.grad_norm());
  EXPECT_GT(opt.grad_norm(), 0.0);
}

TEST(AdamWTest, ParameterMovedOutOfTheBufferIsAnError) {
  TinyClassifier net(false);
  AdamW opt(net.named_parameters(), {});
  auto params = net.named_parameters();
  params[3].second.set_data(torch::zeros_like(params[3].second));
  XLFUSE_EXPECT_THROW_WITH(opt.step(), Error, "no longer lives in the optimiser's flat buffer");
}

TEST(AdamWTest, OptionsAreValidated) {
  AdamWOptions o;
  o.beta2 = 1.0;
  XLFUSE_EXPECT_THROW_WITH(o.validate(), ConfigError, "beta2");
  o = {};
  o.weight_decay = -1;
  XLFUSE_EXPECT_THROW_WITH(o.validate(), ConfigError, "weight_decay");
  auto d = torch::zeros({2}, torch::dtype(torch::kDouble).requires_grad(true));
  XLFUSE_EXPECT_THROW_WITH(AdamW({{"d", d}}, {}), ConfigError, "float32");
  auto frozen = torch::zeros({2});
  XLFUSE_EXPECT_THROW_WITH(AdamW({{"frozen", frozen}}, {}), ConfigError, "no trainable parameters");
}

}  // namespace
}  // namespace xlfuse::train
