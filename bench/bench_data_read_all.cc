// Reads every (task, split, language) of the XTREME download/ folder once, as `xlfuse data check`
// does: wall time, examples, bytes and the process's peak RSS. Data folder: $XLFUSE_DATA_DIR, else
// ../shared/data/xtreme.
//   build-data/bench/bench_data_read_all --benchmark_counters_tabular=true
#include <sys/resource.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include <benchmark/benchmark.h>

#include "xlfuse/data/task_features.h"
#include "xlfuse/data/task_files.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/text/vocab.h"

namespace {
namespace fs = std::filesystem;
using namespace xlfuse::data;

fs::path data_dir() {
  if (const char* env = std::getenv("XLFUSE_DATA_DIR"); env && *env) return env;
  return fs::path(XLFUSE_DEFAULT_SHARED_DIR) / "data/xtreme";
}

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

// Reads every dataset of `tasks` once; counters: datasets, examples, MiB read, peak RSS.
void read_tasks(benchmark::State& state, const std::vector<std::string>& tasks) {
  const fs::path dir = data_dir();
  if (!fs::is_directory(dir)) {
    state.SkipWithError(("no data folder at " + dir.string()).c_str());
    return;
  }
  double datasets = 0, examples = 0, bytes = 0;
  for (auto _ : state) {
    datasets = examples = bytes = 0;
    for (const auto& name : tasks) {
      const TaskInfo& task = task_info(name);
      for (const DataFiles& files : available(dir, task)) {
        Dataset d = reader(task.reader)(task, files);
        datasets += 1;
        examples += static_cast<double>(d.size());
        for (const auto& f : d.files) bytes += static_cast<double>(fs::file_size(f));
        benchmark::DoNotOptimize(d);
      }
    }
  }
  state.counters["datasets"] = datasets;
  state.counters["examples"] = examples;
  state.counters["MiB"] = bytes / (1024.0 * 1024.0);
  state.counters["MiB/s"] = benchmark::Counter(bytes / (1024.0 * 1024.0), benchmark::Counter::kIsRate);
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}

void bench_data_read_all(benchmark::State& state) { read_tasks(state, task_names()); }

// Reads and featurises every dataset (mBERT vocabulary, each task's XTREME default length):
// features, real tokens, and the peak RSS with all features of one dataset alive at a time.
void bench_data_featurize_all(benchmark::State& state) {
  const fs::path dir = data_dir();
  const fs::path vocab = fs::path(XLFUSE_DEFAULT_SHARED_DIR) / "data/mbert/vocab.txt";
  if (!fs::is_directory(dir) || !fs::exists(vocab)) {
    state.SkipWithError(("no data folder or vocabulary at " + dir.string()).c_str());
    return;
  }
  const xlfuse::text::BertTokenizer tokenizer(xlfuse::text::Vocab::load(vocab.string()));
  double datasets = 0, features = 0, tokens = 0;
  for (auto _ : state) {
    datasets = features = tokens = 0;
    for (const auto& name : task_names()) {
      const TaskInfo& task = task_info(name);
      for (const DataFiles& files : available(dir, task)) {
        Dataset d = reader(task.reader)(task, files);
        auto f = make_task_features(task, d, tokenizer);
        datasets += 1;
        features += static_cast<double>(f.size());
        for (const auto& x : f) tokens += static_cast<double>(x.length());
        benchmark::DoNotOptimize(f);
      }
    }
  }
  state.counters["datasets"] = datasets;
  state.counters["features"] = features;
  state.counters["tokens"] = tokens;
  state.counters["tokens/s"] = benchmark::Counter(tokens, benchmark::Counter::kIsRate);
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}

void bench_data_read_task(benchmark::State& state, std::string task) { read_tasks(state, {task}); }

}  // namespace

int main(int argc, char** argv) {
  benchmark::RegisterBenchmark("bench_data_read_all", bench_data_read_all)
      ->Iterations(1)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
  benchmark::RegisterBenchmark("bench_data_featurize_all", bench_data_featurize_all)
      ->Iterations(1)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
  for (const char* t : {"xnli", "pawsx", "udpos", "panx", "xquad", "mlqa", "tydiqa", "tatoeba", "xcopa", "lareqa",
                        "siqa", "commonsenseqa"})
    benchmark::RegisterBenchmark((std::string("bench_data_read_task/") + t).c_str(), bench_data_read_task, std::string(t))
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
