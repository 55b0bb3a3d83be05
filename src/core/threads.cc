#include "xlfuse/core/threads.h"

#include <sched.h>

#include <thread>

namespace xlfuse {

int available_cores() {
  // Respect the CPU affinity mask (containers, taskset) before the raw core count.
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof(set), &set) == 0) {
    int n = CPU_COUNT(&set);
    if (n > 0) return n;
  }
  unsigned n = std::thread::hardware_concurrency();
  return n > 0 ? static_cast<int>(n) : 1;
}

int resolve_threads(int requested) { return requested > 0 ? requested : available_cores(); }

}  // namespace xlfuse
