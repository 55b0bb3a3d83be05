// Inference throughput in real (non-pad) tokens/s on real English sentence lengths: UD-POS test
// (token classification head) and XNLI dev (sequence classification head), tokenised with the
// mBERT vocabulary; a BERT-base-shaped task model (12 x 768, 12 heads, FFN 3072, vocabulary
// 119547) with random weights; batch 32. Every iteration runs, back to back on the same batches:
//
//   padded128  every example padded to 128 (the XTREME scripts' way)
//   bucketed   batches of similar length, each padded to its longest feature (as prediction does)
//
// in fp32 and under bf16 autocast (model::AutocastGuard), so that the ratios come from the same
// minute of a shared machine. Batches: all features sorted by length and cut into batches of 32
// (as predict::run_inference does), then XLFUSE_BENCH_BATCHES of them (default 4) spread evenly over
// the length range; the padded and bucketed passes run the same examples.
//
// Counters: real tokens/s for each (precision, padding), bucketed/padded ratios, bf16/fp32 ratios.
// Comparisons with PyTorch are measured side by side, never against stored figures:
// `make bench-peer` (bench/peer/).
//
//   XLFUSE_BENCH_THREADS=2 build/bench/bench_infer_throughput --benchmark_counters_tabular=true
#include <chrono>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <torch/torch.h>

#include "throughput_common.h"
#include "xlfuse/model/precision.h"
#include "xlfuse/runtime/threads.h"
#include "xlfuse/model/task_model.h"

namespace {

using namespace xlfuse;
using Clock = std::chrono::steady_clock;

// One BERT-base task model at a time (each is ~700 MB), rebuilt when the head changes.
model::TaskModel& task_model(const bench::HeadSpec& head, int64_t vocab_size) {
  static std::string current;
  static model::TaskModel m{nullptr};
  const std::string key = fmt::format("{}/{}", head.kind, head.labels);
  if (current != key) {
    m = model::TaskModel{nullptr};
    model::TaskModelOptions o;
    o.seed = 42;
    m = model::make_task_model(xlfuse::model::parse_head_kind(head.kind), bench::bert_base_config(vocab_size), head.labels, o);
    m->eval();
    current = key;
  }
  return m;
}

// Seconds for one pass over `batches` (run_inference's loop: InferenceMode, autocast, collate,
// forward, logits copied to float).
double run_pass(model::TaskModel& m, const std::vector<data::Feature>& features,
                const std::vector<std::vector<int64_t>>& batches, bool padded, model::Precision precision) {
  const auto t0 = Clock::now();
  torch::InferenceMode inference;
  model::AutocastGuard autocast(precision);
  for (const auto& rows : batches) {
    data::Batch batch = data::collate(features, rows, 0);
    if (padded) batch = bench::pad_to_width(batch, bench::kXtremeLength, 0);
    auto out = m->forward(bench::batch_inputs(batch));
    auto logits = out.logits.to(torch::kFloat).contiguous();
    benchmark::DoNotOptimize(logits.data_ptr());
  }
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

void BM_Inference(benchmark::State& state, const std::string& task, const std::string& split) {
  runtime::set_threads(bench::bench_threads());
  const auto shared = bench::shared_dir();
  if (shared.empty()) {
    state.SkipWithError(bench::missing_shared_message().c_str());
    return;
  }
  const auto& features = bench::task_features(shared, task, split);
  const int64_t batch_size = 32;
  const auto batches = bench::spread_sorted_batches(features, batch_size, bench::env_int("XLFUSE_BENCH_BATCHES", 4));
  double real_tokens = 0, bucketed_positions = 0;
  for (const auto& rows : batches) {
    int64_t longest = 0;
    for (auto i : rows) {
      const auto len = static_cast<int64_t>(features[static_cast<size_t>(i)].length());
      real_tokens += static_cast<double>(len);
      longest = std::max(longest, len);
    }
    bucketed_positions += static_cast<double>(longest * static_cast<int64_t>(rows.size()));
  }
  const double padded_positions = static_cast<double>(batches.size() * batch_size * bench::kXtremeLength);
  auto& m = task_model(bench::head_for(task), static_cast<int64_t>(bench::mbert_tokenizer(shared).vocab().size()));

  // Warm-up: one bucketed batch in each precision (allocator, oneDNN primitives).
  const std::vector<std::vector<int64_t>> first(batches.begin(), batches.begin() + 1);
  run_pass(m, features, first, false, model::Precision::Float32);
  run_pass(m, features, first, false, model::Precision::BFloat16);

  // [precision][padded]
  double seconds[2][2] = {{0, 0}, {0, 0}};
  for (auto _ : state) {
    for (int p = 0; p < 2; ++p) {
      const auto precision = p == 0 ? model::Precision::Float32 : model::Precision::BFloat16;
      for (int padded = 1; padded >= 0; --padded) seconds[p][padded] += run_pass(m, features, batches, padded, precision);
    }
  }
  const double iters = static_cast<double>(state.iterations());
  auto rate = [&](int p, int padded) { return real_tokens * iters / seconds[p][padded]; };
  state.counters["examples"] = static_cast<double>(batches.size() * batch_size);
  state.counters["mean_len"] = real_tokens / static_cast<double>(batches.size() * batch_size);
  state.counters["real_frac_bucketed"] = real_tokens / bucketed_positions;
  state.counters["real_frac_padded"] = real_tokens / padded_positions;
  bench::set_rate_counters(state, rate);
  state.counters["peak_rss_MiB"] = bench::peak_rss_mib();
}

}  // namespace

int main(int argc, char** argv) {
  if (!xlfuse::bench::init_throughput_benchmark(&argc, argv)) return 1;
  benchmark::AddCustomContext("model", "BERT-base shape (L=12 E=768 H=12 I=3072), mBERT vocabulary, random init");
  benchmark::RegisterBenchmark("BM_Inference/udpos_test_en", BM_Inference, std::string("udpos"), std::string("test"))
      ->Unit(benchmark::kSecond)
      ->UseRealTime()
      ->Iterations(xlfuse::bench::env_int("XLFUSE_BENCH_ITERATIONS", 1));
  benchmark::RegisterBenchmark("BM_Inference/xnli_dev_en", BM_Inference, std::string("xnli"), std::string("dev"))
      ->Unit(benchmark::kSecond)
      ->UseRealTime()
      ->Iterations(xlfuse::bench::env_int("XLFUSE_BENCH_ITERATIONS", 1));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
