// Unit tests of the task heads and TaskModel on the in-repo tiny model (tests/data/tiny_bert):
// HF parameter names, the factory, each head's loss and a small overfitting run (loss falls,
// training accuracy reaches ~100%), gradients into the encoder, multiple choice's softmax over
// choices, eval-mode determinism, the tied MLM decoder, the dual encoder's in-batch recipe,
// checkpoint round trips and a custom representation plugging in without changing the heads.
#include "xlfuse/model/task_model.h"

#include <algorithm>
#include <functional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/heads/head_registry.h"
#include "xlfuse/model/heads/masked_lm.h"

namespace xlfuse::model {
namespace {

constexpr int64_t kBatch = 8;
constexpr int64_t kSeq = 12;
constexpr int64_t kCls = 2, kSep = 3, kMask = 4;

std::string tiny_dir() { return (test::test_data_dir() / "tiny_bert").string(); }
io::BertConfig tiny_config() { return io::read_bert_config(tiny_dir() + "/config.json"); }
const io::SafetensorsFile& tiny_file() {
  static const io::SafetensorsFile file = io::SafetensorsFile::open(tiny_dir() + "/model.safetensors");
  return file;
}

// A task model whose encoder comes from tiny_bert (the chaining path) and whose head is new.
TaskModel tiny_model(const std::string& kind, int64_t num_labels = 3, const TaskModelOptions& options = {}) {
  TaskModel model = make_task_model(model::parse_head_kind(kind), tiny_config(), num_labels, options);
  load_task_encoder(model, tiny_file());
  return model;
}

// [n, kSeq] random word ids (5..199) framed by [CLS] ... [SEP], right-padded to random lengths 6..kSeq.
struct Tokens {
  torch::Tensor ids, mask, types;
};
Tokens random_tokens(int64_t n, int64_t seq = kSeq) {
  Tokens t;
  t.ids = torch::randint(5, 200, {n, seq}, torch::kLong);
  t.mask = torch::ones({n, seq}, torch::kLong);
  auto lengths = torch::randint(6, seq + 1, {n}, torch::kLong);
  for (int64_t i = 0; i < n; ++i) {
    const int64_t len = lengths[i].item<int64_t>();
    t.ids[i][0] = kCls;
    t.ids[i][len - 1] = kSep;
    if (len < seq) {
      t.ids[i].narrow(0, len, seq - len).fill_(0);
      t.mask[i].narrow(0, len, seq - len).fill_(0);
    }
  }
  t.types = torch::zeros_like(t.ids);
  return t;
}

TaskInputs inputs_from(const Tokens& t) {
  TaskInputs in;
  in.input_ids = t.ids;
  in.attention_mask = t.mask;
  in.token_type_ids = t.types;
  return in;
}

// Adam on all parameters; returns the loss per step. After the first backward, checks that the
// gradient reaches the encoder's embeddings and every head parameter.
std::vector<double> train(TaskModel& model, const TaskInputs& inputs, int steps, double lr = 2e-3) {
  model->train();
  torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(lr));
  std::vector<double> losses;
  for (int step = 0; step < steps; ++step) {
    optimizer.zero_grad();
    auto out = model->forward(inputs);
    EXPECT_TRUE(out.loss.defined());
    if (!out.loss.defined()) return losses;
    out.loss.backward();
    if (step == 0) {
      auto grad = model->bert->embeddings->word_embeddings->weight.grad();
      EXPECT_TRUE(grad.defined() && grad.abs().sum().item<double>() > 0) << to_string(model->head_kind()) << ": no encoder gradient";
      for (const auto& p : model->named_parameters()) {
        if (p.key().rfind("bert.", 0) == 0) continue;
        const auto& g = p.value().grad();
        EXPECT_TRUE(g.defined()) << to_string(model->head_kind()) << ": no gradient for " << p.key();
        if (!g.defined()) continue;
        if (model->head_kind() == HeadKind::MultipleChoice && p.key() == "classifier.bias")
          EXPECT_LT(g.abs().max().item<double>(), 1e-6) << "the choice bias shifts every choice: the softmax over "
                                                          "choices must cancel it";
        else
          EXPECT_GT(g.abs().sum().item<double>(), 0) << to_string(model->head_kind()) << ": zero gradient for " << p.key();
      }
    }
    optimizer.step();
    losses.push_back(out.loss.item<double>());
  }
  model->eval();
  return losses;
}

void expect_loss_falls(const std::vector<double>& losses, const std::string& what) {
  ASSERT_FALSE(losses.empty());
  const double last = *std::min_element(losses.end() - 5, losses.end());
  EXPECT_LT(last, 0.1 * losses.front()) << what << ": first loss " << losses.front() << ", last " << last;
}

// Accuracy of argmax(scores, -1) against labels where keep is true.
double accuracy(const torch::Tensor& scores, const torch::Tensor& labels, const torch::Tensor& keep) {
  auto hit = (scores.argmax(-1) == labels).logical_and(keep);
  return hit.sum().item<double>() / keep.sum().item<double>();
}

// -------------------------------------------------------------------------------------------
// Names

std::vector<std::pair<std::string, std::vector<int64_t>>> encoder_names(bool pooler) {
  std::vector<std::pair<std::string, std::vector<int64_t>>> names;
  for (const auto& t : tiny_file().tensors())
    if (pooler || t.name.rfind("pooler.", 0) != 0) names.emplace_back("bert." + t.name, t.shape);
  return names;
}

TEST(HeadsTest, NamedParametersEqualHfTaskModels) {
  const int64_t e = 32, v = 200;
  using Names = std::vector<std::pair<std::string, std::vector<int64_t>>>;
  struct Case {
    std::string kind;
    bool pooler;
    Names head;
  };
  const std::vector<Case> cases = {
      {"sequence_classification", true, {{"classifier.weight", {3, e}}, {"classifier.bias", {3}}}},
      {"multiple_choice", true, {{"classifier.weight", {1, e}}, {"classifier.bias", {1}}}},
      {"token_classification", false, {{"classifier.weight", {3, e}}, {"classifier.bias", {3}}}},
      {"question_answering", false, {{"qa_outputs.weight", {2, e}}, {"qa_outputs.bias", {2}}}},
      {"masked_lm",
       false,
       {{"cls.predictions.bias", {v}},
        {"cls.predictions.transform.dense.weight", {e, e}},
        {"cls.predictions.transform.dense.bias", {e}},
        {"cls.predictions.transform.LayerNorm.weight", {e}},
        {"cls.predictions.transform.LayerNorm.bias", {e}}}},
      {"dual_encoder", true, {{"logit_scale", {1}}}},
  };
  for (const auto& c : cases) {
    TaskModel model = make_task_model(model::parse_head_kind(c.kind), tiny_config(), 3);
    Names got;
    for (const auto& p : model->named_parameters()) got.emplace_back(p.key(), p.value().sizes().vec());
    Names expected = encoder_names(c.pooler);
    expected.insert(expected.end(), c.head.begin(), c.head.end());
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(got, expected) << c.kind;
    // HF's order: the encoder first, then the head.
    // PyTorch's order: the task model's own parameters (logit_scale), then the encoder, then the head.
    const auto params = model->named_parameters();
    const size_t first_bert = c.kind == "dual_encoder" ? 1 : 0;
    EXPECT_EQ(params[first_bert].key(), "bert.embeddings.word_embeddings.weight") << c.kind;
    EXPECT_EQ(to_string(model->head_kind()), c.kind);
  }
}

TEST(HeadsTest, FactoryKnowsTheHeadsAndRefusesUnknownOnes) {
  EXPECT_EQ(enum_names(head_kind_names()), (std::vector<std::string>{"dual_encoder", "masked_lm", "multiple_choice",
                                                          "question_answering", "sequence_classification",
                                                          "token_classification"}));
  XLFUSE_EXPECT_THROW_WITH(parse_head_kind("ner"), ConfigError,
                           "head: expected one of dual_encoder, masked_lm, multiple_choice, question_answering, "
                           "sequence_classification, token_classification; got \"ner\"");
  XLFUSE_EXPECT_THROW_WITH(make_task_model(model::HeadKind::SequenceClassification, tiny_config(), 0), ConfigError, "num_labels");
  XLFUSE_EXPECT_THROW_WITH(make_task_model(model::HeadKind::TokenClassification, tiny_config(), -1), ConfigError, "num_labels");
  TaskModelOptions bad;
  bad.head.classifier_dropout = 1.5;
  XLFUSE_EXPECT_THROW_WITH(make_task_model(model::HeadKind::SequenceClassification, tiny_config(), 2, bad), ConfigError,
                           "classifier_dropout");
  EXPECT_EQ(find_head(HeadKind::MaskedLm).hf_class, "BertForMaskedLM");
}

TEST(HeadsTest, NewHeadIsInitialisedAsHfDoesAndDeterministically) {
  TaskModel a = make_task_model(model::HeadKind::MaskedLm, tiny_config(), 0);
  TaskModel b = make_task_model(model::HeadKind::MaskedLm, tiny_config(), 0);
  auto pa = a->named_parameters(), pb = b->named_parameters();
  for (const auto& p : pa) EXPECT_TRUE(torch::equal(p.value(), pb[p.key()])) << p.key();
  EXPECT_TRUE(torch::all(pa["cls.predictions.bias"] == 0).item<bool>());
  EXPECT_TRUE(torch::all(pa["cls.predictions.transform.LayerNorm.weight"] == 1).item<bool>());
  const double std = pa["cls.predictions.transform.dense.weight"].std().item<double>();
  EXPECT_NEAR(std, 0.02, 0.004);  // N(0, initializer_range^2) over 1024 values
  TaskModelOptions other;
  other.seed = 7;
  TaskModel c = make_task_model(model::HeadKind::MaskedLm, tiny_config(), 0, other);
  EXPECT_FALSE(torch::equal(pa["cls.predictions.transform.dense.weight"],
                            c->named_parameters()["cls.predictions.transform.dense.weight"]));
  TaskModel d = make_task_model(model::HeadKind::DualEncoder, tiny_config(), 0);
  EXPECT_FLOAT_EQ(d->named_parameters()["logit_scale"].item<float>(), 100.0f);
}

// -------------------------------------------------------------------------------------------
// Each head learns a tiny batch

TEST(HeadsTest, SequenceClassificationOverfitsTinyBatch) {
  torch::manual_seed(1);
  TaskModel model = tiny_model("sequence_classification", 3);
  auto inputs = inputs_from(random_tokens(kBatch));
  inputs.labels = torch::tensor({0, 1, 2, 0, 1, 2, 1, 0}, torch::kLong);
  auto losses = train(model, inputs, 80);
  expect_loss_falls(losses, "sequence_classification");
  torch::NoGradGuard no_grad;
  auto out = model->forward(inputs);
  EXPECT_EQ(out.logits.sizes(), (std::vector<int64_t>{kBatch, 3}));
  EXPECT_EQ(accuracy(out.logits, inputs.labels, torch::ones({kBatch}, torch::kBool)), 1.0);
}

TEST(HeadsTest, RegressionWithOneLabelUsesMse) {
  torch::manual_seed(2);
  TaskModel model = tiny_model("sequence_classification", 1);
  auto inputs = inputs_from(random_tokens(4));
  inputs.labels = torch::tensor({0.5, -1.0, 2.0, 0.0});
  model->eval();
  torch::NoGradGuard no_grad;
  auto out = model->forward(inputs);
  ASSERT_EQ(out.logits.sizes(), (std::vector<int64_t>{4, 1}));
  const double expected = (out.logits.view({-1}) - inputs.labels).pow(2).mean().item<double>();
  EXPECT_NEAR(out.loss.item<double>(), expected, 1e-6);
}

TEST(HeadsTest, MultipleChoiceOverfitsTinyBatch) {
  torch::manual_seed(3);
  const int64_t choices = 3, seq = 10;
  TaskModel model = tiny_model("multiple_choice");
  auto t = random_tokens(kBatch * choices, seq);
  TaskInputs inputs;
  inputs.input_ids = t.ids.view({kBatch, choices, seq});
  inputs.attention_mask = t.mask.view({kBatch, choices, seq});
  inputs.token_type_ids = t.types.view({kBatch, choices, seq});
  inputs.labels = torch::tensor({0, 1, 2, 2, 1, 0, 1, 2}, torch::kLong);
  auto losses = train(model, inputs, 80);
  expect_loss_falls(losses, "multiple_choice");
  torch::NoGradGuard no_grad;
  auto out = model->forward(inputs);
  EXPECT_EQ(out.logits.sizes(), (std::vector<int64_t>{kBatch, choices}));
  EXPECT_EQ(accuracy(out.logits, inputs.labels, torch::ones({kBatch}, torch::kBool)), 1.0);
}

TEST(HeadsTest, MultipleChoiceSoftmaxIsOverChoices) {
  torch::manual_seed(4);
  const int64_t batch = 2, choices = 4, seq = 8;
  TaskModel model = tiny_model("multiple_choice");
  model->eval();
  auto t = random_tokens(batch * choices, seq);
  TaskInputs inputs;
  inputs.input_ids = t.ids.view({batch, choices, seq});
  inputs.attention_mask = t.mask.view({batch, choices, seq});
  inputs.labels = torch::tensor({3, 1}, torch::kLong);
  torch::NoGradGuard no_grad;
  auto out = model->forward(inputs);
  ASSERT_EQ(out.logits.sizes(), (std::vector<int64_t>{batch, choices}));
  // Loss = mean over examples of -log softmax over that example's choices.
  auto logp = torch::log_softmax(out.logits, 1);
  const double expected = -(logp[0][3] + logp[1][1]).item<double>() / 2;
  EXPECT_NEAR(out.loss.item<double>(), expected, 1e-5);
  // Each choice is scored on its own: permuting the choices permutes the scores.
  auto perm = torch::tensor({2, 0, 3, 1}, torch::kLong);
  TaskInputs permuted = inputs;
  permuted.input_ids = inputs.input_ids.index_select(1, perm);
  permuted.attention_mask = inputs.attention_mask.index_select(1, perm);
  auto out2 = model->forward(permuted);
  EXPECT_TRUE(torch::allclose(out2.logits, out.logits.index_select(1, perm), 1e-5, 1e-6));
  // A [B, T] input is refused with the expected shape in the message.
  TaskInputs flat;
  flat.input_ids = t.ids;
  try {
    model->forward(flat);
    ADD_FAILURE() << "a 2-D multiple-choice input was accepted";
  } catch (const c10::Error& e) {
    EXPECT_NE(std::string(e.what()).find("[batch, choices, seq]"), std::string::npos) << e.what();
  }
}

TEST(HeadsTest, TokenClassificationOverfitsTinyBatch) {
  torch::manual_seed(5);
  TaskModel model = tiny_model("token_classification", 5);
  auto t = random_tokens(kBatch);
  auto inputs = inputs_from(t);
  auto labels = torch::randint(0, 5, {kBatch, kSeq}, torch::kLong);
  // -100 on [CLS], [SEP] and padding, as the features do.
  auto ignored = (t.ids == kCls).logical_or(t.ids == kSep).logical_or(t.mask == 0);
  inputs.labels = labels.masked_fill(ignored, -100);
  auto losses = train(model, inputs, 100);
  expect_loss_falls(losses, "token_classification");
  torch::NoGradGuard no_grad;
  auto out = model->forward(inputs);
  EXPECT_EQ(out.logits.sizes(), (std::vector<int64_t>{kBatch, kSeq, 5}));
  EXPECT_GE(accuracy(out.logits, inputs.labels, inputs.labels != -100), 0.97);
  // The loss is the mean cross-entropy over the labelled tokens only.
  auto keep = inputs.labels != -100;
  auto expected = torch::nn::functional::cross_entropy(out.logits.index({keep}), inputs.labels.index({keep}));
  EXPECT_NEAR(out.loss.item<double>(), expected.item<double>(), 1e-6);
}

TEST(HeadsTest, QuestionAnsweringOverfitsTinyBatch) {
  torch::manual_seed(6);
  TaskModel model = tiny_model("question_answering");
  auto t = random_tokens(kBatch);
  auto inputs = inputs_from(t);
  auto lengths = t.mask.sum(1);
  std::vector<int64_t> starts, ends;
  for (int64_t i = 0; i < kBatch; ++i) {
    const int64_t len = lengths[i].item<int64_t>();
    const int64_t s = 1 + (i * 3) % (len - 2);
    starts.push_back(s);
    ends.push_back(std::min(s + i % 3, len - 2));
  }
  inputs.start_positions = torch::tensor(starts, torch::kLong);
  inputs.end_positions = torch::tensor(ends, torch::kLong);
  auto losses = train(model, inputs, 100);
  expect_loss_falls(losses, "question_answering");
  torch::NoGradGuard no_grad;
  auto out = model->forward(inputs);
  EXPECT_EQ(out.start_logits.sizes(), (std::vector<int64_t>{kBatch, kSeq}));
  auto pad = t.mask == 0;
  auto all = torch::ones({kBatch}, torch::kBool);
  EXPECT_EQ(accuracy(out.start_logits.masked_fill(pad, -1e9), inputs.start_positions, all), 1.0);
  EXPECT_EQ(accuracy(out.end_logits.masked_fill(pad, -1e9), inputs.end_positions, all), 1.0);
}

TEST(HeadsTest, QuestionAnsweringIgnoresPositionsOutsideTheWindow) {
  torch::manual_seed(7);
  TaskModel model = tiny_model("question_answering");
  model->eval();
  auto inputs = inputs_from(random_tokens(2));
  torch::NoGradGuard no_grad;
  inputs.start_positions = torch::tensor({2, 1000}, torch::kLong);  // clamped to T and ignored
  inputs.end_positions = torch::tensor({3, 1000}, torch::kLong);
  auto out = model->forward(inputs);
  auto s = torch::log_softmax(out.start_logits[0], 0)[2];
  auto e = torch::log_softmax(out.end_logits[0], 0)[3];
  EXPECT_NEAR(out.loss.item<double>(), -(s + e).item<double>() / 2, 1e-5);
  inputs.end_positions = torch::Tensor();
  EXPECT_THROW(model->forward(inputs), c10::Error);  // start without end
}

TEST(HeadsTest, MaskedLmOverfitsMaskedPositionsAndTiesTheDecoder) {
  torch::manual_seed(8);
  TaskModel model = tiny_model("masked_lm");
  auto t = random_tokens(kBatch);
  auto inputs = inputs_from(t);
  // Two masked word positions per example (1 and 2 are always words: lengths >= 6).
  inputs.labels = torch::full({kBatch, kSeq}, -100, torch::kLong);
  for (int64_t i = 0; i < kBatch; ++i)
    for (int64_t pos : {int64_t{1}, int64_t{2}}) {
      inputs.labels[i][pos] = t.ids[i][pos];
      inputs.input_ids[i][pos] = kMask;
    }
  auto losses = train(model, inputs, 100);
  expect_loss_falls(losses, "masked_lm");
  torch::NoGradGuard no_grad;
  auto out = model->forward(inputs);
  EXPECT_EQ(out.logits.sizes(), (std::vector<int64_t>{kBatch, kSeq, 200}));
  EXPECT_EQ(accuracy(out.logits, inputs.labels, inputs.labels != -100), 1.0);
  // The decoder is the word-embedding matrix itself: same storage, and changing it changes logits.
  auto head = std::dynamic_pointer_cast<MaskedLmHeadImpl>(model->head());
  ASSERT_TRUE(head);
  EXPECT_EQ(head->cls->predictions->word_embeddings->weight.data_ptr(),
            model->bert->embeddings->word_embeddings->weight.data_ptr());
  auto before = out.logits.clone();
  model->bert->embeddings->word_embeddings->weight[150].add_(1.0);
  auto after = model->forward(inputs).logits;
  EXPECT_GT((after.select(-1, 150) - before.select(-1, 150)).abs().max().item<double>(), 1e-3);
}

// With gradients (training) the decoder runs only at labelled positions: the same loss as the
// full [B, T, V] logits give, with logits for just those positions.
TEST(HeadsTest, MaskedLmTrainsOnLabelledPositionsOnly) {
  torch::manual_seed(8);
  TaskModel model = tiny_model("masked_lm");
  model->eval();  // no dropout: both passes see the same network
  auto t = random_tokens(kBatch);
  auto inputs = inputs_from(t);
  inputs.labels = torch::full({kBatch, kSeq}, -100, torch::kLong);
  inputs.labels[0][1] = t.ids[0][1];
  inputs.labels[1][2] = t.ids[1][2];
  inputs.labels[1][3] = t.ids[1][3];
  auto sparse = model->forward(inputs);
  EXPECT_EQ(sparse.logits.sizes(), (std::vector<int64_t>{3, 200}));
  ASSERT_TRUE(sparse.loss.requires_grad());
  torch::NoGradGuard no_grad;
  auto full = model->forward(inputs);
  EXPECT_EQ(full.logits.sizes(), (std::vector<int64_t>{kBatch, kSeq, 200}));
  EXPECT_NEAR(sparse.loss.item<double>(), full.loss.item<double>(), 1e-5);
  EXPECT_TRUE(torch::allclose(sparse.logits[2], full.logits[1][3], 1e-5, 1e-5));
}

TEST(HeadsTest, DualEncoderLearnsInBatchRetrieval) {
  torch::manual_seed(9);
  // Encoder dropout off: with hidden size 32, dropout noise times the logit scale of 100 swamps the
  // in-batch signal of this tiny random model (mBERT trains with dropout on, as XTREME does).
  auto config = tiny_config();
  config.hidden_dropout_prob = 0;
  config.attention_probs_dropout_prob = 0;
  TaskModel model = make_task_model(model::HeadKind::DualEncoder, config, 0);
  load_task_encoder(model, tiny_file());
  auto q = random_tokens(kBatch), c = random_tokens(kBatch, 10);
  auto inputs = inputs_from(q);
  inputs.candidate_input_ids = c.ids;
  inputs.candidate_attention_mask = c.mask;
  auto losses = train(model, inputs, 80, 1e-3);
  expect_loss_falls(losses, "dual_encoder");
  torch::NoGradGuard no_grad;
  auto out = model->forward(inputs);
  ASSERT_EQ(out.logits.sizes(), (std::vector<int64_t>{kBatch, kBatch}));
  EXPECT_EQ(accuracy(out.logits, torch::arange(kBatch), torch::ones({kBatch}, torch::kBool)), 1.0);
  // Encodings are unit vectors; logits are cosine similarity x logit_scale; in-batch labels arange(B).
  EXPECT_TRUE(torch::allclose(out.embeddings.norm(2, 1), torch::ones({kBatch}), 1e-5, 1e-5));
  EXPECT_TRUE(torch::allclose(out.candidate_embeddings.norm(2, 1), torch::ones({kBatch}), 1e-5, 1e-5));
  auto scale = model->named_parameters()["logit_scale"];
  EXPECT_TRUE(torch::allclose(out.logits, out.embeddings.mm(out.candidate_embeddings.t()) * scale, 1e-5, 1e-4));
  EXPECT_NEAR(out.loss.item<double>(),
              torch::nn::functional::cross_entropy(out.logits, torch::arange(kBatch)).item<double>(), 1e-6);
  // Queries and candidates share one tower: encoding the candidates as queries gives the same vectors.
  auto as_queries = model->forward(inputs_from(c));
  EXPECT_FALSE(as_queries.loss.defined());
  EXPECT_TRUE(torch::allclose(as_queries.embeddings, out.candidate_embeddings, 1e-5, 1e-6));
}

// -------------------------------------------------------------------------------------------
// Modes, round trips, representation

TEST(HeadsTest, DropoutOffInEvalGivesIdenticalOutputs) {
  for (const auto& kind : enum_names(head_kind_names())) {
    torch::manual_seed(10);
    TaskModel model = tiny_model(kind, 3);
    auto t = random_tokens(4);
    TaskInputs inputs = inputs_from(t);
    if (kind == "multiple_choice") {
      inputs.input_ids = t.ids.view({2, 2, kSeq});
      inputs.attention_mask = t.mask.view({2, 2, kSeq});
      inputs.token_type_ids = t.types.view({2, 2, kSeq});
    }
    auto primary = [&](const TaskOutput& o) { return kind == "question_answering" ? o.start_logits : kind == "dual_encoder" ? o.embeddings : o.logits; };
    torch::NoGradGuard no_grad;
    model->eval();
    EXPECT_FALSE(model->head()->is_training()) << kind;
    auto a = primary(model->forward(inputs)), b = primary(model->forward(inputs));
    EXPECT_TRUE(torch::equal(a, b)) << kind;
    model->train();
    EXPECT_TRUE(model->head()->is_training()) << kind;
    auto c = primary(model->forward(inputs)), d = primary(model->forward(inputs));
    EXPECT_FALSE(torch::equal(c, d)) << kind << ": dropout is not active in training mode";
  }
}

TEST(HeadsTest, SavedTaskCheckpointLoadsBackStrictly) {
  for (const auto& kind : enum_names(head_kind_names())) {
    torch::manual_seed(11);
    TaskModel model = tiny_model(kind, 4);
    {
      torch::NoGradGuard no_grad;  // make every head parameter distinctive
      for (auto& p : model->named_parameters())
        if (p.key().rfind("bert.", 0) != 0) p.value().add_(torch::randn_like(p.value()) * 0.1);
    }
    test::TempDir dir;
    const std::string path = (dir / "model.safetensors").string();
    save_task_weights(model, path);
    TaskModelOptions options;
    options.seed = 99;
    TaskModel loaded = make_task_model(model::parse_head_kind(kind), tiny_config(), 4, options);
    LoadReport report = load_task_weights(loaded, io::SafetensorsFile::open(path));
    EXPECT_EQ(report.loaded, model->named_parameters().size()) << kind;
    auto expected = model->named_parameters();
    for (const auto& p : loaded->named_parameters())
      EXPECT_TRUE(torch::equal(p.value(), expected[p.key()])) << kind << ": " << p.key();
    // A checkpoint of another head is refused.
    const std::string other = kind == "question_answering" ? "token_classification" : "question_answering";
    TaskModel wrong = make_task_model(model::parse_head_kind(other), tiny_config(), 4);
    EXPECT_THROW(load_task_weights(wrong, io::SafetensorsFile::open(path)), CheckpointError) << kind << " into " << other;
  }
}

TEST(HeadsTest, EncoderOnlyLoadFromAnotherTaskCheckpoint) {
  torch::manual_seed(12);
  TaskModel source = tiny_model("dual_encoder");
  {
    torch::NoGradGuard no_grad;
    source->bert->embeddings->word_embeddings->weight.mul_(1.5);  // an encoder different from tiny_bert
  }
  test::TempDir dir;
  const std::string path = (dir / "model.safetensors").string();
  save_task_weights(source, path);
  TaskModel target = make_task_model(model::HeadKind::TokenClassification, tiny_config(), 7);
  auto classifier = target->named_parameters()["classifier.weight"].clone();
  LoadReport report = load_task_encoder(target, io::SafetensorsFile::open(path));
  EXPECT_EQ(report.ignored_reported, (std::vector<std::string>{"pooler.dense.bias", "pooler.dense.weight", "logit_scale"}));
  EXPECT_TRUE(torch::equal(target->bert->embeddings->word_embeddings->weight,
                           source->bert->embeddings->word_embeddings->weight));
  EXPECT_TRUE(torch::equal(classifier, target->named_parameters()["classifier.weight"]));
}

// A representation other than the last layer plugs in without touching the heads; the pooler is
// applied to its states (what layer fusion relies on).
struct FirstLayerRepresentationImpl : RepresentationImpl {
  std::string kind() const override { return "first_layer"; }
  ForwardOptions encoder_options() const override {
    ForwardOptions o;
    o.all_hidden_states = false;
    o.layer = 1;
    o.pooled = false;
    return o;
  }
  torch::Tensor forward(const EncoderOutput& out, const torch::Tensor&) override { return out.hidden_states[1]; }
  int64_t output_size() const override { return 32; }
};

TEST(HeadsTest, CustomRepresentationFeedsHeadAndPooler) {
  torch::manual_seed(13);
  TaskModelOptions options;
  options.representation = std::make_shared<FirstLayerRepresentationImpl>();
  TaskModel model = tiny_model("sequence_classification", 3, options);
  EXPECT_EQ(model->representation()->kind(), "first_layer");
  model->eval();
  auto inputs = inputs_from(random_tokens(3));
  torch::NoGradGuard no_grad;
  auto logits = model->forward(inputs).logits;
  auto layer1 = model->bert->forward(inputs.input_ids, inputs.attention_mask, inputs.token_type_ids).hidden_states[1];
  auto pooled = torch::tanh(torch::nn::functional::linear(layer1.select(1, 0), model->bert->pooler->dense->weight,
                                                          model->bert->pooler->dense->bias));
  auto p = model->named_parameters();
  auto expected = torch::nn::functional::linear(pooled, p["classifier.weight"], p["classifier.bias"]);
  EXPECT_TRUE(torch::allclose(logits, expected, 1e-5, 1e-6));
  // The default representation would give something else.
  TaskModel last = tiny_model("sequence_classification", 3);
  {
    auto lp = last->named_parameters();
    lp["classifier.weight"].copy_(p["classifier.weight"]);
    lp["classifier.bias"].copy_(p["classifier.bias"]);
  }
  last->eval();
  EXPECT_FALSE(torch::allclose(last->forward(inputs).logits, logits, 1e-4, 1e-5));
}


// A representation twice as wide (the last two layers side by side): token-level heads size
// themselves by it; pooling heads refuse it (the pooler is hidden x hidden).
struct ConcatLastTwoRepresentationImpl : RepresentationImpl {
  std::string kind() const override { return "concat_last_two"; }
  ForwardOptions encoder_options() const override { return {}; }  // every hidden state
  torch::Tensor forward(const EncoderOutput& out, const torch::Tensor&) override {
    const size_t n = out.hidden_states.size();
    return torch::cat({out.hidden_states[n - 2], out.hidden_states[n - 1]}, -1);
  }
  int64_t output_size() const override { return 64; }
};

TEST(HeadsTest, WideRepresentationSizesTokenHeadsAndIsRefusedByPoolingHeads) {
  TaskModelOptions options;
  options.representation = std::make_shared<ConcatLastTwoRepresentationImpl>();
  XLFUSE_EXPECT_THROW_WITH(make_task_model(model::HeadKind::SequenceClassification, tiny_config(), 3, options), ConfigError,
                           "whose width is 64");
  TaskModel model = make_task_model(model::HeadKind::TokenClassification, tiny_config(), 5, options);
  EXPECT_EQ(model->named_parameters()["classifier.weight"].sizes(), (std::vector<int64_t>{5, 64}));
  model->eval();
  torch::NoGradGuard no_grad;
  auto out = model->forward(inputs_from(random_tokens(2)));
  EXPECT_EQ(out.logits.sizes(), (std::vector<int64_t>{2, kSeq, 5}));
}

}  // namespace
}  // namespace xlfuse::model
