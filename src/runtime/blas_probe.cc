#include "xlfuse/runtime/blas_probe.h"

#include <dlfcn.h>
#include <link.h>

#include <filesystem>
#include <string>

namespace xlfuse::runtime {
namespace {

std::string resolve_path(const std::string& path) {
  if (path.empty()) return path;
  std::error_code ec;
  auto resolved = std::filesystem::canonical(path, ec);
  return ec ? path : resolved.string();
}

bool contains(const std::string& haystack, const char* needle) {
  return haystack.find(needle) != std::string::npos;
}

// OpenBLAS exports these; they exist only if some loaded object defines them.
template <typename Fn>
Fn find_symbol(const char* name) {
  return reinterpret_cast<Fn>(dlsym(RTLD_DEFAULT, name));
}

// Only BLAS-related objects are listed in the report.
bool is_blas_related(const std::string& name) {
  std::string file = std::filesystem::path(name).filename().string();
  for (const char* key : {"blas", "lapack", "mkl", "dnnl", "blis", "atlas"})
    if (contains(file, key)) return true;
  return false;
}

int collect_loaded(struct dl_phdr_info* info, size_t, void* data) {
  auto* out = static_cast<std::vector<std::string>*>(data);
  std::string name = info->dlpi_name ? info->dlpi_name : "";
  if (!name.empty() && is_blas_related(name)) {
    std::string resolved = resolve_path(name);
    out->push_back(resolved == name ? name : name + " -> " + resolved);
  }
  return 0;
}

BlasKind classify(const std::string& resolved, int openblas_parallel) {
  if (resolved.empty()) return BlasKind::Unknown;
  if (contains(resolved, "mkl")) return BlasKind::Mkl;
  if (contains(resolved, "openblas")) {
    if (contains(resolved, "openblas-openmp")) return BlasKind::OpenblasOpenmp;
    if (contains(resolved, "openblas-pthread")) return BlasKind::OpenblasPthread;
    if (contains(resolved, "openblas-serial")) return BlasKind::OpenblasSerial;
    switch (openblas_parallel) {  // a non-Debian OpenBLAS build: ask it
      case 0: return BlasKind::OpenblasSerial;
      case 1: return BlasKind::OpenblasPthread;
      case 2: return BlasKind::OpenblasOpenmp;
      default: return BlasKind::Unknown;
    }
  }
  // Debian's reference BLAS (netlib) lives in .../blas/libblas.so.3.x.
  std::string file = std::filesystem::path(resolved).filename().string();
  if (contains(resolved, "/blas/") || file.rfind("libblas.so", 0) == 0) return BlasKind::Reference;
  return BlasKind::Unknown;
}

}  // namespace

std::string to_string(BlasKind kind) {
  switch (kind) {
    case BlasKind::OpenblasOpenmp: return "openblas-openmp";
    case BlasKind::OpenblasPthread: return "openblas-pthread";
    case BlasKind::OpenblasSerial: return "openblas-serial";
    case BlasKind::Reference: return "reference";
    case BlasKind::Mkl: return "mkl";
    case BlasKind::Unknown: return "unknown";
  }
  return "unknown";
}

BlasInfo probe_blas() {
  BlasInfo info;
  dl_iterate_phdr(collect_loaded, &info.loaded);

  if (void* sgemm = dlsym(RTLD_DEFAULT, "sgemm_")) {
    Dl_info where{};
    if (dladdr(sgemm, &where) != 0 && where.dli_fname) {
      info.provider = where.dli_fname;
      info.provider_resolved = resolve_path(info.provider);
    }
  }
  int parallel = -1;
  using IntFn = int (*)();
  using StrFn = char* (*)();
  if (auto get_parallel = find_symbol<IntFn>("openblas_get_parallel")) parallel = get_parallel();
  if (auto get_config = find_symbol<StrFn>("openblas_get_config")) {
    if (const char* s = get_config()) info.openblas_config = s;
  }
  if (auto get_core = find_symbol<StrFn>("openblas_get_corename")) {
    if (const char* s = get_core()) info.openblas_core = s;
  }
  if (const char* env = std::getenv("OPENBLAS_CORETYPE")) info.openblas_coretype_env = env;
  info.kind = classify(info.provider_resolved, parallel);
  // OpenBLAS may be loaded while another library serves sgemm_ (e.g. the reference libblas.so.3
  // selected while libtorch also pulls in libopenblas.so.0): its details would then mislead.
  if (info.kind != BlasKind::OpenblasOpenmp && info.kind != BlasKind::OpenblasPthread &&
      info.kind != BlasKind::OpenblasSerial) {
    info.openblas_config.clear();
    info.openblas_core.clear();
  }
  return info;
}

CpuFeatures detect_cpu_features() {
  __builtin_cpu_init();
  CpuFeatures f;
  f.avx2 = __builtin_cpu_supports("avx2");
  f.fma = __builtin_cpu_supports("fma");
  f.avx512f = __builtin_cpu_supports("avx512f");
  f.avx512bw = __builtin_cpu_supports("avx512bw");
  f.avx512vnni = __builtin_cpu_supports("avx512vnni");
  f.avx512bf16 = __builtin_cpu_supports("avx512bf16");
  return f;
}

}  // namespace xlfuse::runtime
