#pragma once
// The libtorch runtime as the process sees it: the compute thread count, and an environment
// report (`xlfuse env`, run.json) naming the BLAS actually loaded, its measured sgemm rate, CPU
// features, and warnings about slow setups. No libtorch types in this header.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace xlfuse::model {

// Sets libtorch's intra-op thread count (torch::set_num_threads, which also drives OpenMP and so
// OpenBLAS-openmp). `requested` <= 0 means all cores (xlfuse::resolve_threads). The inter-op pool
// is sized once per process, on the first call; later calls change only the intra-op count.
// libtorch's default here is 1 thread, so every command calls this.
void set_threads(int requested);

// libtorch's current intra-op thread count.
int current_threads();

// Tunes glibc malloc so that large freed tensors are reused instead of returned to the kernel.
// By default glibc serves blocks above its (dynamic, at most 32 MiB) mmap threshold with a fresh
// mmap and unmaps them on free, so every [B*T, intermediate] activation (50 MB for batch 32 x 128
// in BERT-base) page-faults all of its pages again (over 500k minor faults per forward). This
// disables mmap-served blocks (M_MMAP_MAX = 0: big blocks come from the heap and stay there after
// free), keeps up to `trim_threshold_bytes` of free heap top instead of trimming it, and grows the
// heap in `top_pad_bytes` steps. Cost: the process keeps its peak heap resident. Call once, early
// in main(), before threads start. Returns false where the allocator is not glibc's or refused a
// setting; never throws.
bool configure_allocator(size_t trim_threshold_bytes = size_t{1} << 30, size_t top_pad_bytes = size_t{64} << 20);

// The BLAS library that serves sgemm_ in this process.
enum class BlasKind { OpenblasOpenmp, OpenblasPthread, OpenblasSerial, Reference, Mkl, Unknown };
std::string to_string(BlasKind kind);

// What the BLAS probe found.
struct BlasInfo {
  // Classification of the library serving sgemm_.
  BlasKind kind = BlasKind::Unknown;
  // Path of the object that defines sgemm_, as the dynamic loader named it.
  std::string provider;
  // The same path with symlinks resolved (e.g. .../openblas-openmp/libblas.so.3).
  std::string provider_resolved;
  // OpenBLAS's own build description (openblas_get_config), empty if not OpenBLAS.
  std::string openblas_config;
  // OpenBLAS's kernel for this CPU (openblas_get_corename), empty if not OpenBLAS.
  std::string openblas_core;
  // The OPENBLAS_CORETYPE environment variable, which overrides OpenBLAS's CPU detection.
  std::string openblas_coretype_env;
  // Every BLAS/LAPACK/MKL/oneDNN object loaded in the process: "loaded-name -> resolved-path".
  std::vector<std::string> loaded;
};

// Walks the loaded objects (dl_iterate_phdr) and asks the loader which one defines sgemm_.
BlasInfo probe_blas();

// CPU features from __builtin_cpu_supports.
struct CpuFeatures {
  bool avx2 = false;
  bool fma = false;
  bool avx512f = false;
  bool avx512bw = false;
  bool avx512vnni = false;
  bool avx512bf16 = false;
};
CpuFeatures detect_cpu_features();

// Options for collect_env_report.
struct EnvOptions {
  // Threads to set before measuring (0 = all cores, as for every command).
  int threads = 0;
  // Whether to time an sgemm (takes about sgemm_seconds plus a warm-up).
  bool measure_sgemm = true;
  // Seconds of timed sgemm calls after one warm-up call.
  double sgemm_seconds = 0.3;
  void validate() const;  // throws ConfigError naming the field
};

// What `xlfuse env` prints.
struct EnvReport {
  // xlfuse's version.
  std::string xlfuse_version;
  // libtorch's version (TORCH_VERSION from torch/version.h at build time).
  std::string torch_version;
  // Intra-op threads in use after applying EnvOptions::threads.
  int threads = 0;
  // Inter-op threads.
  int interop_threads = 0;
  // Cores available to this process (affinity mask).
  int cores = 0;
  // libtorch's parallel backend is OpenMP.
  bool openmp = false;
  // The BLAS found in the process.
  BlasInfo blas;
  // Measured torch::mm rate on [4096,768]x[768,3072] in GFLOP/s; negative when not measured.
  double sgemm_gflops = -1.0;
  // libtorch was built with MKL-DNN / oneDNN (at::hasMKLDNN()).
  bool mkldnn = false;
  // libtorch was built with MKL (at::hasMKL()).
  bool mkl = false;
  // "model name" from /proc/cpuinfo; empty if unreadable.
  std::string cpu_model;
  // CPU features.
  CpuFeatures cpu;
  // Slow or surprising setups, one sentence each, with the fix where there is one.
  std::vector<std::string> warnings;
};

// Below this sgemm rate per thread (GFLOP/s) the report warns: an optimised BLAS on any x86-64
// core with AVX2 does several times more, the reference BLAS about 5.
inline constexpr double kSlowSgemmGflopsPerThread = 10.0;

// Sets the threads, probes BLAS and CPU, optionally times sgemm, and derives the warnings.
EnvReport collect_env_report(const EnvOptions& options);

// Times torch::mm on [m,k]x[k,n] float32 matrices (one warm-up call, then calls until `seconds`
// have passed, at least two) and returns GFLOP/s (2*m*k*n per call).
double measure_sgemm_gflops(int64_t m, int64_t k, int64_t n, double seconds);

// The warnings for a report (used by collect_env_report; exposed for tests).
std::vector<std::string> env_warnings(const EnvReport& report);

nlohmann::json to_json(const EnvReport& report);
// A readable multi-line report.
std::string format_env_report(const EnvReport& report);

}  // namespace xlfuse::model
