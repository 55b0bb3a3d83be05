#pragma once
// The trainer's sampler for a fresh run (train_task_model's settings), shared by the benchmarks
// that replay its batches (bench_train_throughput, peer/export_batches).
#include <cstdint>

#include "xlfuse/data/batching.h"

namespace xlfuse::bench {

inline data::SamplerOptions trainer_sampler(int64_t batch_size) {
  data::SamplerOptions s;
  s.batch_size = batch_size;
  s.shuffle = true;
  s.bucket_by_length = true;
  s.bucket_window_batches = 50;
  s.seed = 42;
  return s;
}

}  // namespace xlfuse::bench
