// Encoder speed against the machine's sgemm ceiling.
//
//   Sgemm            torch::mm [4096,768]x[768,3072] float32: the ceiling every figure is compared to
//   Linear/N/K       the encoder's four GEMM shapes as the model runs them (addmm(bias, x, W.t()))
//   SgemmBf16        the same mm in bfloat16 (oneDNN), to judge a bf16 inference path
//   EncoderForward   BertModel (include/xlfuse/model/bert.h), BERT-base / mBERT shape with random
//                    weights, batch 32 x 128 real tokens: tokens/s, GFLOP/s, % of sgemm (sgemm timed
//                    in the same process right before and after), peak RSS, page faults per forward
//   LayerBreakdown   one encoder layer's ops timed one by one (12 layers per iteration):
//                    variant 0 mirrors src/model/bert.cc, variant 1 a prototype with in-place /
//                    folded elementwise ops, variant 2 adds attention fused per (batch, head)
//                    in one parallel loop, variant 3 is variant 1 with the attention bmm on one
//                    thread; reports ms per op per forward and the sum
//
// Threads: 2 unless XLFUSE_BENCH_THREADS says otherwise. FLOPs count only the matmuls:
// per token per layer 2*(4*E*E + 2*E*I) + 2*2*T*E (QKV+output projections, the two FFN GEMMs,
// scores and context), times L layers.
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <ATen/Parallel.h>
#include <torch/torch.h>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/bert.h"
#include "xlfuse/runtime/env_report.h"
#include "xlfuse/runtime/threads.h"

namespace {

constexpr int64_t kBatch = 32;
constexpr int64_t kSeq = 128;
constexpr int64_t kHidden = 768;
constexpr int64_t kInter = 3072;
constexpr int64_t kHeads = 12;
constexpr int64_t kLayers = 12;
constexpr int64_t kVocab = 119547;  // mBERT (bert-base-multilingual-cased)

int bench_threads() {
  if (const char* env = std::getenv("XLFUSE_BENCH_THREADS"); env && *env) return std::max(1, std::atoi(env));
  return 2;
}

double flops_per_token_per_layer(int64_t e, int64_t i, int64_t t) {
  return 2.0 * (4.0 * e * e + 2.0 * e * i) + 2.0 * 2.0 * t * e;
}

double encoder_flops() {
  return flops_per_token_per_layer(kHidden, kInter, kSeq) * kLayers * kBatch * kSeq;
}

double peak_rss_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

long minor_faults() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_minflt;
}

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// ---------------------------------------------------------------------------------------------
void BM_Sgemm(benchmark::State& state) {
  xlfuse::runtime::set_threads(static_cast<int>(state.range(0)));
  torch::NoGradGuard no_grad;
  const int64_t m = 4096, k = kHidden, n = kInter;
  auto a = torch::rand({m, k});
  auto b = torch::rand({k, n});
  auto c = torch::empty({m, n});
  torch::mm_out(c, a, b);
  for (auto _ : state) {
    torch::mm_out(c, a, b);
    benchmark::DoNotOptimize(c.data_ptr());
  }
  state.counters["GFLOPs"] = benchmark::Counter(2.0 * m * k * n * state.iterations() / 1e9, benchmark::Counter::kIsRate);
  state.counters["threads"] = xlfuse::runtime::current_threads();
}
BENCHMARK(BM_Sgemm)->ArgName("threads")->Arg(bench_threads())->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);

// The model's GEMMs: x [4096, K] times W.t() with W stored [N, K] (nn::Linear layout), plus bias.
void BM_Linear(benchmark::State& state) {
  xlfuse::runtime::set_threads(bench_threads());
  torch::NoGradGuard no_grad;
  const int64_t m = kBatch * kSeq, n = state.range(0), k = state.range(1);
  auto x = torch::rand({m, k});
  auto w = torch::randn({n, k}) * 0.02;
  auto bias = torch::zeros({n});
  auto y = torch::empty({m, n});
  torch::addmm_out(y, bias, x, w.t());
  for (auto _ : state) {
    torch::addmm_out(y, bias, x, w.t());
    benchmark::DoNotOptimize(y.data_ptr());
  }
  state.counters["GFLOPs"] = benchmark::Counter(2.0 * m * k * n * state.iterations() / 1e9, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Linear)
    ->ArgNames({"N", "K"})
    ->Args({3 * kHidden, kHidden})  // fused QKV
    ->Args({kHidden, kHidden})      // attention output
    ->Args({kInter, kHidden})       // intermediate
    ->Args({kHidden, kInter})       // output
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(1.0);

void BM_SgemmBf16(benchmark::State& state) {
  xlfuse::runtime::set_threads(bench_threads());
  torch::NoGradGuard no_grad;
  const int64_t m = 4096, k = kHidden, n = kInter;
  auto a = torch::rand({m, k}).to(torch::kBFloat16);
  auto b = torch::rand({k, n}).to(torch::kBFloat16);
  auto c = torch::mm(a, b);
  for (auto _ : state) {
    c = torch::mm(a, b);
    benchmark::DoNotOptimize(c.data_ptr());
  }
  state.counters["GFLOPs"] = benchmark::Counter(2.0 * m * k * n * state.iterations() / 1e9, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SgemmBf16)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);

// ---------------------------------------------------------------------------------------------
xlfuse::io::BertConfig base_config() {
  xlfuse::io::BertConfig c;
  c.vocab_size = kVocab;
  c.hidden_size = kHidden;
  c.num_hidden_layers = kLayers;
  c.num_attention_heads = kHeads;
  c.intermediate_size = kInter;
  return c;
}

// variant 0: NoGradGuard; 1: InferenceMode.
void BM_EncoderForward(benchmark::State& state) {
  const int threads = bench_threads();
  xlfuse::runtime::set_threads(threads);
  torch::manual_seed(0);
  xlfuse::model::BertModel model(base_config());
  model->eval();
  auto ids = torch::randint(1, kVocab, {kBatch, kSeq}, torch::kLong);
  auto mask = torch::ones({kBatch, kSeq}, torch::kLong);  // all tokens real
  xlfuse::model::ForwardOptions fo;
  fo.all_hidden_states = false;  // keep the last layer only, as prediction does

  const bool inference_mode = state.range(0) == 1;
  auto forward = [&] {
    if (inference_mode) {
      c10::InferenceMode guard;
      return model->forward(ids, mask, {}, fo).last();
    }
    torch::NoGradGuard guard;
    return model->forward(ids, mask, {}, fo).last();
  };
  benchmark::DoNotOptimize(forward().data_ptr());  // warm-up

  // The ceiling, timed in the same process: 0.5 s of sgemm right before each forward, so that
  // the pair sees the same machine load (other processes share the cores).
  double seconds = 0.0, sgemm_sum = 0.0, best_encoder = 0.0, best_sgemm = 0.0;
  long faults = 0;
  for (auto _ : state) {
    state.PauseTiming();
    const double sgemm = xlfuse::runtime::measure_sgemm_gflops(4096, kHidden, kInter, 0.5);
    state.ResumeTiming();
    const long f0 = minor_faults();
    auto t0 = Clock::now();
    auto out = forward();
    benchmark::DoNotOptimize(out.data_ptr());
    const double s = seconds_since(t0);
    faults += minor_faults() - f0;
    seconds += s;
    sgemm_sum += sgemm;
    best_encoder = std::max(best_encoder, encoder_flops() / s / 1e9);
    best_sgemm = std::max(best_sgemm, sgemm);
  }
  const double iters = static_cast<double>(state.iterations());
  const double gflops = encoder_flops() * iters / seconds / 1e9;
  const double sgemm = sgemm_sum / iters;
  state.counters["tokens_per_s"] = kBatch * kSeq * iters / seconds;
  state.counters["encoder_GFLOPs"] = gflops;
  state.counters["sgemm_GFLOPs"] = sgemm;
  state.counters["pct_of_sgemm"] = 100.0 * gflops / sgemm;
  state.counters["best_encoder_GFLOPs"] = best_encoder;
  state.counters["best_sgemm_GFLOPs"] = best_sgemm;
  state.counters["pct_best"] = 100.0 * best_encoder / best_sgemm;
  state.counters["peak_rss_MiB"] = peak_rss_mib();
  state.counters["minflt_per_fwd"] = faults / iters;
  state.counters["threads"] = xlfuse::runtime::current_threads();
}
BENCHMARK(BM_EncoderForward)
    ->ArgName("inference_mode")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(2);

// ---------------------------------------------------------------------------------------------
// One layer's weights (random, HF layout [out, in]).
struct LayerWeights {
  torch::Tensor wqkv, bqkv, wo, bo, ln1_w, ln1_b, wi, bi, wo2, bo2, ln2_w, ln2_b;
  torch::Tensor wqkv_scaled, bqkv_scaled;  // prototype: 1/sqrt(D) folded into the query rows
};

LayerWeights make_layer_weights() {
  LayerWeights w;
  auto lin = [](int64_t out, int64_t in) { return torch::randn({out, in}) * 0.02; };
  w.wqkv = lin(3 * kHidden, kHidden);
  w.bqkv = torch::randn({3 * kHidden}) * 0.02;
  w.wo = lin(kHidden, kHidden);
  w.bo = torch::zeros({kHidden});
  w.ln1_w = torch::ones({kHidden});
  w.ln1_b = torch::zeros({kHidden});
  w.wi = lin(kInter, kHidden);
  w.bi = torch::zeros({kInter});
  w.wo2 = lin(kHidden, kInter);
  w.bo2 = torch::zeros({kHidden});
  w.ln2_w = torch::ones({kHidden});
  w.ln2_b = torch::zeros({kHidden});
  const double scale = 1.0 / std::sqrt(static_cast<double>(kHidden / kHeads));
  w.wqkv_scaled = w.wqkv.clone();
  w.wqkv_scaled.narrow(0, 0, kHidden).mul_(scale);
  w.bqkv_scaled = w.bqkv.clone();
  w.bqkv_scaled.narrow(0, 0, kHidden).mul_(scale);
  return w;
}

// Times each op of a layer into `ms` (accumulated, milliseconds).
class OpTimer {
 public:
  explicit OpTimer(std::map<std::string, double>* ms) : ms_(ms), t_(Clock::now()) {}
  void lap(const char* name) {
    auto now = Clock::now();
    (*ms_)[name] += std::chrono::duration<double, std::milli>(now - t_).count();
    t_ = now;
  }

 private:
  std::map<std::string, double>* ms_;
  Clock::time_point t_;
};

// Mirrors src/model/bert.cc (BertLayerImpl::forward in eval mode).
torch::Tensor layer_baseline(const torch::Tensor& x, const torch::Tensor& bias, const LayerWeights& w, OpTimer& t) {
  const int64_t e = kHidden, h = kHeads, d = kHidden / kHeads;
  auto qkv = torch::addmm(w.bqkv, x, w.wqkv.t());
  t.lap("01 qkv_gemm");
  auto heads = [&](const torch::Tensor& u) { return u.view({kBatch, kSeq, h, d}).permute({0, 2, 1, 3}); };
  auto q = heads(qkv.narrow(1, 0, e));
  auto k = heads(qkv.narrow(1, e, e));
  auto v = heads(qkv.narrow(1, 2 * e, e));
  auto scores = torch::matmul(q, k.transpose(-1, -2));
  t.lap("02 scores_bmm(+copies)");
  scores.div_(std::sqrt(static_cast<double>(d)));
  scores.add_(bias);
  t.lap("03 scale_mask");
  auto probs = torch::softmax(scores, -1);
  t.lap("04 softmax");
  auto ctx = torch::matmul(probs, v);
  t.lap("05 context_bmm(+copies)");
  ctx = ctx.permute({0, 2, 1, 3}).reshape({kBatch * kSeq, e});
  t.lap("06 context_permute_copy");
  auto a = torch::addmm(w.bo, ctx, w.wo.t());
  t.lap("07 attn_out_gemm");
  a = torch::layer_norm(a + x, {e}, w.ln1_w, w.ln1_b, 1e-12);
  t.lap("08 residual_layernorm1");
  auto i = torch::addmm(w.bi, a, w.wi.t());
  t.lap("09 intermediate_gemm");
  i = torch::gelu(i);
  t.lap("10 gelu");
  auto o = torch::addmm(w.bo2, i, w.wo2.t());
  t.lap("11 output_gemm");
  o = torch::layer_norm(o + a, {e}, w.ln2_w, w.ln2_b, 1e-12);
  t.lap("12 residual_layernorm2");
  return o;
}

// Prototype: scale folded into the query weights, one copy of q/k/v into [3, B*H, T, D], the
// mask added by baddbmm (beta=1) instead of a separate pass, softmax/gelu/residual in place.
torch::Tensor layer_prototype(const torch::Tensor& x, const torch::Tensor& bias_bh, const LayerWeights& w,
                              OpTimer& t) {
  const int64_t e = kHidden, h = kHeads, d = kHidden / kHeads;
  auto qkv = torch::addmm(w.bqkv_scaled, x, w.wqkv_scaled.t());
  t.lap("01 qkv_gemm");
  // [B, T, 3, H, D] -> [3, B, H, T, D]: one copy for all three.
  auto split = qkv.view({kBatch, kSeq, 3, h, d}).permute({2, 0, 3, 1, 4}).contiguous();
  auto q = split[0].view({kBatch * h, kSeq, d});
  auto k = split[1].view({kBatch * h, kSeq, d});
  auto v = split[2].view({kBatch * h, kSeq, d});
  // bias_bh: [B*H, 1, T]; baddbmm broadcasts it into the output, then adds q.k^T (beta = 1).
  auto scores = torch::baddbmm(bias_bh, q, k.transpose(1, 2));
  t.lap("02 scores_bmm(+copies)");
  t.lap("03 scale_mask");
  scores = torch::_softmax_out(scores, scores, -1, false);
  t.lap("04 softmax");
  // Context straight into [B, T, H, D] order: bmm into a [B*H, T, D] buffer, then one permute copy.
  auto ctx = torch::bmm(scores, v);
  t.lap("05 context_bmm(+copies)");
  ctx = ctx.view({kBatch, h, kSeq, d}).permute({0, 2, 1, 3}).reshape({kBatch * kSeq, e});
  t.lap("06 context_permute_copy");
  auto a = torch::addmm(x, ctx, w.wo.t());  // residual as the addmm input ...
  a.add_(w.bo);                             // ... and the bias in place
  t.lap("07 attn_out_gemm");
  a = torch::layer_norm(a, {e}, w.ln1_w, w.ln1_b, 1e-12);
  t.lap("08 residual_layernorm1");
  auto i = torch::addmm(w.bi, a, w.wi.t());
  t.lap("09 intermediate_gemm");
  torch::gelu_(i);
  t.lap("10 gelu");
  auto o = torch::addmm(a, i, w.wo2.t());
  o.add_(w.bo2);
  t.lap("11 output_gemm");
  o = torch::layer_norm(o, {e}, w.ln2_w, w.ln2_b, 1e-12);
  t.lap("12 residual_layernorm2");
  return o;
}

// Prototype 2: prototype 1 with attention computed per (batch, head) inside one
// at::parallel_for: each task does scores = bias + q.k^T (addmm), softmax in place, and
// context = probs.v written straight into the [B, T, H, D] output, reading q/k/v as strided
// views of the QKV GEMM's output. No q/k/v or context copies; a [T, T] scores tile stays in
// cache; and one OpenMP region per layer instead of one BLAS-threaded tiny GEMM per (b, h)
// (torch::bmm on CPU loops over the batch calling sgemm, each call forking BLAS threads).
torch::Tensor layer_prototype_fused_attention(const torch::Tensor& x, const torch::Tensor& bias_bh,
                                              const LayerWeights& w, OpTimer& t) {
  const int64_t e = kHidden, h = kHeads, d = kHidden / kHeads;
  auto qkv = torch::addmm(w.bqkv_scaled, x, w.wqkv_scaled.t());
  t.lap("01 qkv_gemm");
  auto qkv5 = qkv.view({kBatch, kSeq, 3, h, d});
  auto ctx = torch::empty({kBatch, kSeq, h, d}, x.options());
  const bool inference = c10::InferenceMode::is_enabled();
  at::parallel_for(0, kBatch * h, 1, [&](int64_t begin, int64_t end) {
    c10::InferenceMode guard(inference);  // thread-local: the OpenMP workers start without it
    torch::NoGradGuard no_grad;
    auto scores = torch::empty({kSeq, kSeq}, x.options());
    for (int64_t i = begin; i < end; ++i) {
      const int64_t b = i / h, head = i % h;
      auto tokens = qkv5.select(0, b);  // [T, 3, H, D]
      auto q = tokens.select(1, 0).select(1, head);  // [T, D], row stride 3E
      auto k = tokens.select(1, 1).select(1, head);
      auto v = tokens.select(1, 2).select(1, head);
      torch::addmm_out(scores, bias_bh.select(0, i), q, k.t());
      torch::_softmax_out(scores, scores, -1, false);
      auto out = ctx.select(0, b).select(1, head);  // [T, D], row stride E
      torch::mm_out(out, scores, v);
    }
  });
  t.lap("02 scores_bmm(+copies)");
  t.lap("03 scale_mask");
  t.lap("04 softmax");
  t.lap("05 context_bmm(+copies)");
  auto ctx2 = ctx.view({kBatch * kSeq, e});
  t.lap("06 context_permute_copy");
  auto a = torch::addmm(x, ctx2, w.wo.t());
  a.add_(w.bo);
  t.lap("07 attn_out_gemm");
  a = torch::layer_norm(a, {e}, w.ln1_w, w.ln1_b, 1e-12);
  t.lap("08 residual_layernorm1");
  auto i = torch::addmm(w.bi, a, w.wi.t());
  t.lap("09 intermediate_gemm");
  torch::gelu_(i);
  t.lap("10 gelu");
  auto o = torch::addmm(a, i, w.wo2.t());
  o.add_(w.bo2);
  t.lap("11 output_gemm");
  o = torch::layer_norm(o, {e}, w.ln2_w, w.ln2_b, 1e-12);
  t.lap("12 residual_layernorm2");
  return o;
}

// Prototype 3: prototype 1 with the two attention batched matmuls run with libtorch (and so
// OpenBLAS-openmp) on one thread. libtorch 1.13's CPU bmm calls sgemm once per (batch, head);
// each 128x64x128 call is big enough for OpenBLAS to open a 2-thread OpenMP region, and 384 of
// them per matmul cost far more in fork/join than they gain.
torch::Tensor layer_prototype_serial_bmm(const torch::Tensor& x, const torch::Tensor& bias_bh, const LayerWeights& w,
                                         OpTimer& t) {
  const int64_t e = kHidden, h = kHeads, d = kHidden / kHeads;
  auto qkv = torch::addmm(w.bqkv_scaled, x, w.wqkv_scaled.t());
  t.lap("01 qkv_gemm");
  auto split = qkv.view({kBatch, kSeq, 3, h, d}).permute({2, 0, 3, 1, 4}).contiguous();
  auto q = split[0].view({kBatch * h, kSeq, d});
  auto k = split[1].view({kBatch * h, kSeq, d});
  auto v = split[2].view({kBatch * h, kSeq, d});
  const int threads = at::get_num_threads();
  at::set_num_threads(1);
  auto scores = torch::baddbmm(bias_bh, q, k.transpose(1, 2));
  at::set_num_threads(threads);
  t.lap("02 scores_bmm(+copies)");
  t.lap("03 scale_mask");
  scores = torch::_softmax_out(scores, scores, -1, false);
  t.lap("04 softmax");
  at::set_num_threads(1);
  auto ctx = torch::bmm(scores, v);
  at::set_num_threads(threads);
  t.lap("05 context_bmm(+copies)");
  ctx = ctx.view({kBatch, h, kSeq, d}).permute({0, 2, 1, 3}).reshape({kBatch * kSeq, e});
  t.lap("06 context_permute_copy");
  auto a = torch::addmm(x, ctx, w.wo.t());
  a.add_(w.bo);
  t.lap("07 attn_out_gemm");
  a = torch::layer_norm(a, {e}, w.ln1_w, w.ln1_b, 1e-12);
  t.lap("08 residual_layernorm1");
  auto i = torch::addmm(w.bi, a, w.wi.t());
  t.lap("09 intermediate_gemm");
  torch::gelu_(i);
  t.lap("10 gelu");
  auto o = torch::addmm(a, i, w.wo2.t());
  o.add_(w.bo2);
  t.lap("11 output_gemm");
  o = torch::layer_norm(o, {e}, w.ln2_w, w.ln2_b, 1e-12);
  t.lap("12 residual_layernorm2");
  return o;
}

void BM_LayerBreakdown(benchmark::State& state) {
  xlfuse::runtime::set_threads(bench_threads());
  c10::InferenceMode guard;
  torch::manual_seed(0);
  const int64_t variant = state.range(0);
  LayerWeights w = make_layer_weights();
  auto x0 = torch::randn({kBatch * kSeq, kHidden});
  auto mask = torch::ones({kBatch, kSeq});
  auto bias = xlfuse::model::make_attention_bias(mask);  // [B, 1, 1, T]
  // Prototype: the mask per (batch, head) row, [B*H, 1, T] (196 KB, made once per forward),
  // broadcast by baddbmm over the query positions.
  auto bias_bh = bias.view({kBatch, 1, kSeq}).expand({kBatch, kHeads, kSeq}).reshape({kBatch * kHeads, 1, kSeq});

  // The two variants compute the same function: check once (the bench must not measure a bug).
  {
    std::map<std::string, double> scratch;
    OpTimer t(&scratch);
    auto a = layer_baseline(x0, bias, w, t);
    auto b = layer_prototype(x0, bias_bh, w, t);
    auto c = layer_prototype_fused_attention(x0, bias_bh, w, t);
    auto d = layer_prototype_serial_bmm(x0, bias_bh, w, t);
    double diff = std::max({(a - b).abs().max().item<double>(), (a - c).abs().max().item<double>(),
                            (a - d).abs().max().item<double>()});
    if (diff > 1e-3) state.SkipWithError(fmt::format("prototype differs from baseline by {}", diff).c_str());
  }

  std::map<std::string, double> ms;
  double total = 0.0, sgemm_sum = 0.0;
  long faults = 0;
  for (auto _ : state) {
    state.PauseTiming();
    sgemm_sum += xlfuse::runtime::measure_sgemm_gflops(4096, kHidden, kInter, 0.5);
    state.ResumeTiming();
    const long f0 = minor_faults();
    auto t0 = Clock::now();
    OpTimer t(&ms);
    auto x = x0;
    for (int64_t l = 0; l < kLayers; ++l)
      x = variant == 0   ? layer_baseline(x, bias, w, t)
          : variant == 1 ? layer_prototype(x, bias_bh, w, t)
          : variant == 2 ? layer_prototype_fused_attention(x, bias_bh, w, t)
                         : layer_prototype_serial_bmm(x, bias_bh, w, t);
    benchmark::DoNotOptimize(x.data_ptr());
    total += seconds_since(t0);
    faults += minor_faults() - f0;
  }
  const double iters = static_cast<double>(state.iterations());
  for (const auto& [name, value] : ms) state.counters["ms " + name] = value / iters;
  state.counters["ms total"] = 1000.0 * total / iters;
  state.counters["layers_GFLOPs"] = encoder_flops() * iters / total / 1e9;
  state.counters["sgemm_GFLOPs"] = sgemm_sum / iters;
  state.counters["pct_of_sgemm"] = 100.0 * encoder_flops() * iters / total / 1e9 / (sgemm_sum / iters);
  state.counters["minflt_per_fwd"] = faults / iters;
}
BENCHMARK(BM_LayerBreakdown)
    ->ArgName("variant")
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Arg(3)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(2);

}  // namespace

int main(int argc, char** argv) {
  // As tools/xlfuse/main.cc does; XLFUSE_BENCH_DEFAULT_MALLOC=1 keeps glibc's defaults.
  const char* default_malloc = std::getenv("XLFUSE_BENCH_DEFAULT_MALLOC");
  const bool tuned_malloc = !(default_malloc && *default_malloc && std::string(default_malloc) != "0");
  if (tuned_malloc) xlfuse::runtime::configure_allocator();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  xlfuse::runtime::set_threads(bench_threads());
  auto blas = xlfuse::runtime::probe_blas();
  benchmark::AddCustomContext("xlfuse_threads", std::to_string(bench_threads()));
  benchmark::AddCustomContext("malloc", tuned_malloc ? "configure_allocator()" : "glibc defaults");
  benchmark::AddCustomContext("blas", xlfuse::runtime::to_string(blas.kind) + " " + blas.provider_resolved);
  benchmark::AddCustomContext("openblas_core", blas.openblas_core);
  const char* coretype = std::getenv("OPENBLAS_CORETYPE");
  benchmark::AddCustomContext("OPENBLAS_CORETYPE", coretype ? coretype : "(unset)");
  benchmark::AddCustomContext(
      "encoder_shape", fmt::format("L={} E={} I={} H={} vocab={} batch={}x{} tokens, all real", kLayers, kHidden,
                                   kInter, kHeads, kVocab, kBatch, kSeq));
  benchmark::AddCustomContext(
      "encoder_flops",
      fmt::format("matmul FLOPs per token per layer = 2*(4*E*E + 2*E*I) + 2*2*T*E = {:.0f}; "
                  "x L x B x T = {:.1f} GFLOP per forward",
                  flops_per_token_per_layer(kHidden, kInter, kSeq), encoder_flops() / 1e9));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
