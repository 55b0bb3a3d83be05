// A tiny model with AIF fusion (batch norm) learns a real task: English UD-POS from
// ../shared/data/xtreme/udpos, trained with the project's trainer, scored on held-out dev
// sentences against the majority tag.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "test_utils.h"
#include "xlfuse/data/features.h"
#include "xlfuse/data/tagging_readers.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/text/vocab.h"
#include "xlfuse/train/trainer.h"

namespace xlfuse::model {
namespace {

// Accuracy over labelled positions (first sub-words) of `features`, and of always answering the
// most frequent training tag.
struct Scores {
  double accuracy = 0.0;
  double majority = 0.0;
};

Scores score(TaskModel& model, const std::vector<data::Feature>& features, int32_t majority_tag) {
  model->eval();
  torch::NoGradGuard no_grad;
  int64_t right = 0, majority = 0, total = 0;
  for (const auto& f : features) {
    const auto n = static_cast<int64_t>(f.length());
    std::vector<int64_t> ids(f.input_ids.begin(), f.input_ids.end());
    TaskInputs in;
    in.input_ids = torch::tensor(ids, torch::kLong).view({1, n});
    const auto predicted = model->forward(in).logits.argmax(-1).view({n});
    for (int64_t t = 0; t < n; ++t) {
      const int32_t gold = f.token_labels[t];
      if (gold < 0) continue;
      ++total;
      right += predicted[t].item<int64_t>() == gold;
      majority += gold == majority_tag;
    }
  }
  return {static_cast<double>(right) / total, static_cast<double>(majority) / total};
}

TEST(FusionLearningTest, AifModelLearnsUdPos) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/udpos/train-en.tsv");
  XLFUSE_REQUIRE_SHARED("data/mbert/vocab.txt");
  const auto udpos = test::shared_dir() / "data" / "xtreme" / "udpos";
  const auto& task = data::task_info("udpos");
  data::ConllTagsOptions read_options;
  read_options.labels = task.labels;
  bool labelled = false;
  auto train_examples = data::read_conll_tags(udpos / "train-en.tsv", read_options, &labelled);
  auto dev_examples = data::read_conll_tags(udpos / "dev-en.tsv", read_options, &labelled);
  ASSERT_TRUE(labelled);
  train_examples.resize(std::min<size_t>(train_examples.size(), 400));
  dev_examples.resize(std::min<size_t>(dev_examples.size(), 150));

  const text::BertTokenizer tokenizer(text::Vocab::load((test::shared_dir() / "data" / "mbert" / "vocab.txt").string()));
  data::TaggingFeatureOptions feature_options;
  feature_options.max_seq_length = 64;
  const auto train = data::tagging_features(train_examples, tokenizer, task.labels, feature_options);
  const auto dev = data::tagging_features(dev_examples, tokenizer, task.labels, feature_options);

  std::map<int32_t, int64_t> counts;
  for (const auto& f : train)
    for (int32_t t : f.token_labels)
      if (t >= 0) ++counts[t];
  const int32_t majority_tag =
      std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;

  io::BertConfig config = io::read_bert_config((test::test_data_dir() / "tiny_bert" / "config.json").string());
  config.vocab_size = static_cast<int64_t>(tokenizer.vocab().size());
  config.num_hidden_layers = 2;
  FusionOptions fusion;
  fusion.kind = model::FusionKind::Aif;
  fusion.layer = 1;
  fusion.norm = model::FusionNorm::Batch;
  TaskModelOptions options;
  options.representation = make_representation(fusion, config);
  auto model = make_task_model(model::HeadKind::TokenClassification, config, static_cast<int64_t>(task.labels.size()), options);

  const Scores before = score(model, dev, majority_tag);
  train::TrainOptions train_options;
  train_options.epochs = 4;
  train_options.batch_size = 16;
  train_options.learning_rate = 3e-3;
  train_options.warmup_ratio = 0.1;
  train_options.log_every = 0;
  train_options.progress = train::ProgressMode::Off;
  train::train_task_model(model, train, train_options);
  const Scores after = score(model, dev, majority_tag);

  // The running statistics moved during training (eval mode used them just now).
  EXPECT_GT(model->named_buffers()["representation.local.norm1.num_batches_tracked"].item<int64_t>(), 50);
  RecordProperty("dev_accuracy", std::to_string(after.accuracy));
  std::printf("[fusion] UD-POS en, %zu train / %zu dev features: dev accuracy %.3f (before %.3f, majority tag %.3f)\n",
              train.size(), dev.size(), after.accuracy, before.accuracy, after.majority);
  EXPECT_LT(after.majority, 0.25);
  EXPECT_GT(after.accuracy, after.majority + 0.3);
  EXPECT_GT(after.accuracy, before.accuracy + 0.3);
}

}  // namespace
}  // namespace xlfuse::model
