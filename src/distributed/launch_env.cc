// read_launch_env: the torchrun / Slurm variables. See launch_env.h.
#include "xlfuse/distributed/launch_env.h"

#include <cstdlib>
#include <string>

#include <fmt/format.h>

#include "xlfuse/core/error.h"

namespace xlfuse::distributed {
namespace {

const char* env(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? v : nullptr;
}

int env_int(const char* name, int fallback, int lo, int hi) {
  const char* v = env(name);
  if (v == nullptr) return fallback;
  size_t used = 0;
  long value = 0;
  try {
    value = std::stol(v, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != std::string(v).size() || value < lo || value > hi)
    throw ConfigError(fmt::format("environment variable {}: expected an integer in [{}, {}], got \"{}\"", name, lo,
                                  hi, v));
  return static_cast<int>(value);
}

}  // namespace

LaunchEnv read_launch_env() {
  LaunchEnv e;
  e.world_size = env_int("WORLD_SIZE", 1, 1, 1 << 20);
  if (!e.distributed()) return e;
  if (env("RANK") == nullptr)
    throw ConfigError(fmt::format("environment variable RANK: WORLD_SIZE is {}, so every process needs its rank "
                                  "(0..{}); it is not set",
                                  e.world_size, e.world_size - 1));
  e.rank = env_int("RANK", 0, 0, e.world_size - 1);
  e.local_rank = env_int("LOCAL_RANK", 0, 0, 1 << 20);
  const char* addr = env("MASTER_ADDR");
  if (addr == nullptr)
    throw ConfigError(fmt::format("environment variable MASTER_ADDR: WORLD_SIZE is {}, so the ranks need rank 0's "
                                  "address to meet at; it is not set",
                                  e.world_size));
  e.master_addr = addr;
  e.master_port = env_int("MASTER_PORT", 29500, 1, 65535);
  return e;
}

}  // namespace xlfuse::distributed
