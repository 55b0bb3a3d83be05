#include "xlfuse/train/trainer.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "test_utils.h"
#include "train_test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/data/batching.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/runtime/device.h"

namespace xlfuse::train {
namespace {

using train_testing::bitwise_equal;

io::BertConfig tiny_config(double dropout) {
  auto config = io::read_bert_config((test::test_data_dir() / "tiny_bert" / "config.json").string());
  config.hidden_dropout_prob = dropout;
  config.attention_probs_dropout_prob = dropout;
  return config;
}

model::TaskModel tiny_model(double dropout, const std::string& fusion = "last_layer") {
  model::TaskModelOptions o;
  o.seed = 5;
  model::FusionOptions f;
  f.kind = model::parse_fusion_kind(fusion);
  f.layer = fusion == "last_layer" ? 0 : 1;
  o.representation = model::make_representation(f, tiny_config(dropout));
  return model::make_task_model(model::HeadKind::SequenceClassification, tiny_config(dropout), 2, o);
}

// 32 features of lengths 6..13: [CLS]=2 ... [SEP]=3, ids from 11..199 (and 4..9); label 1 iff the
// token id 10 appears (half of them, at a random position).
std::vector<data::Feature> pattern_features() {
  std::mt19937 gen(1234);
  std::vector<data::Feature> out;
  for (int i = 0; i < 32; ++i) {
    data::Feature f;
    const int len = 6 + i % 8;
    f.input_ids.push_back(2);
    for (int j = 0; j < len - 2; ++j) f.input_ids.push_back(static_cast<int32_t>(11 + gen() % 189));
    f.input_ids.push_back(3);
    f.label = i % 2;
    if (f.label == 1) f.input_ids[static_cast<size_t>(1 + gen() % static_cast<unsigned>(len - 2))] = 10;
    f.type_ids.assign(f.input_ids.size(), 0);
    f.example_index = i;
    out.push_back(std::move(f));
  }
  return out;
}

double accuracy(model::TaskModel& m, const std::vector<data::Feature>& features) {
  torch::NoGradGuard no_grad;
  m->train(false);
  std::vector<int64_t> all(features.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int64_t>(i);
  auto batch = data::collate(features, all, 0);
  model::TaskInputs in;
  in.input_ids = torch::from_blob(batch.input_ids.data(), {batch.rows, batch.width}, torch::kLong).clone();
  in.attention_mask = torch::from_blob(batch.attention_mask.data(), {batch.rows, batch.width}, torch::kLong).clone();
  auto pred = m->forward(in).logits.argmax(-1);
  auto gold = torch::from_blob(batch.labels.data(), {batch.rows}, torch::kLong).clone();
  return pred.eq(gold).to(torch::kDouble).mean().item<double>();
}

// Parameters and buffers (BatchNorm running statistics of a fusion representation).
std::vector<NamedTensor> params_of(model::TaskModel& m) {
  std::vector<NamedTensor> out;
  for (const auto& p : m->named_parameters()) out.emplace_back(p.key(), p.value().detach().clone());
  for (const auto& b : m->named_buffers()) out.emplace_back(b.key(), b.value().detach().to(torch::kFloat).clone());
  return out;
}

TrainOptions small_options() {
  TrainOptions o;
  o.batch_size = 8;
  o.learning_rate = 1e-3;
  o.weight_decay = 0.01;
  o.warmup_steps = 2;
  o.seed = 11;
  o.bucket_window_batches = 2;
  o.log_every = 0;
  return o;
}

TEST(Trainer, LearnsPattern) {
  const auto features = pattern_features();
  auto m = tiny_model(0.0);
  const double before = accuracy(m, features);
  EXPECT_LE(before, 0.75);  // the pattern is not already solved by the initialisation
  auto o = small_options();
  o.epochs = 40;
  o.learning_rate = 3e-3;
  o.eval_every = 20;
  int evals = 0;
  auto summary = train_task_model(m, features, o, [&](model::TaskModel& mm) {
    ++evals;
    EXPECT_FALSE(mm->is_training());
    return accuracy(mm, features);
  });
  EXPECT_EQ(summary.total_steps, 160);
  EXPECT_EQ(summary.global_step, 160);
  EXPECT_EQ(evals, 8);
  const double after = accuracy(m, features);
  EXPECT_GE(after, 0.9) << "accuracy before training " << before;
  EXPECT_LT(summary.final_loss, 0.3);
  EXPECT_TRUE(summary.has_best);
  EXPECT_GE(summary.best_metric, after);
  EXPECT_GT(summary.best_step, 0);
}

TEST(Trainer, LossFalls) {
  const auto features = pattern_features();
  auto first = tiny_model(0.1);
  auto o = small_options();
  o.max_steps = 1;
  o.warmup_steps = 0;
  const double initial = train_task_model(first, features, o).final_loss;
  auto m = tiny_model(0.1);
  o.max_steps = 0;
  o.epochs = 30;
  o.learning_rate = 3e-3;
  const double final_loss = train_task_model(m, features, o).final_loss;
  EXPECT_LT(final_loss, 0.5 * initial) << "initial " << initial;
}

TEST(Trainer, SameSeedIsBitwiseReproducible) {
  const auto features = pattern_features();
  auto o = small_options();
  o.epochs = 3;
  o.grad_accumulation = 2;
  auto a = tiny_model(0.1);
  auto b = tiny_model(0.1);
  train_task_model(a, features, o);
  torch::manual_seed(999);  // the trainer seeds torch itself
  train_task_model(b, features, o);
  EXPECT_TRUE(bitwise_equal(params_of(a), params_of(b)));
  auto c = tiny_model(0.1);
  o.seed = 12;
  train_task_model(c, features, o);
  EXPECT_FALSE(bitwise_equal(params_of(a), params_of(c)));
}

void check_resume(TrainOptions o, int64_t stop, const std::string& fusion = "last_layer") {
  const auto features = pattern_features();
  auto full = tiny_model(0.1, fusion);
  const auto full_summary = train_task_model(full, features, o);

  test::TempDir dir;
  o.checkpoint_dir = (dir / "ckpt").string();
  o.eval_every = 2;
  o.keep_last = 1;
  auto part = tiny_model(0.1, fusion);
  auto first = o;
  first.stop_at_step = stop;
  const auto s1 = train_task_model(part, features, first);
  EXPECT_EQ(s1.global_step, stop);
  EXPECT_EQ(list_checkpoints(o.checkpoint_dir).size(), 1u);
  EXPECT_FALSE(bitwise_equal(params_of(full), params_of(part)));

  torch::manual_seed(77);  // a new process would not share the generator state
  auto resumed = tiny_model(0.1, fusion);
  auto second = o;
  second.resume = true;
  const auto s2 = train_task_model(resumed, features, second);
  EXPECT_EQ(s2.resumed_from, s1.last_checkpoint);
  EXPECT_EQ(s2.global_step, full_summary.global_step);
  EXPECT_EQ(s2.final_loss, full_summary.final_loss);
  EXPECT_TRUE(bitwise_equal(params_of(full), params_of(resumed)));
}

TEST(Trainer, ResumeWithMaxStepsMatchesUninterruptedRun) {
  auto o = small_options();
  o.max_steps = 12;  // 3 epochs of 4 batches
  check_resume(o, 6);
}

TEST(Trainer, ResumeMidEpochWithAccumulationMatchesUninterruptedRun) {
  auto o = small_options();
  o.epochs = 4;
  o.grad_accumulation = 3;  // 4 batches per epoch: groups of 3 and 1 -> 2 updates per epoch
  check_resume(o, 5);       // stops after the first group of epoch 2
}

// AIF with batch norm: the running statistics are buffers, and a checkpoint must carry them.
TEST(Trainer, ResumeWithBatchNormFusionRestoresRunningStatistics) {
  auto o = small_options();
  o.max_steps = 8;
  check_resume(o, 3, "aif");
}

// --resume with nothing to resume is an error, never a silent fresh run; resume_if_present
// starts afresh then.
TEST(Trainer, ResumeWithoutCheckpointIsRefusedUnlessIfPresent) {
  const auto features = pattern_features();
  test::TempDir dir;
  auto o = small_options();
  o.max_steps = 3;
  auto a = tiny_model(0.1);
  train_task_model(a, features, o);
  o.checkpoint_dir = (dir / "none").string();
  o.resume = true;
  auto c = tiny_model(0.1);
  XLFUSE_EXPECT_THROW_WITH(train_task_model(c, features, o), CheckpointError, "there is no checkpoint in");
  o.resume = false;
  o.resume_if_present = true;
  auto b = tiny_model(0.1);
  const auto s = train_task_model(b, features, o);
  EXPECT_TRUE(s.resumed_from.empty());
  EXPECT_EQ(s.global_step, 3);
  EXPECT_TRUE(bitwise_equal(params_of(a), params_of(b)));
}

void expect_config_error(const TrainOptions& o, const std::string& field) {
  try {
    o.validate();
    ADD_FAILURE() << "expected a ConfigError naming " << field;
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find(field), std::string::npos) << e.what();
  }
}

// The same run on a GPU and on the CPU: the model, batches and optimiser state live on the GPU
// and the results agree up to the kernels' rounding. Needs a CUDA build of libtorch and a GPU.
TEST(Trainer, CudaRunMatchesTheCpuRun) {
  if (!runtime::cuda_available())
    GTEST_SKIP() << "no CUDA GPU visible to this libtorch (Debian's libtorch-dev is CPU-only; docs/gpu.md)";
  const auto features = pattern_features();
  auto o = small_options();
  o.max_steps = 12;
  auto on_cpu = tiny_model(0.0);
  const TrainSummary cpu = train_task_model(on_cpu, features, o);
  auto on_gpu = tiny_model(0.0);
  o.device = "cuda";
  const TrainSummary gpu = train_task_model(on_gpu, features, o);
  EXPECT_TRUE(on_gpu->parameters().front().device().is_cuda());
  EXPECT_NEAR(gpu.final_loss, cpu.final_loss, 1e-3);
  on_gpu->to(torch::kCPU);
  for (const auto& p : on_cpu->named_parameters())
    EXPECT_TRUE(torch::allclose(p.value(), on_gpu->named_parameters()[p.key()], 1e-3, 1e-4)) << p.key();
}

// Without a GPU, asking for one fails before anything is computed, naming the field.
TEST(Trainer, CudaWithoutAGpuIsAClearError) {
  if (runtime::cuda_available()) GTEST_SKIP() << "a CUDA GPU is visible; the error case needs a machine without one";
  auto m = tiny_model(0.0);
  auto o = small_options();
  o.device = "cuda:0";
  try {
    train_task_model(m, pattern_features(), o);
    FAIL() << "expected a ConfigError";
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("device: 'cuda:0'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("--device cpu"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(m->parameters().front().device().is_cpu());
}

TEST(Trainer, RejectsBadOptions) {
  EXPECT_NO_THROW(TrainOptions{}.validate());
  auto bad = [](auto change) {
    TrainOptions o;
    change(o);
    return o;
  };
  expect_config_error(bad([](TrainOptions& o) { o.epochs = 0; }), "epochs");
  expect_config_error(bad([](TrainOptions& o) { o.max_steps = -1; }), "max_steps");
  expect_config_error(bad([](TrainOptions& o) { o.batch_size = 0; }), "batch_size");
  expect_config_error(bad([](TrainOptions& o) { o.grad_accumulation = 0; }), "grad_accumulation");
  expect_config_error(bad([](TrainOptions& o) { o.learning_rate = -1; }), "learning_rate");
  expect_config_error(bad([](TrainOptions& o) { o.weight_decay = -0.1; }), "weight_decay");
  expect_config_error(bad([](TrainOptions& o) { o.warmup_ratio = 1.5; }), "warmup_ratio");
  expect_config_error(bad([](TrainOptions& o) { o.warmup_steps = -2; }), "warmup_steps");
  expect_config_error(bad([](TrainOptions& o) { o.max_grad_norm = -1; }), "max_grad_norm");
  expect_config_error(bad([](TrainOptions& o) { o.eval_every = -1; }), "eval_every");
  expect_config_error(bad([](TrainOptions& o) { o.keep_last = -1; }), "keep_last");
  expect_config_error(bad([](TrainOptions& o) { o.resume = true; }), "checkpoint_dir");
  expect_config_error(bad([](TrainOptions& o) { o.device = "gpu"; }), "device");
  expect_config_error(bad([](TrainOptions& o) { o.device = "cuda:x"; }), "device");

  // train_task_model validates first, and rejects heads it does not support.
  auto m = tiny_model(0.0);
  auto o = small_options();
  o.batch_size = 0;
  EXPECT_THROW(train_task_model(m, pattern_features(), o), ConfigError);
  auto mc = model::make_task_model(model::HeadKind::MultipleChoice, tiny_config(0.0), 2);
  EXPECT_THROW(train_task_model(mc, pattern_features(), small_options()), ConfigError);
  EXPECT_THROW(train_task_model(m, std::vector<data::Feature>{}, small_options()), std::invalid_argument);
}

}  // namespace
}  // namespace xlfuse::train
