// Unit tests of AIF / iAFF layer fusion (model/fusion/aif.h): the formulas against a reference
// written with per-sequence loops (train and eval mode, batch and layer norm), padding never
// changing a real position's output (representation and whole model, train and eval), batch norm
// running statistics (torch's update rule, used in eval, the one-sequence fallback), W forced to 1
// reproducing the last-layer model exactly, gradients, and strict save/load with the buffers.
#include "xlfuse/model/fusion/aif.h"

#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/model/task_model.h"

namespace xlfuse::model {
namespace {

constexpr int64_t kHidden = 32;

io::BertConfig tiny_config(int64_t layers = 3, bool dropout = true) {
  io::BertConfig c = io::read_bert_config((test::test_data_dir() / "tiny_bert" / "config.json").string());
  c.num_hidden_layers = layers;
  if (!dropout) {
    c.hidden_dropout_prob = 0.0;
    c.attention_probs_dropout_prob = 0.0;
  }
  return c;
}

FusionOptions aff(const std::string& kind, const std::string& norm, int64_t layer = 1, bool double_output = false) {
  FusionOptions f;
  f.kind = parse_fusion_kind(kind);
  f.layer = layer;
  f.norm = parse_fusion_norm(norm);
  f.reduction = 4;
  f.double_output = double_output;
  return f;
}

std::shared_ptr<AifRepresentationImpl> make_aif(const FusionOptions& f, const io::BertConfig& c, uint64_t seed = 7) {
  torch::manual_seed(seed);
  auto r = std::dynamic_pointer_cast<AifRepresentationImpl>(make_representation(f, c));
  EXPECT_TRUE(r);
  // Non-trivial norm affine parameters, so that the reference checks them too.
  torch::NoGradGuard no_grad;
  for (auto& p : r->named_parameters())
    if (p.key().find("norm") != std::string::npos) p.value().add_(torch::randn(p.value().sizes()) * 0.1);
  return r;
}

// Synthetic encoder output: only hidden_states[layer] and [L] are set (the rest stays undefined,
// so the representation must not touch them).
struct Synthetic {
  EncoderOutput out;
  torch::Tensor mask;
};
Synthetic synthetic(int64_t layers, int64_t layer, const std::vector<int64_t>& lengths, int64_t seq) {
  const int64_t batch = static_cast<int64_t>(lengths.size());
  Synthetic s;
  s.out.hidden_states.resize(layers + 1);
  s.out.hidden_states[layers] = torch::randn({batch, seq, kHidden});
  s.out.hidden_states[layer] = torch::randn({batch, seq, kHidden});
  s.mask = torch::zeros({batch, seq}, torch::kLong);
  for (int64_t b = 0; b < batch; ++b) {
    s.mask[b].narrow(0, 0, lengths[b]).fill_(1);
    // Garbage at pad positions: large values that would wreck any statistic that saw them.
    for (int64_t idx : {layers, layer})
      s.out.hidden_states[idx][b].narrow(0, lengths[b], seq - lengths[b]).normal_(50.0, 100.0);
  }
  return s;
}

// Appends `extra` pad positions of garbage.
Synthetic pad_more(const Synthetic& s, int64_t layers, int64_t layer, int64_t extra) {
  Synthetic p;
  p.out.hidden_states.resize(layers + 1);
  const int64_t batch = s.mask.size(0);
  for (int64_t idx : {layers, layer})
    p.out.hidden_states[idx] = torch::cat({s.out.hidden_states[idx], torch::randn({batch, extra, kHidden}) * 300}, 1);
  p.mask = torch::cat({s.mask, torch::zeros({batch, extra}, torch::kLong)}, 1);
  return p;
}

// ---- a reference written independently of the implementation: loops, no packing tricks ------
struct RefStats {
  std::vector<torch::Tensor> means, vars;  // batch statistics of each norm used, in call order
};

torch::Tensor ref_norm(const torch::Tensor& h, const std::shared_ptr<torch::nn::Module>& norm, bool batch_norm,
                       bool use_batch_stats, double ln_eps, RefStats* stats) {
  auto params = norm->named_parameters(false);
  const auto& w = params["weight"];
  const auto& b = params["bias"];
  if (!batch_norm) {
    auto mean = h.mean(-1, true);
    auto var = (h - mean).pow(2).mean(-1, true);
    return (h - mean) / torch::sqrt(var + ln_eps) * w + b;
  }
  torch::Tensor mean, var;
  if (use_batch_stats) {
    mean = h.mean(0);
    var = (h - mean).pow(2).mean(0);  // biased, for normalising
    if (stats) {
      stats->means.push_back(mean);
      stats->vars.push_back((h - mean).pow(2).sum(0) / (h.size(0) - 1));  // unbiased, for the running var
    }
  } else {
    auto buffers = norm->named_buffers(false);
    mean = buffers["running_mean"];
    var = buffers["running_var"];
  }
  return (h - mean) / torch::sqrt(var + 1e-5) * w + b;
}

torch::Tensor ref_branch(const torch::Tensor& rows, AffBranchImpl& br, bool use_batch_stats, double ln_eps,
                         RefStats* stats) {
  const bool bn = br.batch_norm();
  std::shared_ptr<torch::nn::Module> n1 = bn ? std::static_pointer_cast<torch::nn::Module>(br.bn1.ptr())
                                             : std::static_pointer_cast<torch::nn::Module>(br.ln1.ptr());
  std::shared_ptr<torch::nn::Module> n2 = bn ? std::static_pointer_cast<torch::nn::Module>(br.bn2.ptr())
                                             : std::static_pointer_cast<torch::nn::Module>(br.ln2.ptr());
  auto h = rows.matmul(br.conv1->weight.t()) + br.conv1->bias;
  h = torch::relu(ref_norm(h, n1, bn, use_batch_stats, ln_eps, stats));
  h = h.matmul(br.conv2->weight.t()) + br.conv2->bias;
  return ref_norm(h, n2, bn, use_batch_stats, ln_eps, stats);
}

// Z at the real positions, as a list of [E] rows in (sequence, token) order.
torch::Tensor reference(AifRepresentationImpl& r, const Synthetic& s, int64_t layers, bool use_batch_stats,
                        double ln_eps, RefStats* stats = nullptr) {
  torch::NoGradGuard no_grad;
  const auto& X = s.out.hidden_states[layers];
  const auto& Y = s.out.hidden_states[r.options().layer];
  const int64_t batch = X.size(0);
  std::vector<torch::Tensor> xs, ys;
  std::vector<int64_t> owner;
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t t = 0; t < X.size(1); ++t)
      if (s.mask[b][t].item<int64_t>() != 0) {
        xs.push_back(X[b][t]);
        ys.push_back(Y[b][t]);
        owner.push_back(b);
      }
  const auto x = torch::stack(xs), y = torch::stack(ys);
  auto weights = [&](const torch::Tensor& in, AffBranchImpl& loc, AffBranchImpl& glob) {
    std::vector<torch::Tensor> means;
    for (int64_t b = 0; b < batch; ++b) {
      std::vector<torch::Tensor> mine;
      for (size_t i = 0; i < owner.size(); ++i)
        if (owner[i] == b) mine.push_back(in[static_cast<int64_t>(i)]);
      means.push_back(torch::stack(mine).mean(0));
    }
    auto l = ref_branch(in, loc, use_batch_stats, ln_eps, stats);
    auto g = ref_branch(torch::stack(means), glob, use_batch_stats, ln_eps, stats);
    std::vector<torch::Tensor> w;
    for (size_t i = 0; i < owner.size(); ++i) w.push_back(torch::sigmoid(l[static_cast<int64_t>(i)] + g[owner[i]]));
    return torch::stack(w);
  };
  auto w = weights(x + y, *r.local, *r.global);
  auto z = w * x + (1 - w) * y;
  if (!r.local2.is_empty()) {
    w = weights(z, *r.local2, *r.global2);
    z = w * x + (1 - w) * y;
  }
  return r.options().double_output ? 2 * z : z;
}

torch::Tensor real_rows(const torch::Tensor& states, const torch::Tensor& mask) {
  return states.reshape({-1, states.size(-1)}).index_select(0, mask.reshape({-1}).ne(0).nonzero().squeeze(1));
}

void expect_near(const torch::Tensor& got, const torch::Tensor& want, double atol, const std::string& what) {
  ASSERT_EQ(got.sizes(), want.sizes()) << what;
  const double diff = (got - want).abs().max().item<double>();
  EXPECT_LE(diff, atol) << what;
}

std::string label(const FusionOptions& f) {
  return to_string(f.kind) + "/" + to_string(f.norm) + (f.double_output ? "/x2" : "");
}

// ---------------------------------------------------------------------------------------------
TEST(AifTest, ParameterNamesAndShapes) {
  auto c = tiny_config();
  auto aif = make_aif(aff("aif", "batch"), c);
  auto params = aif->named_parameters();
  EXPECT_EQ(params["local.conv1.weight"].sizes(), (std::vector<int64_t>{8, kHidden}));
  EXPECT_EQ(params["local.conv2.weight"].sizes(), (std::vector<int64_t>{kHidden, 8}));
  EXPECT_EQ(params["global.norm2.weight"].sizes(), (std::vector<int64_t>{kHidden}));
  EXPECT_EQ(params.size(), 16u);  // 2 branches x (2 convs + 2 norms) x (weight, bias)
  auto buffers = aif->named_buffers();
  EXPECT_EQ(buffers.size(), 12u);  // 4 batch norms x (running_mean, running_var, num_batches_tracked)
  EXPECT_TRUE(buffers.contains("global.norm1.running_var"));
  auto iaff = make_aif(aff("iaff", "layer"), c);
  EXPECT_EQ(iaff->named_parameters().size(), 32u);
  EXPECT_TRUE(iaff->named_parameters().contains("local2.norm2.bias"));
  EXPECT_EQ(iaff->named_buffers().size(), 0u);  // layer norm keeps no statistics
  EXPECT_EQ(iaff->kind(), "iaff");
}

TEST(AifTest, HfInitialisation) {
  auto c = tiny_config();
  torch::manual_seed(3);
  auto r = make_representation(aff("iaff", "batch"), c);
  for (const auto& p : r->named_parameters()) {
    const auto& name = p.key();
    const auto& t = p.value();
    if (name.find("conv") != std::string::npos && name.find("weight") != std::string::npos) {
      EXPECT_NEAR(t.std().item<double>(), c.initializer_range, 0.006) << name;
    } else if (name.find("norm") != std::string::npos && name.find("weight") != std::string::npos) {
      EXPECT_TRUE(t.eq(1).all().item<bool>()) << name;
    } else {
      EXPECT_TRUE(t.eq(0).all().item<bool>()) << name;  // biases
    }
  }
}

TEST(AifTest, MatchesReferenceInTrainAndEvalMode) {
  const int64_t layers = 3;
  auto c = tiny_config(layers);
  for (const auto& f : {aff("aif", "batch"), aff("aif", "layer"), aff("iaff", "batch", 2), aff("iaff", "layer", 2),
                        aff("aif", "batch", 1, true)}) {
    auto r = make_aif(f, c);
    torch::manual_seed(11);
    auto s = synthetic(layers, f.layer, {5, 9, 3, 7}, 10);
    r->train();
    RefStats stats;
    auto want_train = reference(*r, s, layers, /*use_batch_stats=*/true, c.layer_norm_eps, &stats);
    auto got_train = r->forward(s.out, s.mask);
    EXPECT_EQ(got_train.sizes(), (std::vector<int64_t>{4, 10, kHidden})) << label(f);
    expect_near(real_rows(got_train, s.mask), want_train, 2e-5, label(f) + " train");
    // Pad positions hold the last layer.
    auto pads = s.mask.reshape({-1}).eq(0).nonzero().squeeze(1);
    expect_near(got_train.reshape({-1, kHidden}).index_select(0, pads),
                s.out.hidden_states[layers].reshape({-1, kHidden}).index_select(0, pads), 0.0, label(f) + " pads");

    if (f.norm == FusionNorm::Batch) {
      // torch's BatchNorm1d update: momentum 0.1, unbiased variance, one batch tracked. The
      // reference's call order: local.norm1, local.norm2, global.norm1, global.norm2 (then stage 2).
      const char* names[] = {"local.norm1", "local.norm2", "global.norm1", "global.norm2",
                             "local2.norm1", "local2.norm2", "global2.norm1", "global2.norm2"};
      auto buffers = r->named_buffers();
      ASSERT_EQ(stats.means.size(), f.kind == FusionKind::Iaff ? 8u : 4u);
      for (size_t i = 0; i < stats.means.size(); ++i) {
        const std::string n = names[i];
        expect_near(buffers[n + ".running_mean"], 0.1 * stats.means[i], 1e-5, label(f) + " " + n + " mean");
        expect_near(buffers[n + ".running_var"], 0.9 + 0.1 * stats.vars[i], 1e-5, label(f) + " " + n + " var");
        EXPECT_EQ(buffers[n + ".num_batches_tracked"].item<int64_t>(), 1) << n;
      }
    }

    r->eval();
    auto want_eval = reference(*r, s, layers, /*use_batch_stats=*/false, c.layer_norm_eps);
    torch::Tensor got_eval;
    {
      torch::NoGradGuard no_grad;
      got_eval = r->forward(s.out, s.mask);
    }
    expect_near(real_rows(got_eval, s.mask), want_eval, 2e-5, label(f) + " eval");
    if (f.norm == FusionNorm::Batch) {
      // Eval uses the running statistics: it differs from the train-mode output, and does not move them.
      EXPECT_GT((got_eval - got_train).abs().max().item<double>(), 1e-3) << label(f);
      EXPECT_EQ(r->named_buffers()["local.norm1.num_batches_tracked"].item<int64_t>(), 1);
    } else {
      expect_near(got_eval, got_train, 1e-6, label(f) + " layer norm: same in both modes");
    }
  }
}

TEST(AifTest, PaddingChangesNothingAtRealPositions) {
  const int64_t layers = 3;
  auto c = tiny_config(layers);
  for (const auto& f : {aff("aif", "batch"), aff("aif", "layer"), aff("iaff", "batch"), aff("iaff", "layer")}) {
    for (bool training : {true, false}) {
      auto a = make_aif(f, c, 5);
      auto b = make_aif(f, c, 5);
      // Same running statistics in both, not the initial ones (so eval mode is not trivial).
      for (auto* r : {&a, &b}) {
        torch::manual_seed(1);
        auto warm = synthetic(layers, f.layer, {4, 6}, 6);
        (*r)->train();
        (*r)->forward(warm.out, warm.mask);
        (*r)->train(training);
      }
      torch::manual_seed(21);
      auto s = synthetic(layers, f.layer, {5, 9, 2, 7, 9}, 9);
      auto p = pad_more(s, layers, f.layer, 6);
      auto out_a = a->forward(s.out, s.mask);
      auto out_b = b->forward(p.out, p.mask);
      const std::string what = label(f) + (training ? " train" : " eval");
      expect_near(real_rows(out_b, p.mask), real_rows(out_a, s.mask), 1e-6, what);
      auto buf_a = a->named_buffers(), buf_b = b->named_buffers();
      for (const auto& item : buf_a)
        expect_near(buf_b[item.key()].to(torch::kDouble), item.value().to(torch::kDouble), 1e-6, what + " " + item.key());
    }
  }
}

// One sequence in a training batch: the global branch's batch norm has one value per channel, so it
// uses (and keeps) its running statistics; the local branch still learns from the tokens.
TEST(AifTest, SingleSequenceTrainingBatchUsesRunningStatistics) {
  const int64_t layers = 3;
  auto c = tiny_config(layers);
  auto r = make_aif(aff("aif", "batch"), c);
  torch::manual_seed(2);
  auto s = synthetic(layers, 1, {6}, 8);
  r->train();
  torch::Tensor out;
  ASSERT_NO_THROW(out = r->forward(s.out, s.mask));
  EXPECT_TRUE(torch::isfinite(out).all().item<bool>());
  auto buffers = r->named_buffers();
  EXPECT_EQ(buffers["global.norm1.num_batches_tracked"].item<int64_t>(), 0);
  EXPECT_TRUE(buffers["global.norm1.running_mean"].eq(0).all().item<bool>());
  EXPECT_EQ(buffers["local.norm1.num_batches_tracked"].item<int64_t>(), 1);
  // The global branch on one sequence is exactly the eval-mode global branch.
  torch::NoGradGuard no_grad;
  auto mean = real_rows(s.out.hidden_states[layers] + s.out.hidden_states[1], s.mask).mean(0, true);
  r->global->eval();
  auto want_g = r->global->forward(mean);
  r->global->train();
  auto got_g = r->global->forward(mean);
  expect_near(got_g, want_g, 0.0, "one pooled vector in training mode");
}

// A whole task model: extra padding columns leave the logits of real tokens unchanged.
TEST(AifTest, TaskModelPaddingInvariance) {
  const int64_t layers = 3;
  auto c = tiny_config(layers, /*dropout=*/false);
  for (const auto& f : {aff("aif", "batch"), aff("aif", "layer"), aff("iaff", "batch")}) {
    for (bool training : {true, false}) {
      TaskModelOptions o;
      o.representation = make_representation(f, c);
      auto model = make_task_model(model::HeadKind::TokenClassification, c, 5, o);
      model->train(training);
      torch::manual_seed(4);
      auto ids = torch::randint(5, 200, {4, 10}, torch::kLong);
      auto mask = torch::ones({4, 10}, torch::kLong);
      const int64_t lengths[] = {10, 4, 7, 2};
      for (int64_t b = 0; b < 4; ++b) {
        ids[b].narrow(0, lengths[b], 10 - lengths[b]).fill_(0);
        mask[b].narrow(0, lengths[b], 10 - lengths[b]).fill_(0);
      }
      TaskInputs short_in, long_in;
      short_in.input_ids = ids;
      short_in.attention_mask = mask;
      long_in.input_ids = torch::cat({ids, torch::zeros({4, 5}, torch::kLong)}, 1);
      long_in.attention_mask = torch::cat({mask, torch::zeros({4, 5}, torch::kLong)}, 1);
      auto a = model->forward(short_in).logits;
      auto b = model->forward(long_in).logits;
      expect_near(real_rows(b, long_in.attention_mask), real_rows(a, mask), 1e-6,
                  label(f) + (training ? " train" : " eval"));
    }
  }
}

// With both branches' last shift at +50, W = sigmoid(>= ~90) == 1 in float and Z == X exactly: the
// model must give the last-layer model's outputs bit for bit. (conv2's bias would be removed by
// batch norm's mean, so the shift goes into norm2's bias, the last operation of each branch.)
TEST(AifTest, AttentionOfOneGivesTheLastLayerModel) {
  const int64_t layers = 3;
  auto c = tiny_config(layers, /*dropout=*/false);
  for (const auto& f : {aff("aif", "batch"), aff("aif", "layer"), aff("iaff", "batch"), aff("iaff", "layer")}) {
    for (const std::string head : {"token_classification", "sequence_classification"}) {
      TaskModelOptions o;
      o.seed = 9;
      auto plain = make_task_model(model::parse_head_kind(head), c, 4, o);
      o.representation = make_representation(f, c);
      auto fused = make_task_model(model::parse_head_kind(head), c, 4, o);
      {
        torch::NoGradGuard no_grad;
        for (auto& p : fused->named_parameters())
          if (p.key().find("representation.") == 0 && p.key().find("norm2.bias") != std::string::npos)
            p.value().fill_(50.0);
      }
      torch::manual_seed(8);
      TaskInputs in;
      in.input_ids = torch::randint(5, 200, {3, 7}, torch::kLong);
      in.attention_mask = torch::ones({3, 7}, torch::kLong);
      in.attention_mask[1].narrow(0, 4, 3).fill_(0);
      for (bool training : {true, false}) {
        plain->train(training);
        fused->train(training);
        auto want = plain->forward(in).logits;
        auto got = fused->forward(in).logits;
        if (head == "token_classification") {
          want = real_rows(want, in.attention_mask);
          got = real_rows(got, in.attention_mask);
        }
        EXPECT_TRUE(torch::equal(got, want)) << label(f) << " " << head << (training ? " train" : " eval");
      }
    }
  }
}

TEST(AifTest, GradientsReachBothLayersAndTheFusion) {
  const int64_t layers = 3;
  auto c = tiny_config(layers);
  for (const auto& f : {aff("aif", "batch"), aff("iaff", "layer")}) {
    // Representation level: the loss depends on X and Y directly.
    auto r = make_aif(f, c);
    torch::manual_seed(6);
    auto s = synthetic(layers, 1, {4, 6, 5}, 6);
    s.out.hidden_states[layers].requires_grad_(true);
    s.out.hidden_states[1].requires_grad_(true);
    r->train();
    r->forward(s.out, s.mask).pow(2).sum().backward();
    for (int64_t idx : {layers, int64_t{1}}) {
      auto g = real_rows(s.out.hidden_states[idx].grad(), s.mask);
      EXPECT_GT(g.abs().min().item<double>(), 0.0) << label(f) << " hidden state " << idx;
    }
    for (const auto& p : r->named_parameters())
      EXPECT_GT(p.value().grad().abs().sum().item<double>(), 0.0) << label(f) << " " << p.key();

    // Model level: every encoder layer (the lower one feeds the fusion directly) and the fusion.
    TaskModelOptions o;
    o.representation = make_representation(f, c);
    auto model = make_task_model(model::HeadKind::TokenClassification, c, 3, o);
    model->train();
    TaskInputs in;
    in.input_ids = torch::randint(5, 200, {4, 8}, torch::kLong);
    in.attention_mask = torch::ones({4, 8}, torch::kLong);
    in.labels = torch::randint(0, 3, {4, 8}, torch::kLong);
    model->forward(in).loss.backward();
    for (const std::string name : {"bert.encoder.layer.0.output.dense.weight", "bert.encoder.layer.2.output.dense.weight",
                                   "representation.local.conv1.weight", "representation.global.conv1.weight"}) {
      auto params = model->named_parameters();
      ASSERT_TRUE(params.contains(name)) << name;
      EXPECT_GT(params[name].grad().abs().sum().item<double>(), 0.0) << label(f) << " " << name;
    }
  }
}

// Save -> load (strict) gives the same outputs, running statistics included; the wrong
// representation is refused.
TEST(AifTest, SaveLoadRoundTripWithBuffers) {
  const int64_t layers = 3;
  auto c = tiny_config(layers);
  test::TempDir dir;
  const auto path = (dir / "model.safetensors").string();
  const auto f = aff("iaff", "batch", 2);
  TaskModelOptions o;
  o.representation = make_representation(f, c);
  auto model = make_task_model(model::HeadKind::TokenClassification, c, 3, o);
  TaskInputs in;
  in.input_ids = torch::randint(5, 200, {4, 8}, torch::kLong);
  in.attention_mask = torch::ones({4, 8}, torch::kLong);
  in.attention_mask[2].narrow(0, 3, 5).fill_(0);
  model->train();
  for (int i = 0; i < 3; ++i) model->forward(in);  // moves the running statistics
  model->eval();
  torch::NoGradGuard no_grad;
  const auto want = model->forward(in).logits;
  save_task_weights(model, path);

  const auto file = io::SafetensorsFile::open(path);
  ASSERT_NE(file.find("representation.local2.norm1.running_mean"), nullptr);
  ASSERT_NE(file.find("representation.global.norm2.num_batches_tracked"), nullptr);
  EXPECT_EQ(file.find("representation.local.norm1.weight")->shape, (std::vector<int64_t>{8}));

  TaskModelOptions o2;
  o2.seed = 1234;  // different initial values everywhere
  o2.representation = make_representation(f, c);
  auto loaded = make_task_model(model::HeadKind::TokenClassification, c, 3, o2);
  load_task_weights(loaded, file);
  loaded->eval();
  EXPECT_TRUE(torch::equal(loaded->forward(in).logits, want));
  EXPECT_EQ(loaded->named_buffers()["representation.local.norm1.num_batches_tracked"].item<int64_t>(), 3);

  // Through a model folder: xlfuse.json names the fusion, load_model_dir rebuilds it.
  io::write_bert_config((dir / "config.json").string(), c);
  ModelInfo info;
  info.task = "udpos";
  info.head_kind = HeadKind::TokenClassification;
  info.labels = {"A", "B", "C"};
  info.fusion = f;
  write_model_info(dir.path().string(), info);
  auto from_dir = load_model_dir(dir.path().string());
  EXPECT_EQ(from_dir->representation()->kind(), "iaff");
  EXPECT_TRUE(torch::equal(from_dir->forward(in).logits, want));

  // Strict both ways: a last-layer model has no use for the fusion tensors, an AIF model misses them.
  auto plain = make_task_model(model::HeadKind::TokenClassification, c, 3);
  XLFUSE_EXPECT_THROW_WITH(load_task_weights(plain, file), CheckpointError, "representation.");
  const auto plain_path = (dir / "plain.safetensors").string();
  save_task_weights(plain, plain_path);
  TaskModelOptions o3;
  o3.representation = make_representation(f, c);
  auto fused = make_task_model(model::HeadKind::TokenClassification, c, 3, o3);
  XLFUSE_EXPECT_THROW_WITH(load_task_weights(fused, io::SafetensorsFile::open(plain_path)), CheckpointError,
                           "representation.");
}

}  // namespace
}  // namespace xlfuse::model
