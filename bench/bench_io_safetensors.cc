// Safetensors reading speed and memory: read_f32 throughput of a ~200 MB F32 file and of the same
// values stored as BF16, and the resident memory after open() and after reading everything.
// The files are written to a temporary directory by the benchmark itself (and removed at exit).
//
//   build/bench/bench_io_safetensors
//
// Throughput counts the F32 bytes produced (numel * 4), so F32 and BF16 figures compare directly.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "xlfuse/io/atomic_file.h"
#include "xlfuse/io/safetensors.h"

namespace {

namespace fs = std::filesystem;
using xlfuse::io::SafetensorsFile;

constexpr int64_t kTensors = 50;
constexpr int64_t kRows = 1000;
constexpr int64_t kCols = 1000;  // 50 x 1000 x 1000 floats = 200 MB

struct BenchFiles {
  fs::path dir;
  std::string f32;
  std::string bf16;
  ~BenchFiles() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

std::string tensor_name(int64_t i) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "layer.%02lld.weight", static_cast<long long>(i));
  return buffer;
}

const BenchFiles& bench_files() {
  static BenchFiles files = [] {
    BenchFiles f;
    f.dir = fs::temp_directory_path() / ("xlfuse_bench_io_" + std::to_string(::getpid()));
    fs::create_directories(f.dir);
    f.f32 = (f.dir / "model_f32.safetensors").string();
    f.bf16 = (f.dir / "model_bf16.safetensors").string();

    const size_t per_tensor = static_cast<size_t>(kRows * kCols);
    {
      // Deterministic values in roughly [-0.1, 0.1], like trained weights.
      std::vector<float> values(per_tensor * kTensors);
      uint32_t state = 12345;
      for (float& v : values) {
        state = state * 1664525u + 1013904223u;
        v = (static_cast<float>(state >> 8) / 16777216.0f - 0.5f) * 0.2f;
      }
      std::vector<xlfuse::io::TensorToWrite> tensors;
      for (int64_t i = 0; i < kTensors; ++i) {
        tensors.push_back({tensor_name(i), {kRows, kCols}, values.data() + i * per_tensor});
      }
      xlfuse::io::write_safetensors(f.f32, tensors, {{"format", "pt"}});

      // The same values as BF16 (truncated), written by hand: write_safetensors writes F32 only.
      nlohmann::json header = nlohmann::json::object();
      const size_t bytes = per_tensor * 2;
      for (int64_t i = 0; i < kTensors; ++i) {
        header[tensor_name(i)] = {{"dtype", "BF16"},
                                  {"shape", {kRows, kCols}},
                                  {"data_offsets", {i * bytes, (i + 1) * bytes}}};
      }
      std::string text = header.dump();
      text.append((8 - text.size() % 8) % 8, ' ');
      std::vector<uint16_t> halves(values.size());
      for (size_t i = 0; i < values.size(); ++i) {
        uint32_t bits;
        std::memcpy(&bits, &values[i], 4);
        halves[i] = static_cast<uint16_t>(bits >> 16);
      }
      xlfuse::io::write_file_atomic(f.bf16, [&](std::ostream& out) {
        const uint64_t n = text.size();
        out.write(reinterpret_cast<const char*>(&n), 8);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.write(reinterpret_cast<const char*>(halves.data()),
                  static_cast<std::streamsize>(halves.size() * 2));
      });
    }  // the 300 MB of source values are freed here, before any memory is measured
    return f;
  }();
  return files;
}

const std::string& file_for(int64_t which) {
  return which == 0 ? bench_files().f32 : bench_files().bf16;
}

size_t total_numel(const SafetensorsFile& file) {
  size_t n = 0;
  for (const auto& t : file.tensors()) n += static_cast<size_t>(t.numel());
  return n;
}

void read_all(const SafetensorsFile& file, std::vector<float>& out) {
  float* p = out.data();
  for (const auto& t : file.tensors()) {
    file.read_f32(t, p);
    p += t.numel();
  }
}

// /proc/self/status fields in MB: VmHWM (peak RSS), VmRSS, RssAnon (private memory), RssFile
// (mapped file pages: the page cache, shared and reclaimable, not a copy).
double status_mb(const char* field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  const size_t len = std::strlen(field);
  while (std::getline(in, line)) {
    if (line.compare(0, len, field) == 0 && line.size() > len && line[len] == ':') {
      return std::stod(line.substr(len + 1)) / 1024.0;  // kB -> MB
    }
  }
  return -1;
}

void reset_peak_rss() {
  std::ofstream("/proc/self/clear_refs") << "5";  // Linux >= 4.0: VmHWM := VmRSS
}

// Runs first (registration order), once, so that the peak is not raised by other benchmarks.
void BM_MemoryOpenThenRead(benchmark::State& state) {
  const std::string& path = file_for(state.range(0));
  for (auto _ : state) {
    reset_peak_rss();
    const double base = status_mb("VmHWM");
    const double base_anon = status_mb("RssAnon");
    auto file = SafetensorsFile::open(path);
    state.counters["peak_rss_after_open_MB"] = status_mb("VmHWM") - base;
    std::vector<float> out(total_numel(file));
    read_all(file, out);
    benchmark::DoNotOptimize(out.data());
    state.counters["peak_rss_after_read_MB"] = status_mb("VmHWM") - base;
    state.counters["anon_after_read_MB"] = status_mb("RssAnon") - base_anon;
    state.counters["file_pages_after_read_MB"] = status_mb("RssFile");
    state.counters["output_MB"] = static_cast<double>(out.size() * 4) / (1 << 20);
    state.counters["file_MB"] = static_cast<double>(fs::file_size(path)) / (1 << 20);
  }
}
BENCHMARK(BM_MemoryOpenThenRead)->Arg(0)->Arg(1)->Iterations(1)->Unit(benchmark::kMillisecond);

// open() only: mmap + header validation.
void BM_Open(benchmark::State& state) {
  const std::string& path = file_for(state.range(0));
  for (auto _ : state) {
    auto file = SafetensorsFile::open(path);
    benchmark::DoNotOptimize(file.tensors().data());
  }
}
BENCHMARK(BM_Open)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

// read_f32 of every tensor from an open (already faulted-in) mapping.
void BM_ReadF32(benchmark::State& state) {
  auto file = SafetensorsFile::open(file_for(state.range(0)));
  std::vector<float> out(total_numel(file));
  read_all(file, out);  // fault the mapping and the output in once
  for (auto _ : state) {
    read_all(file, out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(out.size() * sizeof(float)));
  state.SetLabel(state.range(0) == 0 ? "F32" : "BF16");
}
BENCHMARK(BM_ReadF32)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// open + read_f32 of every tensor: what loading a model costs when the file is in the page cache
// (includes the page faults of a fresh mapping).
void BM_OpenAndReadF32(benchmark::State& state) {
  const std::string& path = file_for(state.range(0));
  std::vector<float> out(total_numel(SafetensorsFile::open(path)));  // output faulted in up front
  for (auto _ : state) {
    auto file = SafetensorsFile::open(path);
    read_all(file, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(out.size() * sizeof(float)));
  state.SetLabel(state.range(0) == 0 ? "F32" : "BF16");
}
BENCHMARK(BM_OpenAndReadF32)->Arg(0)->Arg(1)->MinTime(2.0)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  bench_files();  // write the files before anything is timed or measured
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
