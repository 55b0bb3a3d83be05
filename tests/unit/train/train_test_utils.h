#pragma once
// Shared by the train tests: the tiny encoder plus a linear head, a synthetic dataset batched by
// the data sampler, and a training loop that records its position (epoch, batch) like a trainer.
#include <cstdint>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "test_utils.h"
#include "xlfuse/data/batching.h"
#include "xlfuse/model/bert.h"
#include "xlfuse/model/checkpoint.h"
#include "xlfuse/train/optimizer.h"
#include "xlfuse/train/schedule.h"
#include "xlfuse/train/train_state.h"

namespace xlfuse::train::train_testing {

inline std::string tiny_dir() { return (test::test_data_dir() / "tiny_bert").string(); }

// Encoder (tiny_bert) + a 3-way classifier on the pooled output, named "classifier.*".
struct TinyClassifier {
  model::BertModel encoder{nullptr};
  torch::nn::Linear classifier{nullptr};

  explicit TinyClassifier(bool training) {
    encoder = model::load_bert_model(tiny_dir());
    torch::manual_seed(123);  // same head weights in every instance
    classifier = torch::nn::Linear(32, 3);
    encoder->train(training);
    classifier->train(training);
  }

  std::vector<NamedTensor> named_parameters() const {
    std::vector<NamedTensor> out;
    for (const auto& p : encoder->named_parameters()) out.emplace_back(p.key(), p.value());
    for (const auto& p : classifier->named_parameters()) out.emplace_back("classifier." + p.key(), p.value());
    return out;
  }

  torch::Tensor loss(const torch::Tensor& ids, const torch::Tensor& mask, const torch::Tensor& labels) {
    model::ForwardOptions fo;
    fo.all_hidden_states = false;
    auto out = encoder->forward(ids, mask, {}, fo);
    auto last = out.last();
    // Every parameter gets a gradient (the pooler too), as libtorch's AdamW skips those without.
    auto logits = classifier->forward(out.pooled);
    return torch::cross_entropy_loss(logits, labels) + 0.1 * last.pow(2).mean();
  }
};

// 14 sequences of lengths 5..18 with random ids, labels 0..2 (fixed generator, independent of
// torch's global one).
struct SyntheticData {
  std::vector<std::vector<int64_t>> ids;
  std::vector<int64_t> labels, lengths;
  SyntheticData() {
    auto gen = at::detail::createCPUGenerator(2024);
    for (int64_t i = 0; i < 14; ++i) {
      const int64_t len = 5 + i;
      auto t = torch::randint(4, 200, {len}, gen, torch::kLong);
      std::vector<int64_t> v(t.data_ptr<int64_t>(), t.data_ptr<int64_t>() + len);
      v[0] = 2;
      ids.push_back(v);
      labels.push_back(i % 3);
      lengths.push_back(len);
    }
  }
};

inline data::SamplerOptions sampler_options() {
  data::SamplerOptions o;
  o.batch_size = 4;
  o.shuffle = true;
  o.bucket_by_length = true;
  o.bucket_window_batches = 2;
  o.seed = 7;
  return o;
}

// Everything a run owns, built fresh.
struct TrainRun {
  TinyClassifier net;
  AdamW optimizer;
  LrSchedule schedule;
  TrainProgress progress;

  explicit TrainRun(bool dropout, int64_t total_steps = 10)
      : net(dropout), optimizer(net.named_parameters(), adamw_options()), schedule(3e-3, total_steps, schedule_options()) {}

  static AdamWOptions adamw_options() {
    AdamWOptions o;
    o.learning_rate = 3e-3;
    o.weight_decay = 0.01;
    return o;
  }
  static ScheduleOptions schedule_options() {
    ScheduleOptions o;
    o.warmup_steps = 2;
    return o;
  }

  // n optimiser updates; the batch comes from the sampler at (epoch, batch_in_epoch).
  void train(const SyntheticData& d, int64_t n) {
    for (int64_t k = 0; k < n; ++k) {
      auto batches = data::make_batches(d.lengths, sampler_options(), static_cast<uint64_t>(progress.epoch));
      if (progress.batch_in_epoch >= static_cast<int64_t>(batches.size())) {
        ++progress.epoch;
        progress.batch_in_epoch = 0;
        batches = data::make_batches(d.lengths, sampler_options(), static_cast<uint64_t>(progress.epoch));
      }
      const auto& rows = batches[static_cast<size_t>(progress.batch_in_epoch++)];
      int64_t width = 0;
      for (int64_t r : rows) width = std::max<int64_t>(width, d.lengths[static_cast<size_t>(r)]);
      auto ids = torch::zeros({static_cast<int64_t>(rows.size()), width}, torch::kLong);
      auto labels = torch::zeros({static_cast<int64_t>(rows.size())}, torch::kLong);
      for (size_t i = 0; i < rows.size(); ++i) {
        const auto& seq = d.ids[static_cast<size_t>(rows[i])];
        for (size_t j = 0; j < seq.size(); ++j) ids[static_cast<int64_t>(i)][static_cast<int64_t>(j)] = seq[j];
        labels[static_cast<int64_t>(i)] = d.labels[static_cast<size_t>(rows[i])];
      }
      auto mask = (ids != 0).to(torch::kLong);
      optimizer.zero_grad();
      auto loss = net.loss(ids, mask, labels);
      loss.backward();
      optimizer.clip_grad_norm(1.0);
      optimizer.set_learning_rate(schedule.current_lr());
      optimizer.step();
      schedule.advance();
      ++progress.global_step;
    }
  }
};

// Whether all parameters are bitwise equal; names the first difference.
inline ::testing::AssertionResult bitwise_equal(const std::vector<NamedTensor>& a, const std::vector<NamedTensor>& b) {
  if (a.size() != b.size()) return ::testing::AssertionFailure() << "different parameter counts";
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].first != b[i].first) return ::testing::AssertionFailure() << a[i].first << " vs " << b[i].first;
    if (!torch::equal(a[i].second, b[i].second))
      return ::testing::AssertionFailure() << "parameter '" << a[i].first << "' differs (max abs diff "
                                           << (a[i].second - b[i].second).abs().max().item<double>() << ")";
  }
  return ::testing::AssertionSuccess();
}

}  // namespace xlfuse::train::train_testing
