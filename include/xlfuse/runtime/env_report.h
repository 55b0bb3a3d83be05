#pragma once
// What `xlfuse env` (and run.json) reports about the machine: versions, threads, the BLAS loaded
// and its measured sgemm rate, CPU features, and warnings about slow setups with their fixes.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "xlfuse/runtime/blas_probe.h"

namespace xlfuse::runtime {

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
  // CUDA GPUs this libtorch can use (0 for a CPU-only libtorch such as Debian's): --device cuda.
  int cuda_devices = 0;
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

}  // namespace xlfuse::runtime
