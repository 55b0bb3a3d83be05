#pragma once
// Where this process stands in a data-parallel run, from the environment that torchrun, Slurm
// (through the sbatch file of docs/distributed.md) and `xlfuse launch` set: RANK, WORLD_SIZE,
// LOCAL_RANK, MASTER_ADDR, MASTER_PORT. Torch-free.
#include <string>

namespace xlfuse::distributed {

struct LaunchEnv {
  int rank = 0;
  int world_size = 1;
  int local_rank = 0;
  // The rendezvous: rank 0 serves a c10d TCPStore there.
  std::string master_addr = "127.0.0.1";
  int master_port = 29500;
  // More than one process.
  bool distributed() const { return world_size > 1; }
};

// Reads the variables above. Without WORLD_SIZE (or with 1) the run is a single process and the
// others are not needed. ConfigError naming the variable, what was expected and what was found
// (a rank outside [0, WORLD_SIZE), a port outside 1..65535, MASTER_ADDR missing ...).
LaunchEnv read_launch_env();

}  // namespace xlfuse::distributed
