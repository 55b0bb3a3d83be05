#include "xlfuse/runtime/env_report.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>

#include <ATen/Config.h>
#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <fmt/format.h>
#include <torch/cuda.h>
#include <torch/torch.h>
#include <torch/version.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/threads.h"
#include "xlfuse/core/version.h"
#include "xlfuse/runtime/threads.h"
#include "xlfuse/runtime/device.h"

namespace xlfuse::runtime {
namespace {

bool contains(const std::string& haystack, const char* needle) { return haystack.find(needle) != std::string::npos; }

std::string read_cpu_model() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) != 0) continue;
    auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string value = line.substr(colon + 1);
    auto first = value.find_first_not_of(" \t");
    return first == std::string::npos ? std::string() : value.substr(first);
  }
  return {};
}

std::string yes_no(bool b) { return b ? "yes" : "no"; }

}  // namespace

void EnvOptions::validate() const {
  if (threads < 0) throw ConfigError("env: threads must be >= 0 (0 = all cores), got " + std::to_string(threads));
  if (measure_sgemm && !(sgemm_seconds > 0.0 && sgemm_seconds <= 60.0))
    throw ConfigError("env: sgemm_seconds must be in (0, 60], got " + std::to_string(sgemm_seconds));
}

double measure_sgemm_gflops(int64_t m, int64_t k, int64_t n, double seconds) {
  if (m <= 0 || k <= 0 || n <= 0) throw std::invalid_argument("measure_sgemm_gflops: sizes must be positive");
  torch::NoGradGuard no_grad;
  auto opts = torch::TensorOptions().dtype(torch::kFloat32);
  torch::Tensor a = torch::rand({m, k}, opts);
  torch::Tensor b = torch::rand({k, n}, opts);
  torch::Tensor c = torch::empty({m, n}, opts);
  torch::mm_out(c, a, b);  // warm-up: BLAS thread pool, page faults of c
  using Clock = std::chrono::steady_clock;
  int64_t calls = 0;
  auto start = Clock::now();
  double elapsed = 0.0;
  while (calls < 2 || elapsed < seconds) {
    torch::mm_out(c, a, b);
    ++calls;
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  }
  return 2.0 * static_cast<double>(m) * k * n * calls / elapsed / 1e9;
}

std::vector<std::string> env_warnings(const EnvReport& r) {
  std::vector<std::string> w;
  if (r.blas.kind == BlasKind::Reference)
    w.push_back(
        "slow reference BLAS in use (" + r.blas.provider_resolved +
        "): run `make deps` or `sudo update-alternatives --set libblas.so.3-x86_64-linux-gnu "
        "/usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3`");
  if (r.blas.kind == BlasKind::Unknown)
    w.push_back("could not identify the BLAS serving sgemm_ (" +
                (r.blas.provider_resolved.empty() ? std::string("no sgemm_ symbol found") : r.blas.provider_resolved) +
                "); check the measured sgemm rate");
  if (r.blas.kind == BlasKind::OpenblasPthread && r.openmp && r.threads > 1)
    w.push_back(
        "OpenBLAS-pthread beside OpenMP-parallel libtorch can oversubscribe cores; prefer "
        "libopenblas0-openmp (`make deps`)");
  if (!r.blas.openblas_core.empty() && !r.blas.openblas_coretype_env.empty() && r.cpu.avx512f) {
    std::string core = r.blas.openblas_core;
    std::transform(core.begin(), core.end(), core.begin(), [](unsigned char c) { return std::tolower(c); });
    if (!contains(core, "skylakex") && !contains(core, "cooperlake") && !contains(core, "sapphire"))
      w.push_back("OPENBLAS_CORETYPE=" + r.blas.openblas_coretype_env + " makes OpenBLAS use " +
                  r.blas.openblas_core +
                  " (AVX2) kernels on a CPU with AVX-512; unset it to let OpenBLAS pick its AVX-512 kernels "
                  "(often much faster sgemm)");
  }
  if (r.threads == 1 && r.cores > 1)
    w.push_back("running on 1 thread of " + std::to_string(r.cores) +
                " cores: pass --threads 0 (all cores) or --threads N");
  if (r.threads > r.cores && r.cores > 0)
    w.push_back(std::to_string(r.threads) + " threads on " + std::to_string(r.cores) +
                " cores oversubscribes the CPU and is usually slower");
  if (r.sgemm_gflops >= 0.0 && r.sgemm_gflops < kSlowSgemmGflopsPerThread * std::max(1, r.threads))
    w.push_back(fmt::format("sgemm measured {:.1f} GFLOP/s on {} thread(s), below {:.0f} GFLOP/s per thread: "
                            "a slow BLAS or a busy machine",
                            r.sgemm_gflops, r.threads, kSlowSgemmGflopsPerThread));
  return w;
}

EnvReport collect_env_report(const EnvOptions& options) {
  options.validate();
  set_threads(options.threads);
  EnvReport r;
  r.xlfuse_version = version();
  r.torch_version = TORCH_VERSION;
  r.threads = current_threads();
  r.interop_threads = at::get_num_interop_threads();
  r.cores = available_cores();
  r.openmp = AT_PARALLEL_OPENMP == 1;
  r.mkldnn = at::hasMKLDNN();
  r.mkl = at::hasMKL();
  r.cuda_devices = cuda_available() ? static_cast<int>(torch::cuda::device_count()) : 0;
  r.blas = probe_blas();
  r.cpu_model = read_cpu_model();
  r.cpu = detect_cpu_features();
  if (options.measure_sgemm) r.sgemm_gflops = measure_sgemm_gflops(4096, 768, 3072, options.sgemm_seconds);
  r.warnings = env_warnings(r);
  return r;
}

nlohmann::json to_json(const EnvReport& r) {
  nlohmann::json j;
  j["xlfuse_version"] = r.xlfuse_version;
  j["torch_version"] = r.torch_version;
  j["threads"] = r.threads;
  j["interop_threads"] = r.interop_threads;
  j["cores"] = r.cores;
  j["openmp"] = r.openmp;
  j["blas"] = {{"kind", to_string(r.blas.kind)},
               {"provider", r.blas.provider},
               {"provider_resolved", r.blas.provider_resolved},
               {"openblas_config", r.blas.openblas_config},
               {"openblas_core", r.blas.openblas_core},
               {"openblas_coretype_env", r.blas.openblas_coretype_env},
               {"loaded", r.blas.loaded}};
  j["sgemm_gflops"] = r.sgemm_gflops >= 0.0 ? nlohmann::json(r.sgemm_gflops) : nlohmann::json(nullptr);
  j["sgemm_shape"] = "[4096,768]x[768,3072] float32";
  j["mkldnn"] = r.mkldnn;
  j["mkl"] = r.mkl;
  j["cuda_devices"] = r.cuda_devices;
  j["cpu"] = {{"model", r.cpu_model},
              {"avx2", r.cpu.avx2},
              {"fma", r.cpu.fma},
              {"avx512f", r.cpu.avx512f},
              {"avx512bw", r.cpu.avx512bw},
              {"avx512vnni", r.cpu.avx512vnni},
              {"avx512bf16", r.cpu.avx512bf16}};
  j["warnings"] = r.warnings;
  return j;
}

std::string format_env_report(const EnvReport& r) {
  std::ostringstream o;
  auto line = [&o](const char* key, const std::string& value) {
    o << fmt::format("{:<18}{}\n", key, value);
  };
  line("xlfuse", r.xlfuse_version);
  line("libtorch", r.torch_version);
  line("threads", fmt::format("{} intra-op, {} inter-op ({} cores available)", r.threads, r.interop_threads, r.cores));
  line("openmp", yes_no(r.openmp));
  std::string blas = to_string(r.blas.kind);
  if (!r.blas.provider_resolved.empty()) blas += " (" + r.blas.provider_resolved + ")";
  line("blas", blas);
  if (!r.blas.openblas_config.empty())
    line("openblas", r.blas.openblas_config + " core=" + r.blas.openblas_core +
                         (r.blas.openblas_coretype_env.empty() ? std::string()
                                                               : " (OPENBLAS_CORETYPE=" + r.blas.openblas_coretype_env + ")"));
  for (const auto& lib : r.blas.loaded) line("  loaded", lib);
  line("sgemm", r.sgemm_gflops >= 0.0
                    ? fmt::format("{:.1f} GFLOP/s ([4096,768]x[768,3072] float32, {} threads)", r.sgemm_gflops, r.threads)
                    : std::string("not measured"));
  line("mkldnn/onednn", yes_no(r.mkldnn));
  line("mkl", yes_no(r.mkl));
  line("cuda devices", std::to_string(r.cuda_devices) + (r.cuda_devices ? "" : " (--device cpu only; docs/gpu.md)"));
  line("cpu", r.cpu_model.empty() ? std::string("unknown") : r.cpu_model);
  line("cpu features", fmt::format("avx2={} fma={} avx512f={} avx512bw={} avx512vnni={} avx512bf16={}",
                                   yes_no(r.cpu.avx2), yes_no(r.cpu.fma), yes_no(r.cpu.avx512f),
                                   yes_no(r.cpu.avx512bw), yes_no(r.cpu.avx512vnni), yes_no(r.cpu.avx512bf16)));
  if (r.warnings.empty()) {
    line("warnings", "none");
  } else {
    for (const auto& w : r.warnings) line("warning", w);
  }
  return o.str();
}

}  // namespace xlfuse::runtime
