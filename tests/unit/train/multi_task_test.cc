// Multi-task intermediate training: one encoder, one head per task, tasks drawn by size.
#include "xlfuse/train/multi_task.h"

#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "real_data_utils.h"
#include "test_utils.h"
#include "xlfuse/data/task_files.h"
#include "train_test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/model/init.h"
#include "xlfuse/train/train_state.h"

namespace xlfuse::train {
namespace {

using real_data::CompactVocab;
using train_testing::bitwise_equal;

// XNLI (3 classes), COPA (2 choices) and plain text for continued MLM, on one compact vocabulary.
struct MultiData {
  TrainData xnli, copa, text;
  int64_t vocab = 0;
};

MultiData multi_data() {
  MultiData d;
  d.xnli.features = real_data::task_features("xnli", "dev", "en", 12, 40);
  d.copa.features = real_data::task_features("xcopa", "train", "en", 6, 40);
  d.copa.choices = 2;
  for (size_t i = 0; i < 12; i += 3) {  // premises of the XNLI examples above, [CLS] text [SEP]
    auto f = d.xnli.features[i];
    f.label = data::kIgnoreIndex;
    f.input_ids.clear();
    d.text.features.push_back(f);
  }
  auto dataset = data::read_task(real_data::xtreme_dir(), "xnli", "dev", "en");
  const auto& pairs = std::get<std::vector<data::PairExample>>(dataset.examples);
  for (size_t k = 0; k < d.text.features.size(); ++k) {
    auto enc = real_data::mbert_tokenizer().encode(pairs[k * 3].text_a, 40);
    d.text.features[k].input_ids = enc.ids;
    d.text.features[k].type_ids = enc.type_ids;
  }
  CompactVocab v;
  v.apply(d.xnli.features);
  v.apply(d.copa.features);
  v.apply(d.text.features);
  d.vocab = v.size();
  return d;
}

model::BertModel encoder(int64_t vocab, double dropout = 0.1) {
  auto config = real_data::tiny_config(vocab, dropout);
  model::BertModel bert(config, /*add_pooler=*/true);
  model::init_bert_weights(bert, config.initializer_range, 21);
  return bert;
}

std::vector<MultiTaskSlot> make_slots(const MultiData& d, double dropout = 0.1) {
  auto models = make_shared_encoder_models(encoder(d.vocab, dropout),
                                           {model::HeadKind::SequenceClassification, model::HeadKind::MultipleChoice, model::HeadKind::MaskedLm}, {3, 0, 0});
  std::vector<MultiTaskSlot> slots(3);
  slots[0] = {"xnli", models[0], d.xnli};
  slots[1] = {"copa", models[1], d.copa};
  slots[2] = {"mlm", models[2], d.text};
  return slots;
}

TrainOptions options() {
  TrainOptions o;
  o.batch_size = 2;
  o.max_steps = 12;
  o.learning_rate = 1e-3;
  o.warmup_steps = 2;
  o.seed = 9;
  o.log_every = 0;
  o.progress = train::ProgressMode::Off;
  o.mlm.mask_id = CompactVocab::kMask;
  o.mlm.special_ids = {0, 1, 2, 3, 4};
  return o;
}

// Every parameter of every slot (head names prefixed by the task), cloned.
std::vector<NamedTensor> all_params(const std::vector<MultiTaskSlot>& slots) {
  std::vector<NamedTensor> out;
  for (const auto& s : slots)
    for (const auto& p : s.model->named_parameters()) out.emplace_back(s.task + "/" + p.key(), p.value().detach().clone());
  return out;
}

#define REQUIRE_REAL_DATA()                      \
  XLFUSE_REQUIRE_SHARED("data/mbert/vocab.txt"); \
  XLFUSE_REQUIRE_SHARED("data/xtreme")

TEST(MultiTask, SlotsShareOneEncoderAndHeadsAreSeededPerSlot) {
  auto bert = encoder(60);
  auto models = make_shared_encoder_models(bert, {model::HeadKind::SequenceClassification, model::HeadKind::MultipleChoice, model::HeadKind::MaskedLm},
                                           {3, 0, 0});
  ASSERT_EQ(models.size(), 3u);
  const void* words = bert->embeddings->word_embeddings->weight.data_ptr();
  for (auto& m : models) {
    EXPECT_EQ(m->bert.get(), bert.get());
    EXPECT_EQ(m->bert->embeddings->word_embeddings->weight.data_ptr(), words);
  }
  EXPECT_EQ(models[0]->head_kind(), model::HeadKind::SequenceClassification);
  EXPECT_EQ(models[2]->head_kind(), model::HeadKind::MaskedLm);
  // HF's scheme (N(0, 0.02), bias 0) under seed + slot: the same call gives the same heads.
  auto again = make_shared_encoder_models(encoder(60), {model::HeadKind::SequenceClassification, model::HeadKind::MultipleChoice, model::HeadKind::MaskedLm},
                                          {3, 0, 0});
  auto w0 = models[0]->named_parameters()["classifier.weight"];
  EXPECT_TRUE(torch::equal(w0, again[0]->named_parameters()["classifier.weight"]));
  EXPECT_NEAR(w0.std().item<double>(), 0.02, 0.01);
  EXPECT_EQ(models[0]->named_parameters()["classifier.bias"].abs().sum().item<double>(), 0.0);
  // Different slot seeds: the MC classifier is not the first row of the sequence classifier.
  auto mc = models[1]->named_parameters()["classifier.weight"];
  EXPECT_FALSE(torch::equal(mc[0], w0[0]));

  XLFUSE_EXPECT_THROW_WITH(make_shared_encoder_models(bert, {model::HeadKind::SequenceClassification}, {}), ConfigError,
                           "num_labels");
}

TEST(MultiTask, DrawsAreProportionalToExampleCounts) {
  const std::vector<int64_t> examples = {600, 300, 100};
  std::vector<int64_t> counts(3, 0);
  const int64_t n = 100000;
  for (int64_t k = 0; k < n; ++k) ++counts[draw_task(examples, 42, k)];
  EXPECT_NEAR(counts[0] / static_cast<double>(n), 0.6, 0.01);
  EXPECT_NEAR(counts[1] / static_cast<double>(n), 0.3, 0.01);
  EXPECT_NEAR(counts[2] / static_cast<double>(n), 0.1, 0.01);
  // Deterministic under the seed; another seed gives another sequence.
  int same = 0, differ = 0;
  for (int64_t k = 0; k < 200; ++k) {
    same += draw_task(examples, 42, k) == draw_task(examples, 42, k);
    differ += draw_task(examples, 42, k) != draw_task(examples, 43, k);
  }
  EXPECT_EQ(same, 200);
  EXPECT_GT(differ, 50);
  EXPECT_EQ(draw_task({0, 5, 0}, 1, 7), 1u);
  XLFUSE_EXPECT_THROW_WITH(draw_task({0, 0}, 1, 0), ConfigError, "no slot");
}

TEST(MultiTask, TrainsEveryTaskAndLogsWhichTaskEachUpdateDrew) {
  REQUIRE_REAL_DATA();
  const auto d = multi_data();
  auto slots = make_slots(d);
  test::TempDir dir;
  auto o = options();
  o.log_every = 1;
  o.metrics_path = (dir / "metrics.jsonl").string();
  const auto before = all_params(slots);
  const auto s = train_multi_task(slots, o);
  EXPECT_EQ(s.global_step, 12);
  EXPECT_TRUE(std::isfinite(s.final_loss));
  // Slot weights: xnli 12 examples, copa 6, mlm 4.
  const std::vector<int64_t> examples = {12, 6, 4};
  std::map<std::string, int> drawn;
  std::ifstream in(o.metrics_path);
  std::string line;
  int64_t k = 0;
  const char* names[] = {"xnli", "copa", "mlm"};
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    EXPECT_EQ(j["task"], names[draw_task(examples, o.seed, k)]) << "update " << k + 1;
    ++drawn[j["task"].get<std::string>()];
    ++k;
  }
  EXPECT_EQ(k, 12);
  // The encoder moved, and so did the head of every task that was drawn (and no other).
  const auto after = all_params(slots);
  for (size_t i = 0; i < before.size(); ++i) {
    const auto& name = before[i].first;
    const bool moved = !torch::equal(before[i].second, after[i].second);
    const std::string task = name.substr(0, name.find('/'));
    const std::string param = name.substr(name.find('/') + 1);
    if (param.rfind("bert.", 0) == 0) continue;
    EXPECT_EQ(moved, drawn[task] > 0) << name;
  }
  EXPECT_FALSE(torch::equal(before[0].second, after[0].second)) << before[0].first;
}

TEST(MultiTask, UndrawnHeadsKeepTheirWeights) {
  REQUIRE_REAL_DATA();
  const auto d = multi_data();
  auto slots = make_slots(d);
  auto o = options();
  o.max_steps = 1;
  o.warmup_steps = 0;  // (the first warm-up update has learning rate 0)
  const size_t drawn = draw_task({12, 6, 4}, o.seed, 0);
  const auto before = all_params(slots);
  train_multi_task(slots, o);
  const auto after = all_params(slots);
  for (size_t i = 0; i < before.size(); ++i) {
    const auto& name = before[i].first;
    if (name.find("/bert.") != std::string::npos) continue;
    const bool mine = name.rfind(slots[drawn].task + "/", 0) == 0;
    EXPECT_EQ(!torch::equal(before[i].second, after[i].second), mine) << name;
  }
}

TEST(MultiTask, ResumeEqualsUninterruptedAndSeedsAreDeterministic) {
  REQUIRE_REAL_DATA();
  const auto d = multi_data();
  auto o = options();
  o.grad_accumulation = 2;
  auto full = make_slots(d);
  const auto s_full = train_multi_task(full, o);

  auto same = make_slots(d);
  torch::manual_seed(3);
  train_multi_task(same, o);
  EXPECT_TRUE(bitwise_equal(all_params(full), all_params(same)));
  auto other = make_slots(d);
  auto o2 = o;
  o2.seed = 10;
  train_multi_task(other, o2);
  EXPECT_FALSE(bitwise_equal(all_params(full), all_params(other)));

  test::TempDir dir;
  o.checkpoint_dir = (dir / "ckpt").string();
  auto part = make_slots(d);
  auto first = o;
  first.stop_at_step = 5;
  train_multi_task(part, first);
  torch::manual_seed(11);
  auto resumed = make_slots(d);
  auto second = o;
  second.resume = true;
  const auto s2 = train_multi_task(resumed, second);
  EXPECT_FALSE(s2.resumed_from.empty());
  EXPECT_EQ(s2.global_step, s_full.global_step);
  EXPECT_EQ(s2.final_loss, s_full.final_loss);
  EXPECT_TRUE(bitwise_equal(all_params(full), all_params(resumed)));
}

TEST(MultiTask, RejectsSlotsThatDoNotShareAnEncoder) {
  auto a = make_shared_encoder_models(encoder(30), {model::HeadKind::SequenceClassification}, {2});
  auto b = make_shared_encoder_models(encoder(30), {model::HeadKind::SequenceClassification}, {2});
  data::Feature f;
  f.input_ids = {2, 7, 3};
  f.type_ids = {0, 0, 0};
  f.label = 1;
  std::vector<MultiTaskSlot> slots(2);
  slots[0] = {"a", a[0], TrainData{{f}, {}, 0}};
  slots[1] = {"b", b[0], TrainData{{f}, {}, 0}};
  auto o = options();
  XLFUSE_EXPECT_THROW_WITH(train_multi_task(slots, o), ConfigError, "encoder");
  slots[1].model = a[0];
  slots[1].task = "a";
  XLFUSE_EXPECT_THROW_WITH(train_multi_task(slots, o), ConfigError, "twice");
  slots[1].task = "b";
  slots[1].data.features.clear();
  XLFUSE_EXPECT_THROW_WITH(train_multi_task(slots, o), ConfigError, "no training features");
}

}  // namespace
}  // namespace xlfuse::train
