// AdamW step and gradient clipping on a BERT-base-sized parameter set (mBERT shapes, ~178M
// random parameters): the flat AdamW (a few ops on one buffer per group) against libtorch's
// torch::optim::AdamW (a loop over ~200 tensors), at 1 and 2 intra-op threads; and the cost of
// saving a resumable checkpoint of that size.
//   build-*/bench/bench_train_optimizer --benchmark_filter=AdamW
#include <filesystem>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <torch/torch.h>

#include "xlfuse/train/optimizer.h"
#include "xlfuse/train/schedule.h"
#include "xlfuse/train/train_state.h"

namespace {

using xlfuse::train::NamedTensor;

// mBERT-base parameter names and shapes (vocabulary 119547, hidden 768, 12 layers, FFN 3072).
std::vector<NamedTensor> bert_base_parameters() {
  torch::manual_seed(0);
  std::vector<NamedTensor> out;
  auto add = [&](const std::string& name, std::vector<int64_t> shape) {
    out.emplace_back(name, (torch::randn(shape) * 0.02).requires_grad_(true));
  };
  const int64_t e = 768, f = 3072;
  add("embeddings.word_embeddings.weight", {119547, e});
  add("embeddings.position_embeddings.weight", {512, e});
  add("embeddings.token_type_embeddings.weight", {2, e});
  add("embeddings.LayerNorm.weight", {e});
  add("embeddings.LayerNorm.bias", {e});
  for (int l = 0; l < 12; ++l) {
    const std::string p = "encoder.layer." + std::to_string(l) + ".";
    for (const char* m : {"attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense"}) {
      add(p + m + ".weight", {e, e});
      add(p + m + ".bias", {e});
    }
    add(p + "attention.output.LayerNorm.weight", {e});
    add(p + "attention.output.LayerNorm.bias", {e});
    add(p + "intermediate.dense.weight", {f, e});
    add(p + "intermediate.dense.bias", {f});
    add(p + "output.dense.weight", {e, f});
    add(p + "output.dense.bias", {e});
    add(p + "output.LayerNorm.weight", {e});
    add(p + "output.LayerNorm.bias", {e});
  }
  add("pooler.dense.weight", {e, e});
  add("pooler.dense.bias", {e});
  return out;
}

void fill_grads(const std::vector<NamedTensor>& params) {
  torch::NoGradGuard no_grad;
  for (const auto& [name, t] : params) {
    if (t.grad().defined())
      t.mutable_grad().normal_(0, 1e-3);
    else
      t.mutable_grad() = torch::randn_like(t) * 1e-3;
  }
}

int64_t count(const std::vector<NamedTensor>& params) {
  int64_t n = 0;
  for (const auto& [name, t] : params) n += t.numel();
  return n;
}

void BM_AdamW_Flat(benchmark::State& state) {
  torch::set_num_threads(static_cast<int>(state.range(0)));
  auto params = bert_base_parameters();
  xlfuse::train::AdamWOptions o;
  o.learning_rate = 2e-5;
  o.weight_decay = 0.01;
  xlfuse::train::AdamW opt(params, o);
  fill_grads(params);
  for (auto _ : state) opt.step();
  state.counters["params_M"] = static_cast<double>(count(params)) / 1e6;
  state.counters["tensors"] = static_cast<double>(params.size());
}

void BM_AdamW_LibtorchLoop(benchmark::State& state) {
  torch::set_num_threads(static_cast<int>(state.range(0)));
  auto params = bert_base_parameters();
  std::vector<torch::Tensor> decay, no_decay;
  for (const auto& [name, t] : params) (xlfuse::train::excluded_from_weight_decay(name) ? no_decay : decay).push_back(t);
  std::vector<torch::optim::OptimizerParamGroup> groups;
  groups.emplace_back(decay, std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(2e-5).weight_decay(0.01)));
  groups.emplace_back(no_decay, std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(2e-5).weight_decay(0.0)));
  torch::optim::AdamW opt(std::move(groups), torch::optim::AdamWOptions(2e-5));
  fill_grads(params);
  for (auto _ : state) opt.step();
  state.counters["params_M"] = static_cast<double>(count(params)) / 1e6;
}

void BM_ClipGradNorm_Flat(benchmark::State& state) {
  torch::set_num_threads(static_cast<int>(state.range(0)));
  auto params = bert_base_parameters();
  xlfuse::train::AdamW opt(params, {});
  fill_grads(params);
  // max_norm above the norm: measures the reduction (the scaling, when it happens, is one mul_).
  for (auto _ : state) benchmark::DoNotOptimize(opt.clip_grad_norm(1e9));
}

void BM_ClipGradNorm_Libtorch(benchmark::State& state) {
  torch::set_num_threads(static_cast<int>(state.range(0)));
  auto params = bert_base_parameters();
  std::vector<torch::Tensor> tensors;
  for (const auto& [name, t] : params) tensors.push_back(t);
  fill_grads(params);
  for (auto _ : state) benchmark::DoNotOptimize(torch::nn::utils::clip_grad_norm_(tensors, 1e9));
}

void BM_SaveTrainState(benchmark::State& state) {
  torch::set_num_threads(1);
  auto params = bert_base_parameters();
  xlfuse::train::AdamW opt(params, {});
  xlfuse::train::LrSchedule schedule(2e-5, 1000);
  xlfuse::train::TrainProgress progress;
  const auto root = std::filesystem::temp_directory_path() / "xlfuse_bench_train_state";
  xlfuse::train::CheckpointOptions options;
  options.keep_last = 1;
  for (auto _ : state) {
    ++progress.global_step;
    xlfuse::train::save_train_state(root.string(), params, opt, schedule, progress, options);
  }
  state.SetBytesProcessed(state.iterations() * count(params) * 3 * static_cast<int64_t>(sizeof(float)));
  std::filesystem::remove_all(root);
}

}  // namespace

BENCHMARK(BM_AdamW_Flat)->Arg(1)->Arg(2)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AdamW_LibtorchLoop)->Arg(1)->Arg(2)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClipGradNorm_Flat)->Arg(1)->Arg(2)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClipGradNorm_Libtorch)->Arg(1)->Arg(2)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SaveTrainState)->Iterations(2)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
