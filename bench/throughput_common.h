#pragma once
// Shared by bench_infer_throughput.cc and bench_train_throughput.cc: the real UD-POS / XNLI English
// features (mBERT vocabulary, data::make_task_features), the BERT-base / mBERT configuration, and
// the XTREME-style "pad every example to 128" batches that the bucketed ones are compared with.
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <numeric>
#include <string>
#include <unistd.h>
#include <vector>

#include <benchmark/benchmark.h>
#include <torch/torch.h>

#include "xlfuse/data/batching.h"
#include "xlfuse/data/feature.h"
#include "xlfuse/data/task_features.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/runtime/threads.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/text/vocab.h"

namespace xlfuse::bench {

namespace fs = std::filesystem;

// The XTREME scripts pad every example to this length.
constexpr int64_t kXtremeLength = 128;

inline int bench_threads() {
  if (const char* env = std::getenv("XLFUSE_BENCH_THREADS"); env && *env) return std::max(1, std::atoi(env));
  return 2;
}

// An integer from the environment, or `fallback`.
inline int64_t env_int(const char* name, int64_t fallback) {
  if (const char* env = std::getenv(name); env && *env) return std::max<int64_t>(1, std::atoll(env));
  return fallback;
}

// $XLFUSE_SHARED_DIR, else ../shared beside the source tree; empty when absent.
inline fs::path shared_dir() {
  fs::path dir = XLFUSE_DEFAULT_SHARED_DIR;
  if (const char* env = std::getenv("XLFUSE_SHARED_DIR"); env && *env) dir = env;
  if (!fs::is_directory(dir / "data/xtreme") || !fs::is_regular_file(dir / "data/mbert/vocab.txt")) return {};
  return dir;
}

inline std::string missing_shared_message() {
  return "SKIPPED: needs ../shared/data (xtreme/ and mbert/vocab.txt); set XLFUSE_SHARED_DIR";
}

inline double peak_rss_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // KiB on Linux
}

inline double current_rss_mib() {
  std::ifstream in("/proc/self/statm");
  long pages = 0, resident = 0;
  in >> pages >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// The mBERT tokenizer (cased, as bert-base-multilingual-cased), loaded once.
inline const text::BertTokenizer& mbert_tokenizer(const fs::path& shared) {
  static const auto tokenizer =
      std::make_unique<text::BertTokenizer>(text::Vocab::load((shared / "data/mbert/vocab.txt").string()));
  return *tokenizer;
}

// Features of (task, split, "en") at the task's XTREME length (128), cached per (task, split).
inline const std::vector<data::Feature>& task_features(const fs::path& shared, const std::string& task,
                                                       const std::string& split) {
  static std::map<std::string, std::vector<data::Feature>> cache;
  const std::string key = task + "/" + split;
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  const data::Dataset dataset = data::read_task(shared / "data/xtreme", task, split, "en");
  auto features = data::make_task_features(data::task_info(task), dataset, mbert_tokenizer(shared));
  return cache.emplace(key, std::move(features)).first->second;
}

inline double mean_length(const std::vector<data::Feature>& features) {
  double sum = 0;
  for (const auto& f : features) sum += static_cast<double>(f.length());
  return features.empty() ? 0.0 : sum / static_cast<double>(features.size());
}

// BERT-base (12 layers, hidden 768, 12 heads, intermediate 3072) with the mBERT vocabulary.
inline io::BertConfig bert_base_config(int64_t vocab_size) {
  io::BertConfig c;
  c.vocab_size = vocab_size;
  c.hidden_size = 768;
  c.num_hidden_layers = 12;
  c.num_attention_heads = 12;
  c.intermediate_size = 3072;
  return c;
}

// Batches of `features` as prediction forms them (sorted by length, no shuffling), then `count`
// of them spread evenly over the length range (all of them when count >= the number of batches).
inline std::vector<std::vector<int64_t>> spread_sorted_batches(const std::vector<data::Feature>& features,
                                                                int64_t batch_size, int64_t count) {
  std::vector<int64_t> lengths;
  for (const auto& f : features) lengths.push_back(static_cast<int64_t>(f.length()));
  data::SamplerOptions sampler;
  sampler.batch_size = batch_size;
  sampler.shuffle = false;
  sampler.bucket_by_length = true;
  auto all = data::make_batches(lengths, sampler);
  // Full batches only, so that every configuration runs the same batch size.
  if (!all.empty() && static_cast<int64_t>(all.back().size()) < batch_size) all.pop_back();
  const auto n = static_cast<int64_t>(all.size());
  if (count >= n) return all;
  std::vector<std::vector<int64_t>> out;
  for (int64_t i = 0; i < count; ++i) out.push_back(all[static_cast<size_t>((2 * i + 1) * n / (2 * count))]);
  return out;
}

// `batch` re-laid out to `width` columns (XTREME: every example padded to max_seq_length), with
// attention mask 0 and ignored labels on the new positions; real_tokens is unchanged.
inline data::Batch pad_to_width(const data::Batch& batch, int64_t width, int32_t pad_id) {
  if (width <= batch.width) return batch;
  data::Batch out = batch;
  out.width = width;
  auto relayout = [&](const std::vector<int64_t>& in, std::vector<int64_t>& dst, int64_t fill) {
    if (in.empty()) return;
    dst.assign(static_cast<size_t>(batch.rows * width), fill);
    for (int64_t r = 0; r < batch.rows; ++r)
      std::copy_n(in.begin() + r * batch.width, batch.width, dst.begin() + r * width);
  };
  relayout(batch.input_ids, out.input_ids, pad_id);
  relayout(batch.type_ids, out.type_ids, 0);
  relayout(batch.attention_mask, out.attention_mask, 0);
  relayout(batch.token_labels, out.token_labels, data::kIgnoreIndex);
  return out;
}

// The features with input_ids extended to `width` by pad tokens (for training through the trainer,
// which pads each batch to its longest feature: every batch then has `width` columns, the
// arithmetic of XTREME's padded batches). The added positions count as attended tokens (the
// trainer's collate marks every feature position real); that changes no cost, and real tokens are
// counted from the original features.
inline std::vector<data::Feature> padded_features(const std::vector<data::Feature>& features, int64_t width,
                                                  int32_t pad_id) {
  std::vector<data::Feature> out = features;
  for (auto& f : out) {
    const auto n = static_cast<size_t>(width);
    if (f.input_ids.size() >= n) continue;
    if (!f.token_labels.empty()) f.token_labels.resize(n, data::kIgnoreIndex);
    f.type_ids.resize(n, 0);
    f.input_ids.resize(n, pad_id);
  }
  return out;
}

// A batch as the model's inputs; the tensors alias the batch's buffers (keep it alive).
inline model::TaskInputs batch_inputs(data::Batch& batch) {
  auto wrap = [&](std::vector<int64_t>& v) {
    return torch::from_blob(v.data(), {batch.rows, batch.width}, torch::kLong);
  };
  model::TaskInputs in;
  in.input_ids = wrap(batch.input_ids);
  in.attention_mask = wrap(batch.attention_mask);
  in.token_type_ids = wrap(batch.type_ids);
  return in;
}

// The head XTREME fine-tunes for the task and its label count.
struct HeadSpec {
  std::string kind;
  int64_t labels = 0;
};
inline HeadSpec head_for(const std::string& task) {
  const auto& info = data::task_info(task);
  const auto labels = static_cast<int64_t>(info.labels.size());
  if (info.kind == data::TaskKind::Tagging) return {"token_classification", labels};
  return {"sequence_classification", labels};
}

// The counters both throughput benchmarks report: real tokens/s of the four configurations and
// their ratios. rate(p, padded): p = 0 fp32, 1 bf16; padded = 1 padded to 128, 0 bucketed.
template <typename Rate>
void set_rate_counters(benchmark::State& state, const Rate& rate) {
  state.counters["fp32_padded_tok_s"] = rate(0, 1);
  state.counters["fp32_bucketed_tok_s"] = rate(0, 0);
  state.counters["bf16_padded_tok_s"] = rate(1, 1);
  state.counters["bf16_bucketed_tok_s"] = rate(1, 0);
  state.counters["fp32_bucket_x"] = rate(0, 0) / rate(0, 1);
  state.counters["bf16_bucket_x"] = rate(1, 0) / rate(1, 1);
  state.counters["bf16_x_padded"] = rate(1, 1) / rate(0, 1);
  state.counters["bf16_x_bucketed"] = rate(1, 0) / rate(0, 0);
}

// Start-up shared by the throughput benchmarks: the allocator as xlfuse's main() sets it (unless
// XLFUSE_BENCH_DEFAULT_MALLOC=1), Google Benchmark's flags, the thread count and the context lines.
// False on unrecognised arguments.
inline bool init_throughput_benchmark(int* argc, char** argv) {
  const char* default_malloc = std::getenv("XLFUSE_BENCH_DEFAULT_MALLOC");
  const bool tuned_malloc = !(default_malloc && *default_malloc && std::string(default_malloc) != "0");
  if (tuned_malloc) runtime::configure_allocator();
  benchmark::Initialize(argc, argv);
  if (benchmark::ReportUnrecognizedArguments(*argc, argv)) return false;
  runtime::set_threads(bench_threads());
  benchmark::AddCustomContext("xlfuse_threads", std::to_string(bench_threads()));
  benchmark::AddCustomContext("malloc", tuned_malloc ? "configure_allocator()" : "glibc defaults");
  const char* coretype = std::getenv("OPENBLAS_CORETYPE");
  benchmark::AddCustomContext("OPENBLAS_CORETYPE", coretype ? coretype : "(unset)");
  return true;
}

}  // namespace xlfuse::bench
