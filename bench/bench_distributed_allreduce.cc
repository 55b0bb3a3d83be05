// All-reduce time and bandwidth of the data-parallel World (c10d Gloo) on this machine, for the
// sizes a training update reduces. Run under a launcher:
//   xlfuse launch --nproc 2 -- build/bench/bench_distributed_allreduce 14 343
// (MB per all-reduce; rank 0 prints, the median of 7 after one warm-up). Not a google-benchmark
// binary: every rank must run the same collectives in the same order.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <vector>

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/distributed/world.h"

int main(int argc, char** argv) {
  using namespace xlfuse::distributed;
  World::join(read_launch_env());
  World* world = World::current();
  if (world == nullptr) {
    std::cerr << "run it under `xlfuse launch --nproc N --` (WORLD_SIZE is not set)\n";
    return 2;
  }
  torch::set_num_threads(1);
  for (int a = 1; a < argc; ++a) {
    const double mb = std::atof(argv[a]);
    const auto n = static_cast<int64_t>(mb * 1e6 / 4);
    torch::Tensor t = torch::ones({n});
    world->all_reduce_sum(t, "bench");
    std::vector<double> secs;
    for (int i = 0; i < 7; ++i) {
      const auto start = std::chrono::steady_clock::now();
      world->all_reduce_sum(t, "bench");
      secs.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(secs.begin(), secs.end());
    const double s = secs[secs.size() / 2];
    if (world->rank() == 0)
      std::cout << fmt::format("{} ranks, {:.1f} MB: {:.4f} s per all-reduce (median of 7), {:.2f} GB/s algorithm "
                               "bandwidth, {:.2f} GB/s bus bandwidth (x 2(n-1)/n)\n",
                               world->size(), mb, s, mb / 1e3 / s,
                               mb / 1e3 / s * 2.0 * (world->size() - 1) / world->size());
  }
  return 0;
}
