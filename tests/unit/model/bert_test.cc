// Unit tests of the BERT modules: names, shapes, eval-mode determinism, the fused QKV path,
// layer selection and padding invariance, on the in-repo tiny model (tests/data/tiny_bert).
#include "xlfuse/model/bert.h"

#include <algorithm>
#include <stdexcept>

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "test_utils.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/checkpoint.h"

namespace xlfuse::model {
namespace {

std::string tiny_dir() { return (test::test_data_dir() / "tiny_bert").string(); }
io::BertConfig tiny_config() { return io::read_bert_config(tiny_dir() + "/config.json"); }

// A padded batch of 3: lengths 7, 4, 2 (ids within the tiny vocabulary).
struct Batch {
  torch::Tensor ids, mask, types;
};
Batch make_batch() {
  Batch b;
  b.ids = torch::tensor({2, 10, 50, 60, 70, 80, 3, 2, 99, 100, 3, 0, 0, 0, 2, 3, 0, 0, 0, 0, 0}, torch::kLong).view({3, 7});
  b.mask = (b.ids != 0).to(torch::kLong);
  b.types = torch::zeros_like(b.ids);
  b.types[0].narrow(0, 4, 3).fill_(1);
  return b;
}

TEST(BertModelTest, ParameterNamesMatchCheckpoint) {
  BertModel model(tiny_config());
  auto file = io::SafetensorsFile::open(tiny_dir() + "/model.safetensors");
  std::vector<std::string> model_names;
  for (const auto& p : model->named_parameters()) {
    model_names.push_back(p.key());
    const auto* info = file.find(p.key());
    ASSERT_NE(info, nullptr) << p.key();
    EXPECT_EQ(info->shape, p.value().sizes().vec()) << p.key();
  }
  std::vector<std::string> file_names;
  for (const auto& t : file.tensors()) file_names.push_back(t.name);
  std::sort(model_names.begin(), model_names.end());
  std::sort(file_names.begin(), file_names.end());
  EXPECT_EQ(model_names, file_names);
  EXPECT_EQ(model_names.size(), 39u);
}

TEST(BertModelTest, ParameterSpecsMatchModelOrderAndShapes) {
  for (bool pooler : {true, false}) {
    BertModel model(tiny_config(), pooler);
    auto specs = encoder_parameter_specs(tiny_config(), pooler);
    auto params = model->named_parameters();
    ASSERT_EQ(specs.size(), params.size());
    for (size_t i = 0; i < specs.size(); ++i) {
      EXPECT_EQ(specs[i].name, params[i].key());
      EXPECT_EQ(specs[i].shape, params[i].value().sizes().vec()) << specs[i].name;
    }
    EXPECT_EQ(model->has_pooler(), pooler);
  }
}

TEST(BertModelTest, DropoutIsOffInEvalAndOnInTrain) {
  BertModel model = load_bert_model(tiny_dir());
  ASSERT_GT(model->config().hidden_dropout_prob, 0.0);
  auto b = make_batch();
  torch::NoGradGuard no_grad;
  model->eval();
  auto a1 = model->forward(b.ids, b.mask, b.types);
  auto a2 = model->forward(b.ids, b.mask, b.types);
  EXPECT_TRUE(torch::equal(a1.last(), a2.last()));
  EXPECT_TRUE(torch::equal(a1.pooled, a2.pooled));
  model->train();
  torch::manual_seed(1);
  auto t1 = model->forward(b.ids, b.mask, b.types);
  auto t2 = model->forward(b.ids, b.mask, b.types);
  EXPECT_FALSE(torch::allclose(t1.last(), t2.last())) << "dropout should be active in train mode";
}

TEST(BertModelTest, FusedQkvMatchesSeparateProjections) {
  BertModel model = load_bert_model(tiny_dir());
  for (size_t i = 0; i < model->encoder->size(); ++i)
    EXPECT_TRUE(model->encoder->at(i)->attention->self->fused_qkv_intact()) << "layer " << i;
  auto b = make_batch();
  torch::Tensor fused, separate;
  {
    torch::NoGradGuard no_grad;  // fused path
    fused = model->forward(b.ids, b.mask, b.types).last();
  }
  separate = model->forward(b.ids, b.mask, b.types).last();  // grad on: three GEMMs
  EXPECT_TRUE(separate.requires_grad());
  EXPECT_LT((fused - separate.detach()).abs().max().item<float>(), 1e-5);
}

TEST(BertModelTest, FusedBufferFollowsInPlaceParameterUpdates) {
  BertModel model = load_bert_model(tiny_dir());
  auto b = make_batch();
  torch::NoGradGuard no_grad;
  auto before = model->forward(b.ids, b.mask, b.types).last();
  model->encoder->at(0)->attention->self->key->weight.mul_(0.5);
  auto after = model->forward(b.ids, b.mask, b.types).last();
  EXPECT_FALSE(torch::allclose(before, after)) << "the fused path must see in-place updates of key.weight";
}

TEST(BertModelTest, SingleLayerOutputMatchesFullRun) {
  BertModel model = load_bert_model(tiny_dir());
  auto b = make_batch();
  torch::NoGradGuard no_grad;
  auto full = model->forward(b.ids, b.mask, b.types);
  ASSERT_EQ(full.hidden_states.size(), 3u);
  for (int64_t layer : {0, 1, 2}) {
    ForwardOptions opt;
    opt.all_hidden_states = false;
    opt.layer = layer;
    auto one = model->forward(b.ids, b.mask, b.types, opt);
    for (int64_t i = 0; i < 3; ++i) EXPECT_EQ(one.hidden_states[i].defined(), i == layer) << layer << " " << i;
    EXPECT_TRUE(torch::equal(one.hidden_states[layer], full.hidden_states[layer]));
    EXPECT_EQ(one.pooled.defined(), layer == 2);
  }
  ForwardOptions bad;
  bad.all_hidden_states = false;
  bad.layer = 3;
  XLFUSE_EXPECT_THROW_WITH(model->forward(b.ids, b.mask, b.types, bad), std::invalid_argument, "valid layers are 0..2");
}

TEST(BertModelTest, PaddingDoesNotChangeRealPositions) {
  BertModel model = load_bert_model(tiny_dir());
  auto b = make_batch();
  torch::NoGradGuard no_grad;
  auto batched = model->forward(b.ids, b.mask, b.types);
  // Row 1 has 4 real tokens: alone, unpadded.
  auto alone = model->forward(b.ids.narrow(0, 1, 1).narrow(1, 0, 4), b.mask.narrow(0, 1, 1).narrow(1, 0, 4),
                              b.types.narrow(0, 1, 1).narrow(1, 0, 4));
  for (size_t l = 0; l < batched.hidden_states.size(); ++l) {
    auto diff = (batched.hidden_states[l][1].narrow(0, 0, 4) - alone.hidden_states[l][0]).abs().max().item<float>();
    EXPECT_LT(diff, 1e-5) << "layer " << l;
  }
  EXPECT_LT((batched.pooled[1] - alone.pooled[0]).abs().max().item<float>(), 1e-5);
}

TEST(BertModelTest, RejectsBadInputs) {
  BertModel model = load_bert_model(tiny_dir());
  torch::NoGradGuard no_grad;
  auto too_long = torch::ones({1, 65}, torch::kLong);  // max_position_embeddings is 64
  XLFUSE_EXPECT_THROW_WITH(model->forward(too_long), c10::Error, "exceeds max_position_embeddings 64");
  auto ids = torch::ones({2, 5}, torch::kLong);
  XLFUSE_EXPECT_THROW_WITH(model->forward(ids, torch::ones({2, 4}, torch::kLong)), c10::Error,
                           "attention_mask must have the shape of input_ids");
  XLFUSE_EXPECT_THROW_WITH(model->forward(torch::ones({5}, torch::kLong)), c10::Error, "input_ids must be [batch, seq]");
}

TEST(BertModelTest, AttentionBiasIsHfMask) {
  auto bias = make_attention_bias(torch::tensor({1, 1, 0}, torch::kLong).view({1, 3}));
  ASSERT_EQ(bias.sizes().vec(), (std::vector<int64_t>{1, 1, 1, 3}));
  EXPECT_EQ(bias[0][0][0][0].item<float>(), 0.0f);
  EXPECT_EQ(bias[0][0][0][2].item<float>(), std::numeric_limits<float>::lowest());
}

}  // namespace
}  // namespace xlfuse::model
