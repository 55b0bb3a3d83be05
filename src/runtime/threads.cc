#include "xlfuse/runtime/threads.h"

#include <dlfcn.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <exception>
#include <mutex>

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include "xlfuse/core/log.h"
#include "xlfuse/core/threads.h"

namespace xlfuse::runtime {
namespace {

std::once_flag g_interop_once;

// OpenBLAS exports these; they exist only if some loaded object defines them.
template <typename Fn>
Fn find_symbol(const char* name) {
  return reinterpret_cast<Fn>(dlsym(RTLD_DEFAULT, name));
}

}  // namespace

void set_threads(int requested) {
  int n = resolve_threads(requested);
  // The inter-op pool can be sized only before it is first used; do it once, and never fail a
  // command over it (the pool matters only for torch::jit::fork-style parallelism).
  std::call_once(g_interop_once, [n] {
    try {
      at::set_num_interop_threads(n);
    } catch (const std::exception& e) {
      XLFUSE_LOG_DEBUG("[runtime] inter-op threads left at {}: {}", at::get_num_interop_threads(), e.what());
    }
  });
  torch::set_num_threads(n);
  // An OpenBLAS built with pthreads keeps its own pool, which libtorch does not size; the OpenMP
  // build follows omp_set_num_threads (set above), and this call is harmless there.
  using SetFn = void (*)(int);
  if (auto set_openblas = find_symbol<SetFn>("openblas_set_num_threads")) set_openblas(n);
  XLFUSE_LOG_DEBUG("[runtime] threads={} (requested {})", n, requested);
}

int current_threads() { return torch::get_num_threads(); }

bool configure_allocator(size_t trim_threshold_bytes, size_t top_pad_bytes) {
#if defined(__GLIBC__)
  auto clamp = [](size_t v) { return static_cast<int>(std::min<size_t>(v, static_cast<size_t>(INT_MAX))); };
  bool ok = mallopt(M_MMAP_MAX, 0) == 1;
  ok = mallopt(M_TRIM_THRESHOLD, clamp(trim_threshold_bytes)) == 1 && ok;
  ok = mallopt(M_TOP_PAD, clamp(top_pad_bytes)) == 1 && ok;
  return ok;
#else
  (void)trim_threshold_bytes;
  (void)top_pad_bytes;
  return false;
#endif
}

}  // namespace xlfuse::runtime
