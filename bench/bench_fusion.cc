// Cost of layer fusion (model/fusion.h) in training.
//
//   FusionStep/<kind>       one training step (forward + loss + backward, no optimiser) of a
//                           token_classification task model, BERT-base / mBERT shape with random
//                           weights, dropout on, batch B x 128 (B = 32 unless
//                           XLFUSE_BENCH_FUSION_BATCH says otherwise), about 10% padding; the
//                           counter ratio_vs_last_layer divides by the last_layer run's time
//   FusionModule/<kind>     the representation alone (forward + backward of sum(output^2)) on
//                           random hidden states [32, 128, 768] with the same padding: what the
//                           fusion adds, without the encoder's noise
//
// Kinds: last_layer, lower_layer (layer 6: the encoder stops there), sum, concat, scalar_mix, aif
// and iaff (layer 6, r = 4, batch norm). Threads: 2 unless XLFUSE_BENCH_THREADS says otherwise.
// Results: docs/performance.md, "Layer fusion".
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/model/representation.h"
#include "xlfuse/runtime/threads.h"
#include "xlfuse/model/task_model.h"

namespace {

constexpr int64_t kSeq = 128;
constexpr int64_t kHidden = 768;
constexpr int64_t kLayers = 12;
constexpr int64_t kVocab = 119547;  // mBERT
constexpr int64_t kLower = 6;
constexpr int64_t kLabels = 17;  // UD-POS tags

const std::vector<std::string>& kinds() {
  static const std::vector<std::string> k = {"last_layer", "lower_layer", "sum", "concat", "scalar_mix", "aif", "iaff"};
  return k;
}

int env_int(const char* name, int fallback) {
  if (const char* env = std::getenv(name); env && *env) return std::max(1, std::atoi(env));
  return fallback;
}
int bench_threads() { return env_int("XLFUSE_BENCH_THREADS", 2); }
int64_t step_batch() { return env_int("XLFUSE_BENCH_FUSION_BATCH", 32); }

xlfuse::io::BertConfig base_config() {
  xlfuse::io::BertConfig c;
  c.vocab_size = kVocab;
  c.hidden_size = kHidden;
  c.num_hidden_layers = kLayers;
  c.num_attention_heads = 12;
  c.intermediate_size = 3072;
  c.max_position_embeddings = 512;
  return c;
}

xlfuse::model::FusionOptions fusion_for(const std::string& kind) {
  xlfuse::model::FusionOptions f;
  f.kind = xlfuse::model::parse_fusion_kind(kind);
  f.layer = (kind == "last_layer" || kind == "scalar_mix") ? 0 : kLower;
  return f;
}

// Attention mask with ~10% padding: row b keeps 128 - (b % 4) * 8 tokens.
torch::Tensor padded_mask(int64_t batch) {
  auto mask = torch::ones({batch, kSeq}, torch::kLong);
  for (int64_t b = 0; b < batch; ++b) {
    const int64_t pad = (b % 4) * 8;
    if (pad > 0) mask[b].narrow(0, kSeq - pad, pad).fill_(0);
  }
  return mask;
}

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

std::map<std::string, double>& baseline_seconds() {
  static std::map<std::string, double> m;
  return m;
}

void set_ratio(benchmark::State& state, const std::string& bench, const std::string& kind, double per_step) {
  if (kind == "last_layer") baseline_seconds()[bench] = per_step;
  auto it = baseline_seconds().find(bench);
  if (it != baseline_seconds().end()) state.counters["ratio_vs_last_layer"] = per_step / it->second;
}

// ---------------------------------------------------------------------------------------------
void BM_FusionStep(benchmark::State& state) {
  xlfuse::runtime::set_threads(bench_threads());
  const std::string kind = kinds().at(static_cast<size_t>(state.range(0)));
  const auto config = base_config();
  const int64_t batch = step_batch();
  xlfuse::model::TaskModelOptions options;
  options.representation = xlfuse::model::make_representation(fusion_for(kind), config);
  auto model = xlfuse::model::make_task_model(xlfuse::model::HeadKind::TokenClassification, config, kLabels, options);
  model->train();
  xlfuse::model::TaskInputs in;
  torch::manual_seed(1);
  in.input_ids = torch::randint(1000, kVocab, {batch, kSeq}, torch::kLong);
  in.attention_mask = padded_mask(batch);
  in.labels = torch::randint(0, kLabels, {batch, kSeq}, torch::kLong).masked_fill(in.attention_mask.eq(0), -100);
  int64_t fusion_params = 0;
  for (const auto& p : model->named_parameters())
    if (p.key().rfind("representation.", 0) == 0) fusion_params += p.value().numel();

  double total = 0.0;
  for (auto _ : state) {
    const auto t0 = Clock::now();
    model->zero_grad();
    auto loss = model->forward(in).loss;
    loss.backward();
    benchmark::DoNotOptimize(loss.item<float>());
    total += seconds_since(t0);
  }
  const double per_step = total / static_cast<double>(state.iterations());
  state.counters["step_s"] = per_step;
  state.counters["tokens_per_s"] = static_cast<double>(batch * kSeq) / per_step;
  state.counters["fusion_params"] = static_cast<double>(fusion_params);
  set_ratio(state, "step", kind, per_step);
  state.SetLabel(kind);
}

void BM_FusionModule(benchmark::State& state) {
  xlfuse::runtime::set_threads(bench_threads());
  const std::string kind = kinds().at(static_cast<size_t>(state.range(0)));
  const auto config = base_config();
  const int64_t batch = 32;
  torch::manual_seed(2);
  auto rep = xlfuse::model::make_representation(fusion_for(kind), config);
  rep->train();
  xlfuse::model::EncoderOutput out;
  out.hidden_states.resize(kLayers + 1);
  const auto wanted = rep->encoder_options();
  for (int64_t i = 0; i <= kLayers; ++i)
    if (wanted.all_hidden_states ? true : i == (wanted.layer < 0 ? kLayers : wanted.layer))
      out.hidden_states[i] = torch::randn({batch, kSeq, kHidden}).requires_grad_(true);
  const auto mask = padded_mask(batch);

  double total = 0.0;
  for (auto _ : state) {
    const auto t0 = Clock::now();
    rep->zero_grad();
    auto z = rep->forward(out, mask);
    auto loss = z.pow(2).sum();
    loss.backward();
    benchmark::DoNotOptimize(loss.item<float>());
    total += seconds_since(t0);
  }
  const double per_step = total / static_cast<double>(state.iterations());
  state.counters["ms"] = per_step * 1e3;
  state.SetLabel(kind);
}

void kind_args(benchmark::internal::Benchmark* b) {
  for (size_t i = 0; i < kinds().size(); ++i) b->Arg(static_cast<int64_t>(i));
}

BENCHMARK(BM_FusionModule)->Apply(kind_args)->ArgName("kind")->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);
BENCHMARK(BM_FusionStep)->Apply(kind_args)->ArgName("kind")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace

int main(int argc, char** argv) {
  xlfuse::runtime::configure_allocator();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  xlfuse::runtime::set_threads(bench_threads());
  benchmark::AddCustomContext("xlfuse_threads", std::to_string(bench_threads()));
  benchmark::AddCustomContext(
      "fusion_shape", fmt::format("L={} E={} vocab={} step batch={}x{} (about 10% padding), lower layer {}, aif r=4 batch norm",
                                  kLayers, kHidden, kVocab, step_batch(), kSeq, kLower));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
