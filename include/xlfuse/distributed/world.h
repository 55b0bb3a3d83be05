#pragma once
// The data-parallel process group of this process: c10d's ProcessGroupGloo (CPU tensors) over a
// TCPStore rendezvous at MASTER_ADDR:MASTER_PORT (launch_env.h). One per process, joined by the
// command line before a training command runs; absent (World::current() == nullptr) in a
// single-process run, which then takes none of these paths.
//
// Failures: every collective waits at most `timeout`; a peer that died (connection reset) or
// stopped answering turns into a DistributedError that names the lost rank(s), found by a roll
// call over the store (each survivor checks in, the missing ones are lost; an unreachable store
// means rank 0, its host, is gone).
//
// c10d and Gloo headers stay in world.cc.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <ATen/core/Tensor.h>

#include "xlfuse/core/error.h"
#include "xlfuse/distributed/launch_env.h"

namespace xlfuse {
// A collective that failed: a rank died, hung past the timeout, or the ranks disagree.
struct DistributedError : Error {
  using Error::Error;
};
}  // namespace xlfuse

namespace xlfuse::distributed {

struct WorldOptions {
  // Longest wait of a collective and of the rendezvous.
  std::chrono::seconds timeout{300};
  // Gradient bucket size of the all-reduce that overlaps backward (gradient_reducer.h).
  int64_t bucket_bytes = 25 << 20;
};

class World {
 public:
  // A collective in flight.
  class Pending {
   public:
    Pending() = default;
    // Blocks until done; DistributedError (see the file comment) on a failure.
    void wait();
    bool valid() const { return impl_ != nullptr; }

   private:
    friend class World;
    struct Impl;
    std::shared_ptr<Impl> impl_;
  };

  // Joins the group `env` describes (a no-op for one process). Blocks until every rank has
  // arrived (at most options.timeout). DistributedError when the rendezvous fails.
  static void join(const LaunchEnv& env, const WorldOptions& options = {});
  // The joined group; nullptr in a single-process run.
  static World* current();

  ~World();
  int rank() const { return env_.rank; }
  int size() const { return env_.world_size; }
  const LaunchEnv& env() const { return env_; }
  const WorldOptions& options() const { return options_; }

  // Sum over ranks, in place. `what` names the collective in errors ("gradient all-reduce").
  void all_reduce_sum(const at::Tensor& tensor, const std::string& what);
  Pending all_reduce_sum_async(const at::Tensor& tensor, const std::string& what);
  // Element-wise maximum over ranks, in place.
  void all_reduce_max(const at::Tensor& tensor, const std::string& what);
  // Rank `root`'s values to every rank, in place.
  void broadcast(const at::Tensor& tensor, int root, const std::string& what);
  // Every rank's bytes, in rank order.
  std::vector<std::string> all_gather_bytes(const std::string& mine, const std::string& what);
  void barrier(const std::string& what);

  // Small messages through the rendezvous store, for waits longer than a collective may take
  // (the ranks that follow a study, pipeline/data_parallel_study.h).
  void post(const std::string& key, const std::string& value);
  // `key`'s value once posted, or nullopt after waiting `wait` without it. DistributedError when
  // the store no longer answers (rank 0, its host, is gone).
  std::optional<std::string> await(const std::string& key, std::chrono::milliseconds wait);

  // Bytes summed by all_reduce_sum(_async) so far (the all-reduce volume; benchmarks).
  int64_t reduced_bytes() const { return reduced_bytes_; }

 private:
  struct Impl;
  World(const LaunchEnv& env, const WorldOptions& options);
  // Turns a failed collective into a DistributedError naming the lost ranks; never returns.
  [[noreturn]] void fail(const std::string& what, const std::string& cause);

  LaunchEnv env_;
  WorldOptions options_;
  std::unique_ptr<Impl> impl_;
  int64_t reduced_bytes_ = 0;
  int64_t roll_calls_ = 0;
};

// True when this process writes outputs: a single-process run, or rank 0.
bool is_writer();

}  // namespace xlfuse::distributed
