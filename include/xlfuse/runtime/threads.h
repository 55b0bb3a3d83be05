#pragma once
// The compute threads and the allocator of the process, set once by every command. No libtorch
// types in this header.
#include <cstddef>

namespace xlfuse::runtime {

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

}  // namespace xlfuse::runtime
