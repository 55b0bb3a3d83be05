// Unit tests of the fusion options (validation, JSON), the factory, the baselines' formulas and
// every fusion kind feeding every head (pooling heads see the fused [CLS] through the pooler).
#include "xlfuse/model/fusion/fusion_options.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/fusion/baselines.h"
#include "xlfuse/model/task_model.h"

namespace xlfuse::model {
namespace {

io::BertConfig tiny_config(int64_t layers = 3, bool dropout = true) {
  io::BertConfig c = io::read_bert_config((test::test_data_dir() / "tiny_bert" / "config.json").string());
  c.num_hidden_layers = layers;
  if (!dropout) {
    c.hidden_dropout_prob = 0.0;
    c.attention_probs_dropout_prob = 0.0;
  }
  return c;
}

FusionOptions fusion(const std::string& kind, int64_t layer) {
  FusionOptions f;
  f.kind = parse_fusion_kind(kind);
  f.layer = layer;
  return f;
}

// The options every kind is tested with (layer 1 of 3 where one is used).
std::vector<FusionOptions> every_kind() {
  std::vector<FusionOptions> out;
  for (const auto& kind : enum_names(fusion_kind_names()))
    out.push_back(fusion(kind, kind == "last_layer" || kind == "scalar_mix" ? 0 : 1));
  return out;
}

// ---- options -----------------------------------------------------------------------------------
TEST(FusionOptionsTest, ValidateNamesTheProblem) {
  const auto c = tiny_config(3);
  XLFUSE_EXPECT_THROW_WITH(fusion("deep", 0).validate(c), ConfigError, "fusion kind: expected one of aif, concat");
  XLFUSE_EXPECT_THROW_WITH(fusion("aif", 0).validate(c), ConfigError, "needs a lower layer in 1..2 (the model has 3 layers), got 0");
  XLFUSE_EXPECT_THROW_WITH(fusion("sum", 3).validate(c), ConfigError, "got 3");
  XLFUSE_EXPECT_THROW_WITH(fusion("lower_layer", -1).validate(c), ConfigError, "fusion layer");
  XLFUSE_EXPECT_THROW_WITH(fusion("scalar_mix", 2).validate(c), ConfigError, "takes no lower layer, got 2");
  XLFUSE_EXPECT_THROW_WITH(fusion("last_layer", 1).validate(c), ConfigError, "takes no lower layer");
  auto f = fusion("aif", 1);
  f.reduction = 5;  // 32 % 5 != 0
  XLFUSE_EXPECT_THROW_WITH(f.validate(c), ConfigError, "fusion reduction: expected a divisor of hidden_size 32");
  f.reduction = 0;
  XLFUSE_EXPECT_THROW_WITH(f.validate(c), ConfigError, "got 0");
  f.reduction = 4;
  XLFUSE_EXPECT_THROW_WITH(parse_fusion_norm("group"), ConfigError, "fusion norm: expected one of batch, layer; got \"group\"");
  // The factory validates first.
  XLFUSE_EXPECT_THROW_WITH(make_representation(fusion("concat", 7), c), ConfigError, "fusion layer");
  for (const auto& ok : every_kind()) EXPECT_NO_THROW(ok.validate(c)) << to_string(ok.kind);
  // A 1-layer model has no lower layer to fuse.
  XLFUSE_EXPECT_THROW_WITH(fusion("aif", 1).validate(tiny_config(1)), ConfigError, "1..0");
}

TEST(FusionOptionsTest, JsonRoundTripAndErrors) {
  FusionOptions f;
  f.kind = model::FusionKind::Iaff;
  f.layer = 2;
  f.reduction = 8;
  f.norm = model::FusionNorm::Layer;
  f.double_output = true;
  const auto j = fusion_to_json(f);
  EXPECT_EQ(j.at("kind"), "iaff");
  const auto back = fusion_from_json(j);
  EXPECT_EQ(back.kind, FusionKind::Iaff);
  EXPECT_EQ(back.layer, 2);
  EXPECT_EQ(back.reduction, 8);
  EXPECT_EQ(back.norm, FusionNorm::Layer);
  EXPECT_TRUE(back.double_output);
  // Missing keys keep their defaults.
  const auto partial = fusion_from_json(nlohmann::json{{"kind", "sum"}, {"layer", 4}});
  EXPECT_EQ(partial.layer, 4);
  EXPECT_EQ(partial.reduction, 4);
  EXPECT_EQ(partial.norm, FusionNorm::Batch);
  EXPECT_EQ(fusion_from_json(nlohmann::json::object()).kind, FusionKind::LastLayer);

  XLFUSE_EXPECT_THROW_WITH(fusion_from_json(nlohmann::json::array()), FormatError, "fusion: expected a JSON object, found array");
  XLFUSE_EXPECT_THROW_WITH(fusion_from_json(nlohmann::json{{"layer", "6"}}), FormatError,
                           "fusion.layer: expected an integer, found string");
  XLFUSE_EXPECT_THROW_WITH(fusion_from_json(nlohmann::json{{"layer", 1.5}}), FormatError, "fusion.layer");
  XLFUSE_EXPECT_THROW_WITH(fusion_from_json(nlohmann::json{{"double_output", 1}}), FormatError,
                           "fusion.double_output: expected a boolean, found number");
  XLFUSE_EXPECT_THROW_WITH(fusion_from_json(nlohmann::json{{"kind", "attention"}}), FormatError,
                           "fusion.kind: expected one of aif, concat, iaff, last_layer, lower_layer, scalar_mix, sum, "
                           "found \"attention\"");
  XLFUSE_EXPECT_THROW_WITH(fusion_from_json(nlohmann::json{{"norm", nullptr}}), FormatError, "fusion.norm: expected a string");
}

TEST(FusionOptionsTest, FactoryBuildsEveryKind) {
  const auto c = tiny_config(3);
  for (const auto& f : every_kind()) {
    auto r = make_representation(f, c);
    ASSERT_TRUE(r) << to_string(f.kind);
    EXPECT_EQ(r->kind(), to_string(f.kind));
    EXPECT_EQ(r->output_size(), c.hidden_size);
  }
  // Parameters each kind declares.
  EXPECT_TRUE(make_representation(fusion("sum", 1), c)->named_parameters().is_empty());
  EXPECT_TRUE(make_representation(fusion("lower_layer", 1), c)->named_parameters().is_empty());
  auto concat = make_representation(fusion("concat", 1), c)->named_parameters();
  EXPECT_EQ(concat["linear.weight"].sizes(), (std::vector<int64_t>{32, 64}));
  EXPECT_TRUE(concat["linear.bias"].eq(0).all().item<bool>());
  EXPECT_NEAR(concat["linear.weight"].std().item<double>(), 0.02, 0.003);
  auto mix = make_representation(fusion("scalar_mix", 0), c)->named_parameters();
  EXPECT_TRUE(mix["scalar_weights"].eq(0).all().item<bool>());
  EXPECT_EQ(mix["scalar_weights"].numel(), 4);  // embeddings + 3 layers
  EXPECT_EQ(mix["gamma"].item<float>(), 1.0f);
}

// ---- baselines -----------------------------------------------------------------------------------
TEST(FusionBaselinesTest, FormulasOnEncoderStates) {
  const auto c = tiny_config(3);
  torch::manual_seed(1);
  BertModel bert(c, /*add_pooler=*/false);
  bert->eval();
  torch::NoGradGuard no_grad;
  const auto ids = torch::randint(5, 200, {2, 6}, torch::kLong);
  const auto mask = torch::ones({2, 6}, torch::kLong);
  const auto all = bert->forward(ids, mask, {}, ForwardOptions{});
  const auto& h = all.hidden_states;

  auto run = [&](RepresentationImpl& r) { return r.forward(bert->forward(ids, mask, {}, r.encoder_options()), mask); };

  auto lower = make_representation(fusion("lower_layer", 2), c);
  const auto lower_opts = lower->encoder_options();
  EXPECT_FALSE(lower_opts.all_hidden_states);
  EXPECT_EQ(lower_opts.layer, 2);  // the encoder stops there
  EXPECT_TRUE(torch::equal(run(*lower), h[2]));
  EXPECT_TRUE(torch::allclose(run(*make_representation(fusion("sum", 1), c)), h[3] + h[1]));

  auto concat = std::dynamic_pointer_cast<ConcatRepresentationImpl>(make_representation(fusion("concat", 2), c));
  concat->linear->bias.normal_();
  auto want = torch::cat({h[3], h[2]}, -1).matmul(concat->linear->weight.t()) + concat->linear->bias;
  EXPECT_TRUE(torch::allclose(run(*concat), want, 1e-5, 1e-6));

  auto mix = std::dynamic_pointer_cast<ScalarMixRepresentationImpl>(make_representation(fusion("scalar_mix", 0), c));
  // Initially the plain average of the 4 hidden states.
  EXPECT_TRUE(torch::allclose(run(*mix), (h[0] + h[1] + h[2] + h[3]) / 4, 1e-5, 1e-6));
  mix->scalar_weights.copy_(torch::tensor({0.5f, -1.0f, 2.0f, 0.0f}));
  mix->gamma.fill_(1.5);
  auto w = torch::softmax(torch::tensor({0.5f, -1.0f, 2.0f, 0.0f}), 0);
  auto mixed = 1.5 * (w[0] * h[0] + w[1] * h[1] + w[2] * h[2] + w[3] * h[3]);
  EXPECT_TRUE(torch::allclose(run(*mix), mixed, 1e-5, 1e-6));
}

// lower_layer computes layers up to `layer` only: the layers above get no gradient at all.
TEST(FusionBaselinesTest, LowerLayerStopsTheEncoder) {
  const auto c = tiny_config(3);
  TaskModelOptions o;
  o.representation = make_representation(fusion("lower_layer", 1), c);
  auto model = make_task_model(model::HeadKind::TokenClassification, c, 3, o);
  model->train();
  TaskInputs in;
  in.input_ids = torch::randint(5, 200, {2, 5}, torch::kLong);
  in.labels = torch::randint(0, 3, {2, 5}, torch::kLong);
  model->forward(in).loss.backward();
  auto params = model->named_parameters();
  EXPECT_TRUE(params["bert.encoder.layer.0.output.dense.weight"].grad().defined());
  EXPECT_FALSE(params["bert.encoder.layer.1.output.dense.weight"].grad().defined());
  EXPECT_FALSE(params["bert.encoder.layer.2.output.dense.weight"].grad().defined());
}

// ---- every kind with every head ----------------------------------------------------------------
TaskInputs inputs_for(const std::string& head, int64_t batch, int64_t seq) {
  TaskInputs in;
  auto ids = [&](std::vector<int64_t> shape) { return torch::randint(5, 200, shape, torch::kLong); };
  auto mask = [&](std::vector<int64_t> shape) {
    auto m = torch::ones(shape, torch::kLong);
    m.select(-1, seq - 1).fill_(0);  // some padding
    m.select(-1, seq - 2).index_put_({0}, 0);
    return m;
  };
  if (head == "multiple_choice") {
    in.input_ids = ids({batch, 3, seq});
    in.attention_mask = mask({batch, 3, seq});
    in.labels = torch::randint(0, 3, {batch}, torch::kLong);
  } else {
    in.input_ids = ids({batch, seq});
    in.attention_mask = mask({batch, seq});
  }
  if (head == "sequence_classification") in.labels = torch::randint(0, 4, {batch}, torch::kLong);
  if (head == "token_classification" || head == "masked_lm") in.labels = torch::randint(0, 4, {batch, seq}, torch::kLong);
  if (head == "question_answering") {
    in.start_positions = torch::randint(0, seq, {batch}, torch::kLong);
    in.end_positions = torch::randint(0, seq, {batch}, torch::kLong);
  }
  if (head == "dual_encoder") {
    in.candidate_input_ids = ids({batch, seq});
    in.candidate_attention_mask = mask({batch, seq});
  }
  return in;
}

TEST(FusionHeadsTest, EveryKindFeedsEveryHead) {
  const auto c = tiny_config(3);
  const int64_t batch = 3, seq = 7;
  for (const auto& head : enum_names(head_kind_names())) {
    for (const auto& f : every_kind()) {
      const std::string what = head + " with " + to_string(f.kind);
      TaskModelOptions o;
      o.representation = make_representation(f, c);
      auto model = make_task_model(model::parse_head_kind(head), c, 4, o);
      EXPECT_EQ(model->representation()->kind(), to_string(f.kind));
      model->train();
      torch::manual_seed(3);
      auto out = model->forward(inputs_for(head, batch, seq));
      ASSERT_TRUE(out.loss.defined()) << what;
      EXPECT_TRUE(std::isfinite(out.loss.item<double>())) << what;
      out.loss.backward();
      for (const auto& p : model->named_parameters())
        if (p.key().rfind("representation.", 0) == 0) {
          ASSERT_TRUE(p.value().grad().defined()) << what << " " << p.key();
          EXPECT_GT(p.value().grad().abs().sum().item<double>(), 0.0) << what << " " << p.key();
        }
      if (head == "sequence_classification") EXPECT_EQ(out.logits.sizes(), (std::vector<int64_t>{batch, 4}));
      if (head == "multiple_choice") EXPECT_EQ(out.logits.sizes(), (std::vector<int64_t>{batch, 3}));
      if (head == "token_classification") EXPECT_EQ(out.logits.sizes(), (std::vector<int64_t>{batch, seq, 4}));
      // Training: the masked-LM decoder runs only at labelled positions (here every one), row-major.
      if (head == "masked_lm") EXPECT_EQ(out.logits.sizes(), (std::vector<int64_t>{batch * seq, c.vocab_size}));
      if (head == "question_answering") EXPECT_EQ(out.start_logits.sizes(), (std::vector<int64_t>{batch, seq}));
      if (head == "dual_encoder") {
        EXPECT_EQ(out.logits.sizes(), (std::vector<int64_t>{batch, batch}));
        EXPECT_EQ(out.embeddings.sizes(), (std::vector<int64_t>{batch, c.hidden_size}));
      }
    }
  }
}

// What each head computes from the fused states: the pooler on the fused [CLS] for pooling heads,
// the fused token states for per-token heads.
TEST(FusionHeadsTest, HeadsReadTheFusedStates) {
  const auto c = tiny_config(3, /*dropout=*/false);
  FusionOptions f = fusion("aif", 2);
  torch::manual_seed(5);
  auto in = inputs_for("sequence_classification", 3, 6);
  in.labels = torch::Tensor();  // outputs only
  for (const std::string head : {"sequence_classification", "token_classification", "question_answering", "dual_encoder"}) {
    TaskModelOptions o;
    o.representation = make_representation(f, c);
    auto model = make_task_model(model::parse_head_kind(head), c, 4, o);
    model->eval();
    torch::NoGradGuard no_grad;
    auto rep = model->representation();
    auto states = rep->forward(model->bert->forward(in.input_ids, in.attention_mask, {}, rep->encoder_options()),
                               in.attention_mask);
    auto params = model->named_parameters();
    auto out = model->forward(in);
    if (head == "sequence_classification") {
      auto pooled = model->bert->pooler->forward(states);
      auto want = pooled.matmul(params["classifier.weight"].t()) + params["classifier.bias"];
      EXPECT_TRUE(torch::allclose(out.logits, want, 1e-5, 1e-6)) << head;
      // ... and not the last layer's [CLS].
      auto last = model->bert->forward(in.input_ids, in.attention_mask, {}, ForwardOptions{}).pooled;
      EXPECT_FALSE(torch::allclose(pooled, last, 1e-4, 1e-5)) << head;
    } else if (head == "token_classification") {
      auto want = states.matmul(params["classifier.weight"].t()) + params["classifier.bias"];
      EXPECT_TRUE(torch::allclose(out.logits, want, 1e-5, 1e-6)) << head;
    } else if (head == "question_answering") {
      auto logits = states.matmul(params["qa_outputs.weight"].t()) + params["qa_outputs.bias"];
      EXPECT_TRUE(torch::allclose(out.start_logits, logits.select(-1, 0), 1e-5, 1e-6)) << head;
    } else {
      auto pooled = model->bert->pooler->forward(states);
      auto want = torch::nn::functional::normalize(pooled, torch::nn::functional::NormalizeFuncOptions().dim(-1));
      EXPECT_TRUE(torch::allclose(out.embeddings, want, 1e-5, 1e-6)) << head;
    }
  }
}

}  // namespace
}  // namespace xlfuse::model
