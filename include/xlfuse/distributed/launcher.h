#pragma once
// `xlfuse launch --nproc N -- COMMAND...`: runs N copies of a command on this machine as the ranks
// of one data-parallel run, with the variables torchrun sets (RANK, WORLD_SIZE, LOCAL_RANK,
// LOCAL_WORLD_SIZE, MASTER_ADDR, MASTER_PORT). When a rank fails, the others get `grace` to stop
// on their own (they report the lost rank, world.h), then SIGTERM, then SIGKILL; SIGINT and
// SIGTERM sent to the launcher reach every rank. Torch-free.
#include <string>
#include <vector>

namespace xlfuse::distributed {

struct LaunchOptions {
  int nproc = 1;
  std::string master_addr = "127.0.0.1";
  // 0 = a free port of this machine.
  int master_port = 0;
  // Seconds the other ranks get to stop by themselves after one failed.
  int grace_seconds = 30;
  // The command; "xlfuse" as its first word is this executable.
  std::vector<std::string> command;
  void validate() const;  // UsageError naming the option
};

// Runs the ranks and waits for them. Returns 0 when all exited 0, else the first failure's exit
// code (128 + signal for a rank killed by a signal). Says on stderr which rank failed and how.
int launch(const LaunchOptions& options);

// A TCP port free on this machine now (bound to port 0 and released).
int free_port();

}  // namespace xlfuse::distributed
