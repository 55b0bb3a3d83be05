#pragma once
// Which BLAS serves libtorch's matrix products in this process (the one actually loaded, not the
// one configured), and the CPU features that decide which kernels it can use.
#include <string>
#include <vector>

namespace xlfuse::runtime {

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

}  // namespace xlfuse::runtime
