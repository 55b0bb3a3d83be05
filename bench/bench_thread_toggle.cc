// What it costs to run the attention's batched matmuls on one thread inside a 2-thread encoder:
// toggling libtorch's count (at::set_num_threads, which also rebuilds its pthreadpool) against
// toggling OpenMP's (omp_set_num_threads, what libtorch's OpenMP backend and OpenBLAS-openmp read),
// around one BERT-base-sized attention bmm ([12 heads, 128, 64] x [12, 64, 128]). Ratios only, in
// one process: run with --benchmark_enable_random_interleaving=true.
#include <omp.h>

#include <ATen/Parallel.h>
#include <benchmark/benchmark.h>
#include <torch/torch.h>

namespace {

struct Inputs {
  torch::Tensor q = torch::randn({12, 128, 64});
  torch::Tensor k = torch::randn({12, 64, 128});
};

void BM_BmmTorchToggle(benchmark::State& state) {
  at::set_num_threads(2);
  Inputs in;
  for (auto _ : state) {
    at::set_num_threads(1);
    benchmark::DoNotOptimize(torch::bmm(in.q, in.k));
    at::set_num_threads(2);
  }
}
BENCHMARK(BM_BmmTorchToggle)->Unit(benchmark::kMicrosecond);

void BM_BmmOpenMpToggle(benchmark::State& state) {
  at::set_num_threads(2);
  Inputs in;
  for (auto _ : state) {
    omp_set_num_threads(1);
    benchmark::DoNotOptimize(torch::bmm(in.q, in.k));
    omp_set_num_threads(2);
  }
}
BENCHMARK(BM_BmmOpenMpToggle)->Unit(benchmark::kMicrosecond);

void BM_BmmTwoThreads(benchmark::State& state) {
  at::set_num_threads(2);
  Inputs in;
  for (auto _ : state) benchmark::DoNotOptimize(torch::bmm(in.q, in.k));
}
BENCHMARK(BM_BmmTwoThreads)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
