// Fine-tuning throughput, step memory and the effect of bf16 on scores, on real English data
// tokenised with the mBERT vocabulary.
//
//   BM_Train/<task>       BERT-base-shaped task model (12 x 768, 12 heads, FFN 3072, vocabulary
//                         119547, random init), batch 8, one AdamW step per batch, through
//                         train::train_task_model (max_steps): padded to 128 (XTREME's way) against
//                         length-bucketed batches (the trainer's sampler), fp32 and bf16 autocast,
//                         all four back to back in every iteration. UD-POS train-en (token
//                         classification) and XNLI dev-en (sequence classification; there is no
//                         English XNLI train here). Real (non-pad) tokens/s; comparisons with
//                         PyTorch are measured side by side by `make bench-peer` (bench/peer/).
//   BM_TrainStepPeakMemory/<mode>/<precision>
//                         peak RSS (ru_maxrss) of one training step at batch 32 on UD-POS, each in
//                         a fresh child process (this binary with --peak-memory-child).
//   BM_Bf16ScoreEffect    a small model (4 x 256, mBERT vocabulary) trained in fp32 on UD-POS
//                         train-en, its dev-en F1 evaluated in fp32 and in bf16 and the agreement
//                         of the predicted tags; and the same model trained under bf16 autocast.
//
// How the two paddings train the same examples: the examples are XLFUSE_BENCH_TRAIN_STEPS (default
// 3) batches of the trainer's own length-bucketed, shuffled sampler over the whole set (batch 8,
// window 50 batches, seed 42), spread evenly over its length range, and each run is exactly one
// epoch over them. The trainer
// pads a batch to its longest feature; the padded run gets the same features extended to 128 with
// [PAD] (same arithmetic as XTREME's padded batches), and its real tokens are counted from the
// original lengths. Throughput is the trainer's own (TrainSummary::tokens_per_second: forward,
// backward, clipping and the AdamW step, after a warm-up call, excluding the optimiser's set-up).
//
//   XLFUSE_BENCH_THREADS=2 build/bench/bench_train_throughput --benchmark_counters_tabular=true
#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <numeric>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <torch/torch.h>

#include "throughput_common.h"
#include "trainer_sampler.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/model/precision.h"
#include "xlfuse/runtime/threads.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/predict/inference.h"
#include "xlfuse/predict/predict.h"
#include "xlfuse/train/trainer.h"

namespace {

using namespace xlfuse;
using Clock = std::chrono::steady_clock;

using xlfuse::bench::trainer_sampler;

// The features of `batches` batches of epoch 0 of the trainer's sampler, spread evenly over the
// epoch's batches ordered by length (a few consecutive batches of a shuffled epoch can all be short
// or all long; this keeps the mean length of the sample close to the set's).
std::vector<data::Feature> sample_batches(const std::vector<data::Feature>& all, int64_t batch_size, int64_t batches) {
  std::vector<int64_t> lengths;
  for (const auto& f : all) lengths.push_back(static_cast<int64_t>(f.length()));
  auto order = data::make_batches(lengths, trainer_sampler(batch_size), 0);
  if (!order.empty() && static_cast<int64_t>(order.back().size()) < batch_size) order.pop_back();
  auto longest = [&](const std::vector<int64_t>& rows) {
    int64_t n = 0;
    for (auto i : rows) n = std::max(n, lengths[static_cast<size_t>(i)]);
    return n;
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](const auto& a, const auto& b) { return longest(a) < longest(b); });
  const auto n = static_cast<int64_t>(order.size());
  std::vector<data::Feature> out;
  for (int64_t b = 0; b < batches && b < n; ++b)
    for (auto i : order[static_cast<size_t>((2 * b + 1) * n / (2 * batches))]) out.push_back(all[static_cast<size_t>(i)]);
  return out;
}

int64_t total_length(const std::vector<data::Feature>& features) {
  int64_t n = 0;
  for (const auto& f : features) n += static_cast<int64_t>(f.length());
  return n;
}

// Positions the trainer computes for `features` in one epoch (each batch padded to its longest).
int64_t trainer_positions(const std::vector<data::Feature>& features, int64_t batch_size) {
  std::vector<int64_t> lengths;
  for (const auto& f : features) lengths.push_back(static_cast<int64_t>(f.length()));
  int64_t n = 0;
  for (const auto& rows : data::make_batches(lengths, trainer_sampler(batch_size), 0)) {
    int64_t longest = 0;
    for (auto i : rows) longest = std::max(longest, lengths[static_cast<size_t>(i)]);
    n += longest * static_cast<int64_t>(rows.size());
  }
  return n;
}

train::TrainOptions train_options(int64_t steps, int64_t batch_size, model::Precision precision) {
  train::TrainOptions o;
  o.max_steps = steps;
  o.batch_size = batch_size;
  o.learning_rate = 2e-5;
  o.max_grad_norm = 1.0;
  o.log_every = 0;
  o.progress = xlfuse::train::ProgressMode::Off;
  o.precision = precision;
  return o;
}

struct TrainRun {
  double real_tokens_per_s = 0;
  double seconds = 0;  // the trainer's training time
};

// One epoch over `features` (steps = features / batch); real tokens counted from `real`.
TrainRun train_run(model::TaskModel& m, const std::vector<data::Feature>& features, int64_t real_tokens,
                   int64_t batch_size, model::Precision precision) {
  const auto steps = static_cast<int64_t>(features.size()) / batch_size;
  const auto summary = train::train_task_model(m, features, train_options(steps, batch_size, precision));
  TrainRun r;
  // The trainer counts every feature position as real: the padded features' length is 128.
  r.seconds = static_cast<double>(total_length(features)) / summary.tokens_per_second;
  r.real_tokens_per_s = static_cast<double>(real_tokens) / r.seconds;
  return r;
}

model::TaskModel make_base_model(const std::string& task, int64_t vocab_size) {
  const auto head = bench::head_for(task);
  model::TaskModelOptions o;
  o.seed = 42;
  return model::make_task_model(xlfuse::model::parse_head_kind(head.kind), bench::bert_base_config(vocab_size), head.labels, o);
}

void BM_Train(benchmark::State& state, const std::string& task, const std::string& split) {
  runtime::set_threads(bench::bench_threads());
  const auto shared = bench::shared_dir();
  if (shared.empty()) {
    state.SkipWithError(bench::missing_shared_message().c_str());
    return;
  }
  const int64_t batch = 8;
  const int64_t steps = bench::env_int("XLFUSE_BENCH_TRAIN_STEPS", 3);
  const auto& all = bench::task_features(shared, task, split);
  const auto bucketed = sample_batches(all, batch, steps);
  const auto padded = bench::padded_features(bucketed, bench::kXtremeLength, 0);
  const int64_t real = total_length(bucketed);
  auto m = make_base_model(task, static_cast<int64_t>(bench::mbert_tokenizer(shared).vocab().size()));

  // Warm-up: one step in each precision.
  const std::vector<data::Feature> one(bucketed.begin(), bucketed.begin() + batch);
  train_run(m, one, total_length(one), batch, model::Precision::Float32);
  train_run(m, one, total_length(one), batch, model::Precision::BFloat16);

  double seconds[2][2] = {{0, 0}, {0, 0}};  // [precision][padded]
  for (auto _ : state) {
    for (int p = 0; p < 2; ++p) {
      const auto precision = p == 0 ? model::Precision::Float32 : model::Precision::BFloat16;
      seconds[p][1] += train_run(m, padded, real, batch, precision).seconds;
      seconds[p][0] += train_run(m, bucketed, real, batch, precision).seconds;
    }
  }
  const double iters = static_cast<double>(state.iterations());
  auto rate = [&](int p, int pad) { return static_cast<double>(real) * iters / seconds[p][pad]; };
  state.counters["steps"] = static_cast<double>(steps);
  state.counters["mean_len"] = static_cast<double>(real) / static_cast<double>(bucketed.size());
  state.counters["all_mean_len"] = bench::mean_length(all);
  state.counters["real_frac_bucketed"] =
      static_cast<double>(real) / static_cast<double>(trainer_positions(bucketed, batch));
  state.counters["s_per_step_fp32_bucketed"] = seconds[0][0] / iters / static_cast<double>(steps);
  state.counters["s_per_step_fp32_padded"] = seconds[0][1] / iters / static_cast<double>(steps);
  bench::set_rate_counters(state, rate);
  state.counters["peak_rss_MiB"] = bench::peak_rss_mib();
}

// ---------------------------------------------------------------------------------------------
// Child process: one training step at batch 32 on UD-POS train-en; prints the RSS figures.
int peak_memory_child(const std::string& mode, const std::string& precision_name) {
  runtime::configure_allocator();
  runtime::set_threads(bench::bench_threads());
  const auto shared = bench::shared_dir();
  if (shared.empty()) {
    std::cerr << bench::missing_shared_message() << "\n";
    return 2;
  }
  const int64_t batch = 32;
  const auto& all = bench::task_features(shared, "udpos", "train");
  auto features = sample_batches(all, batch, 1);
  const int64_t real = total_length(features);
  const int64_t width = std::accumulate(features.begin(), features.end(), int64_t{0},
                                        [](int64_t a, const data::Feature& f) { return std::max<int64_t>(a, f.length()); });
  if (mode == "padded128") features = bench::padded_features(features, bench::kXtremeLength, 0);
  const double before_model = bench::current_rss_mib();
  auto m = make_base_model("udpos", static_cast<int64_t>(bench::mbert_tokenizer(shared).vocab().size()));
  const double model_rss = bench::current_rss_mib();
  const auto t0 = Clock::now();
  train::train_task_model(m, features, train_options(1, batch, model::parse_precision(precision_name)));
  const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  std::cout << fmt::format("peak_rss_mib={:.1f} model_rss_mib={:.1f} start_rss_mib={:.1f} seconds={:.2f} "
                           "real_tokens={} width={}\n",
                           bench::peak_rss_mib(), model_rss, before_model, seconds, real,
                           mode == "padded128" ? bench::kXtremeLength : width);
  return 0;
}

std::string self_exe() {
  std::vector<char> buf(4096);
  const auto n = readlink("/proc/self/exe", buf.data(), buf.size() - 1);
  return n > 0 ? std::string(buf.data(), static_cast<size_t>(n)) : std::string();
}

double field(const std::string& text, const std::string& name) {
  const auto pos = text.find(name + "=");
  if (pos == std::string::npos) return -1;
  return std::atof(text.c_str() + pos + name.size() + 1);
}

void BM_TrainStepPeakMemory(benchmark::State& state, const std::string& mode, const std::string& precision) {
  if (bench::shared_dir().empty()) {
    state.SkipWithError(bench::missing_shared_message().c_str());
    return;
  }
  std::string out;
  for (auto _ : state) {
    out.clear();
    const std::string cmd = fmt::format("'{}' --peak-memory-child {} {}", self_exe(), mode, precision);
    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe) {
      state.SkipWithError("popen failed");
      return;
    }
    char buf[512];
    while (fgets(buf, sizeof buf, pipe)) out += buf;
    const int status = pclose(pipe);
    if (status != 0) {
      state.SkipWithError(fmt::format("child failed ({}): {}", status, out).c_str());
      return;
    }
  }
  state.counters["peak_rss_MiB"] = field(out, "peak_rss_mib");
  state.counters["model_rss_MiB"] = field(out, "model_rss_mib");
  state.counters["step_extra_MiB"] = field(out, "peak_rss_mib") - field(out, "model_rss_mib");
  state.counters["step_s"] = field(out, "seconds");
  state.counters["width"] = field(out, "width");
  state.counters["real_tokens"] = field(out, "real_tokens");
}

// ---------------------------------------------------------------------------------------------
// Argmax tag agreement between two raw tagging outputs at the labelled (first sub-word) positions.
double tag_agreement(const io::RawOutputs& a, const io::RawOutputs& b, const std::vector<data::Feature>& features,
                     size_t num_labels) {
  int64_t same = 0, total = 0;
  for (size_t f = 0; f < features.size(); ++f) {
    const auto& labels = features[f].token_labels;
    for (size_t t = 0; t < labels.size(); ++t) {
      if (labels[t] == data::kIgnoreIndex) continue;
      auto argmax = [&](const std::vector<float>& v) {
        const auto* row = v.data() + t * num_labels;
        return std::max_element(row, row + num_labels) - row;
      };
      same += argmax(a.logits[f]) == argmax(b.logits[f]);
      ++total;
    }
  }
  return total ? 100.0 * static_cast<double>(same) / static_cast<double>(total) : 0.0;
}

void BM_Bf16ScoreEffect(benchmark::State& state) {
  runtime::set_threads(bench::bench_threads());
  const auto shared = bench::shared_dir();
  if (shared.empty()) {
    state.SkipWithError(bench::missing_shared_message().c_str());
    return;
  }
  const auto& tokenizer = bench::mbert_tokenizer(shared);
  const auto& train_features = bench::task_features(shared, "udpos", "train");
  const data::Dataset dev = data::read_task(shared / "data/xtreme", "udpos", "dev", "en");
  const auto& dev_features = bench::task_features(shared, "udpos", "dev");
  const auto& task = data::task_info("udpos");
  io::BertConfig config;
  config.vocab_size = static_cast<int64_t>(tokenizer.vocab().size());
  config.hidden_size = 256;
  config.num_hidden_layers = 4;
  config.num_attention_heads = 4;
  config.intermediate_size = 1024;
  const int64_t steps = bench::env_int("XLFUSE_BENCH_EFFECT_STEPS", 300);

  auto train_model = [&](model::Precision precision, double* tokens_per_s) {
    model::TaskModelOptions mo;
    mo.seed = 7;
    auto m = model::make_task_model(xlfuse::model::HeadKind::TokenClassification, config, static_cast<int64_t>(task.labels.size()), mo);
    auto o = train_options(steps, 32, precision);
    o.learning_rate = 5e-4;
    o.warmup_ratio = 0.1;
    *tokens_per_s = train::train_task_model(m, train_features, o).tokens_per_second;
    return m;
  };
  auto f1 = [&](model::TaskModel& m, model::Precision precision) {
    predict::EvaluateOptions eo;
    eo.precision = precision;
    return predict::evaluate_model(m, "udpos", dev, tokenizer, eo).value;
  };
  auto raw = [&](model::TaskModel& m, model::Precision precision) {
    predict::InferenceOptions io;
    io.precision = precision;
    return predict::run_inference(m, task, dev_features, io);
  };

  for (auto _ : state) {
    double tps_fp32 = 0, tps_bf16 = 0;
    auto a = train_model(model::Precision::Float32, &tps_fp32);
    const double a32 = f1(a, model::Precision::Float32), a16 = f1(a, model::Precision::BFloat16);
    const double agree = tag_agreement(raw(a, model::Precision::Float32), raw(a, model::Precision::BFloat16),
                                       dev_features, task.labels.size());
    auto b = train_model(model::Precision::BFloat16, &tps_bf16);
    const double b32 = f1(b, model::Precision::Float32), b16 = f1(b, model::Precision::BFloat16);
    state.counters["steps"] = static_cast<double>(steps);
    state.counters["f1_fp32train_fp32eval"] = a32;
    state.counters["f1_fp32train_bf16eval"] = a16;
    state.counters["f1_diff_eval"] = a16 - a32;
    state.counters["tag_agreement_pct"] = agree;
    state.counters["f1_bf16train_fp32eval"] = b32;
    state.counters["f1_bf16train_bf16eval"] = b16;
    state.counters["f1_diff_train"] = b32 - a32;
    state.counters["train_tok_s_fp32"] = tps_fp32;
    state.counters["train_tok_s_bf16"] = tps_bf16;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--peak-memory-child") return peak_memory_child(argv[2], argv[3]);
  if (!xlfuse::bench::init_throughput_benchmark(&argc, argv)) return 1;
  const int64_t iterations = xlfuse::bench::env_int("XLFUSE_BENCH_ITERATIONS", 1);
  benchmark::RegisterBenchmark("BM_Train/udpos_train_en", BM_Train, std::string("udpos"), std::string("train"))
      ->Unit(benchmark::kSecond)
      ->UseRealTime()
      ->Iterations(iterations);
  benchmark::RegisterBenchmark("BM_Train/xnli_dev_en", BM_Train, std::string("xnli"), std::string("dev"))
      ->Unit(benchmark::kSecond)
      ->UseRealTime()
      ->Iterations(iterations);
  for (const char* mode : {"bucketed", "padded128"})
    for (const char* precision : {"fp32", "bf16"})
      benchmark::RegisterBenchmark(fmt::format("BM_TrainStepPeakMemory/udpos_batch32/{}/{}", mode, precision).c_str(),
                                   BM_TrainStepPeakMemory, std::string(mode), std::string(precision))
          ->Unit(benchmark::kSecond)
          ->UseRealTime()
          ->Iterations(1);
  benchmark::RegisterBenchmark("BM_Bf16ScoreEffect/udpos_en", BM_Bf16ScoreEffect)
      ->Unit(benchmark::kSecond)
      ->UseRealTime()
      ->Iterations(1);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
