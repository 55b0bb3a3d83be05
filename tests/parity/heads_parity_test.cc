// Parity of the task models (encoder + representation + head, built by make_task_model and loaded
// strictly from HF's task checkpoints) with HuggingFace transformers' BertForSequenceClassification,
// BertForTokenClassification and BertForQuestionAnswering (goldens in shared/golden/bert-tiny):
// logits / start and end logits at 1e-5 on non-padded positions.
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
#include "xlfuse/model/task_model.h"

namespace xlfuse::model {
namespace {

using namespace parity;

TaskInputs golden_inputs() {
  const auto& in = golden()["inputs"];
  TaskInputs inputs;
  inputs.input_ids = to_tensor(in["input_ids"], torch::kLong);
  inputs.token_type_ids = to_tensor(in["token_type_ids"], torch::kLong);
  inputs.attention_mask = to_tensor(in["attention_mask"], torch::kLong);
  return inputs;
}

TaskModel load(const std::string& folder, const std::string& kind, LoadReport* report) {
  return load_task_model(golden_dir() + "/" + folder, model::parse_head_kind(kind), -1, {}, report);
}

TEST(HeadsParityTest, SequenceClassificationLogitsMatchHf) {
  XLFUSE_REQUIRE_SHARED(kGolden);
  LoadReport report;
  TaskModel model = load("bert_seqcls", "sequence_classification", &report);
  EXPECT_EQ(report.loaded, 41u);  // every tensor of the checkpoint: 39 encoder (with pooler) + 2 classifier
  EXPECT_TRUE(report.ignored.empty());
  EXPECT_TRUE(report.ignored_reported.empty());
  torch::NoGradGuard no_grad;
  auto out = model->forward(golden_inputs());
  auto expected = to_tensor(golden()["bert_seqcls"]["logits"], torch::kFloat);
  ASSERT_EQ(out.logits.sizes(), expected.sizes());
  EXPECT_EQ(out.logits.size(1), golden()["bert_seqcls"]["num_labels"].get<int64_t>());
  const double diff = (out.logits - expected).abs().max().item<double>();
  std::printf("[parity] bert_seqcls logits: max abs diff %.3g\n", diff);
  EXPECT_LT(diff, kTol);
}

TEST(HeadsParityTest, TokenClassificationLogitsMatchHf) {
  XLFUSE_REQUIRE_SHARED(kGolden);
  LoadReport report;
  TaskModel model = load("bert_tokcls", "token_classification", &report);
  EXPECT_EQ(report.loaded, 39u);  // 37 encoder (no pooler) + 2 classifier
  EXPECT_FALSE(model->bert->has_pooler());
  auto inputs = golden_inputs();
  torch::NoGradGuard no_grad;
  auto out = model->forward(inputs);
  auto expected = to_tensor(golden()["bert_tokcls"]["logits"], torch::kFloat);
  ASSERT_EQ(out.logits.sizes(), expected.sizes());
  const double diff = masked_max_diff(out.logits, expected, inputs.attention_mask);
  std::printf("[parity] bert_tokcls logits (non-padded): max abs diff %.3g\n", diff);
  EXPECT_LT(diff, kTol);
}

TEST(HeadsParityTest, QuestionAnsweringLogitsMatchHf) {
  XLFUSE_REQUIRE_SHARED(kGolden);
  LoadReport report;
  TaskModel model = load("bert_qa", "question_answering", &report);
  EXPECT_EQ(report.loaded, 39u);
  auto inputs = golden_inputs();
  torch::NoGradGuard no_grad;
  auto out = model->forward(inputs);
  auto start = to_tensor(golden()["bert_qa"]["start_logits"], torch::kFloat);
  auto end = to_tensor(golden()["bert_qa"]["end_logits"], torch::kFloat);
  ASSERT_EQ(out.start_logits.sizes(), start.sizes());
  ASSERT_EQ(out.end_logits.sizes(), end.sizes());
  const double ds = masked_max_diff(out.start_logits, start, inputs.attention_mask);
  const double de = masked_max_diff(out.end_logits, end, inputs.attention_mask);
  std::printf("[parity] bert_qa start_logits: max abs diff %.3g, end_logits: %.3g (non-padded)\n", ds, de);
  EXPECT_LT(ds, kTol);
  EXPECT_LT(de, kTol);
}

TEST(HeadsParityTest, NamedParametersEqualCheckpointNames) {
  XLFUSE_REQUIRE_SHARED(kGolden);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"bert_seqcls", "sequence_classification"}, {"bert_tokcls", "token_classification"}, {"bert_qa", "question_answering"}};
  for (const auto& [folder, kind] : cases) {
    auto file = io::SafetensorsFile::open(golden_dir() + "/" + folder + "/model.safetensors");
    auto config = io::read_bert_config(golden_dir() + "/" + folder + "/config.json");
    const int64_t labels = folder == "bert_tokcls" ? 5 : 3;
    TaskModel model = make_task_model(model::parse_head_kind(kind), config, labels);
    std::vector<std::string> model_names, file_names;
    for (const auto& p : model->named_parameters()) {
      model_names.push_back(p.key());
      const auto* info = file.find(p.key());
      ASSERT_NE(info, nullptr) << folder << ": " << p.key();
      EXPECT_EQ(info->shape, p.value().sizes().vec()) << folder << ": " << p.key();
    }
    for (const auto& t : file.tensors()) file_names.push_back(t.name);
    std::sort(model_names.begin(), model_names.end());
    std::sort(file_names.begin(), file_names.end());
    EXPECT_EQ(model_names, file_names) << folder;
  }
}

// Strictness: a checkpoint of another task (or label count) is refused, naming the problem, and
// the model is left untouched.
TEST(HeadsParityTest, MismatchedTaskCheckpointIsRefused) {
  XLFUSE_REQUIRE_SHARED(kGolden);
  auto config = io::read_bert_config(golden_dir() + "/bert_seqcls/config.json");
  {
    TaskModel model = make_task_model(model::HeadKind::SequenceClassification, config, 3);
    auto before = model->bert->embeddings->word_embeddings->weight.clone();
    auto file = io::SafetensorsFile::open(golden_dir() + "/bert_tokcls/model.safetensors");
    // Classifier [5, 32] vs [3, 32], and no pooler in a token-classification checkpoint.
    XLFUSE_EXPECT_THROW_WITH(load_task_weights(model, file), CheckpointError,
                             "tensor 'classifier.weight' has wrong shape: expected [3, 32], got [5, 32]");
    XLFUSE_EXPECT_THROW_WITH(load_task_weights(model, file), CheckpointError, "'bert.pooler.dense.weight'");
    XLFUSE_EXPECT_THROW_WITH(load_task_weights(model, file), CheckpointError, "not found");
    EXPECT_TRUE(torch::equal(before, model->bert->embeddings->word_embeddings->weight));
  }
  {
    TaskModel model = make_task_model(model::HeadKind::QuestionAnswering, config, 0);
    auto file = io::SafetensorsFile::open(golden_dir() + "/bert_seqcls/model.safetensors");
    // qa_outputs missing; classifier left over (the pooler is ignored: the model has none).
    XLFUSE_EXPECT_THROW_WITH(load_task_weights(model, file), CheckpointError, "'qa_outputs.weight'");
    XLFUSE_EXPECT_THROW_WITH(load_task_weights(model, file), CheckpointError, "unused tensor(s) in the checkpoint: classifier.");
  }
  {
    TaskModel model = make_task_model(model::HeadKind::TokenClassification, config, 5);
    auto file = io::SafetensorsFile::open(golden_dir() + "/bert_model/model.safetensors");
    XLFUSE_EXPECT_THROW_WITH(load_task_weights(model, file), CheckpointError, "load_task_encoder");
  }
}

// Chaining: the encoder of one task checkpoint under a new head gives the same encoder outputs as
// the source (the QA model's token states feed a fresh token classifier initialised as HF does).
TEST(HeadsParityTest, EncoderOnlyLoadKeepsEncoderAndInitialisesNewHead) {
  XLFUSE_REQUIRE_SHARED(kGolden);
  auto config = io::read_bert_config(golden_dir() + "/bert_qa/config.json");
  TaskModel model = make_task_model(model::HeadKind::SequenceClassification, config, 4);
  auto file = io::SafetensorsFile::open(golden_dir() + "/bert_qa/model.safetensors");
  auto pooler_before = model->bert->pooler->dense->weight.clone();
  LoadReport report = load_task_encoder(model, file);
  EXPECT_EQ(report.loaded, 37u);
  EXPECT_EQ(report.ignored_reported, (std::vector<std::string>{"qa_outputs.bias", "qa_outputs.weight"}));
  EXPECT_EQ(report.missing_optional, (std::vector<std::string>{"pooler.dense.weight", "pooler.dense.bias"}));
  EXPECT_TRUE(torch::equal(pooler_before, model->bert->pooler->dense->weight));  // kept its initialisation
  auto classifier = model->named_parameters()["classifier.weight"];
  EXPECT_TRUE(torch::all(model->named_parameters()["classifier.bias"] == 0).item<bool>());
  const double std = classifier.std().item<double>();
  EXPECT_GT(std, 0.01);
  EXPECT_LT(std, 0.03);  // N(0, 0.02^2) over 128 values

  model->eval();
  auto inputs = golden_inputs();
  torch::NoGradGuard no_grad;
  auto states = model->encode(inputs.input_ids, inputs.attention_mask, inputs.token_type_ids).states;
  auto expected = to_tensor(golden()["bert_model"]["last_hidden_state"], torch::kFloat);
  const double diff = masked_max_diff(states, expected, inputs.attention_mask);
  std::printf("[parity] encoder loaded from bert_qa under a new head: last layer max abs diff %.3g\n", diff);
  EXPECT_LT(diff, kTol);
}

}  // namespace
}  // namespace xlfuse::model
