// World: c10d ProcessGroupGloo over a TCPStore, with failures named by rank. See world.h.
#include "xlfuse/distributed/world.h"

#include <csignal>
#include <cstring>
#include <stdexcept>
#include <thread>

#include <fmt/format.h>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/torch.h>

#include "xlfuse/core/log.h"

namespace xlfuse::distributed {
namespace {

std::unique_ptr<World>& the_world() {
  static std::unique_ptr<World> world;
  return world;
}

bool is_loopback(const std::string& addr) { return addr == "localhost" || addr.rfind("127.", 0) == 0; }

// The network device Gloo's pairs listen on: GLOO_SOCKET_IFNAME as torch.distributed reads it,
// loopback for a one-machine run, else the address this host's name resolves to.
std::shared_ptr<gloo::transport::Device> gloo_device(const LaunchEnv& env) {
  if (const char* ifname = std::getenv("GLOO_SOCKET_IFNAME"); ifname != nullptr && *ifname != '\0')
    return c10d::ProcessGroupGloo::createDeviceForInterface(ifname);
  if (is_loopback(env.master_addr)) return c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
  return c10d::ProcessGroupGloo::createDefaultDevice();
}

std::string roll_key(int64_t round, const std::string& what, int rank) {
  return fmt::format("xlfuse/roll/{}/{}/{}", round, what, rank);
}

}  // namespace

struct World::Impl {
  c10::intrusive_ptr<c10d::TCPStore> store;
  c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
};

struct World::Pending::Impl {
  World* world = nullptr;
  c10::intrusive_ptr<c10d::Work> work;
  std::string what;
};

void World::Pending::wait() {
  if (!impl_) return;
  try {
    impl_->work->wait();
  } catch (const std::exception& e) {
    impl_->world->fail(impl_->what, e.what());
  }
}

void World::join(const LaunchEnv& env, const WorldOptions& options) {
  if (!env.distributed()) return;
  if (the_world()) throw std::logic_error("World::join: this process has joined a group already");
  // A peer that died closes its sockets; writing to one must be an error, not SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  the_world().reset(new World(env, options));
}

World* World::current() { return the_world().get(); }

World::World(const LaunchEnv& env, const WorldOptions& options)
    : env_(env), options_(options), impl_(std::make_unique<Impl>()) {
  const auto timeout = std::chrono::duration_cast<std::chrono::milliseconds>(options.timeout);
  c10d::TCPStoreOptions so;
  so.port = static_cast<uint16_t>(env.master_port);
  so.isServer = env.rank == 0;
  so.numWorkers = env.world_size;
  so.waitWorkers = true;
  so.timeout = timeout;
  try {
    impl_->store = c10::make_intrusive<c10d::TCPStore>(env.master_addr, so);
    auto gloo_options = c10d::ProcessGroupGloo::Options::create();
    gloo_options->timeout = timeout;
    gloo_options->devices.push_back(gloo_device(env));
    impl_->group = c10::make_intrusive<c10d::ProcessGroupGloo>(impl_->store, env.rank, env.world_size, gloo_options);
  } catch (const std::exception& e) {
    throw DistributedError(fmt::format("rank {} of {}: could not meet the other ranks at {}:{} (MASTER_ADDR:"
                                       "MASTER_PORT) within {} s: {}",
                                       env.rank, env.world_size, env.master_addr, env.master_port,
                                       options.timeout.count(), e.what()));
  }
  XLFUSE_LOG_INFO("[distributed] rank {} of {} joined at {}:{} (Gloo, timeout {} s)", env.rank, env.world_size,
                  env.master_addr, env.master_port, options.timeout.count());
}

World::~World() = default;

void World::fail(const std::string& what, const std::string& cause) {
  // Roll call: every survivor checks in; whoever has not after a grace period is lost.
  const int64_t round = roll_calls_++;
  const auto grace = std::min<std::chrono::seconds>(options_.timeout, std::chrono::seconds(10));
  std::vector<int> lost;
  bool store_gone = false;
  try {
    auto& store = *impl_->store;
    store.set(roll_key(round, "here", rank()), std::vector<uint8_t>{1});
    std::vector<bool> seen(static_cast<size_t>(size()), false);
    const auto deadline = std::chrono::steady_clock::now() + grace;
    for (;;) {
      bool all = true;
      for (int r = 0; r < size(); ++r) {
        if (!seen[static_cast<size_t>(r)]) seen[static_cast<size_t>(r)] = store.check({roll_key(round, "here", r)});
        all = all && seen[static_cast<size_t>(r)];
      }
      if (all || std::chrono::steady_clock::now() >= deadline) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    for (int r = 0; r < size(); ++r)
      if (!seen[static_cast<size_t>(r)]) lost.push_back(r);
    store.set(roll_key(round, "done", rank()), std::vector<uint8_t>{1});
    // Rank 0 serves the store: it stays until the other survivors have read the roll call.
    if (rank() == 0) {
      const auto until = std::chrono::steady_clock::now() + grace;
      for (int r = 1; r < size(); ++r) {
        if (!seen[static_cast<size_t>(r)]) continue;
        while (!store.check({roll_key(round, "done", r)}) && std::chrono::steady_clock::now() < until)
          std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
    }
  } catch (const std::exception&) {
    store_gone = true;
    lost = {0};
  }
  std::string who;
  if (store_gone)
    who = fmt::format("lost rank 0: the rendezvous store it serves at {}:{} no longer answers", env_.master_addr,
                      env_.master_port);
  else if (lost.empty())
    who = "every rank answered the roll call, so a rank failed with an error of its own (see its output)";
  else
    who = fmt::format("lost rank{} {}: no answer to the roll call within {} s", lost.size() > 1 ? "s" : "",
                      fmt::join(lost, ", "), grace.count());
  throw DistributedError(fmt::format("rank {} of {}: {} failed; {} (cause: {}). The run stops here; its last "
                                     "checkpoint resumes with --resume, with the same or another number of processes",
                                     rank(), size(), what, who, cause));
}

World::Pending World::all_reduce_sum_async(const at::Tensor& tensor, const std::string& what) {
  std::vector<at::Tensor> tensors{tensor};
  Pending p;
  p.impl_ = std::make_shared<Pending::Impl>();
  p.impl_->world = this;
  p.impl_->what = what;
  try {
    p.impl_->work = impl_->group->allreduce(tensors);
  } catch (const std::exception& e) {
    fail(what, e.what());
  }
  reduced_bytes_ += static_cast<int64_t>(tensor.numel() * tensor.element_size());
  return p;
}

void World::all_reduce_sum(const at::Tensor& tensor, const std::string& what) {
  all_reduce_sum_async(tensor, what).wait();
}

void World::all_reduce_max(const at::Tensor& tensor, const std::string& what) {
  std::vector<at::Tensor> tensors{tensor};
  c10d::AllreduceOptions o;
  o.reduceOp = c10d::ReduceOp::MAX;
  try {
    impl_->group->allreduce(tensors, o)->wait();
  } catch (const std::exception& e) {
    fail(what, e.what());
  }
}

void World::broadcast(const at::Tensor& tensor, int root, const std::string& what) {
  std::vector<at::Tensor> tensors{tensor};
  c10d::BroadcastOptions o;
  o.rootRank = root;
  try {
    impl_->group->broadcast(tensors, o)->wait();
  } catch (const std::exception& e) {
    fail(what, e.what());
  }
}

std::vector<std::string> World::all_gather_bytes(const std::string& mine, const std::string& what) {
  const auto n = static_cast<size_t>(size());
  // Sizes first, then every rank's bytes padded to the longest (Gloo gathers equal shapes).
  std::vector<at::Tensor> size_in{torch::tensor({static_cast<int64_t>(mine.size())}, torch::kInt64)};
  std::vector<std::vector<at::Tensor>> size_out(1);
  for (size_t r = 0; r < n; ++r) size_out[0].push_back(torch::empty({1}, torch::kInt64));
  try {
    impl_->group->allgather(size_out, size_in)->wait();
  } catch (const std::exception& e) {
    fail(what, e.what());
  }
  int64_t longest = 1;
  for (const auto& t : size_out[0]) longest = std::max(longest, t.item<int64_t>());
  std::vector<at::Tensor> in{torch::zeros({longest}, torch::kUInt8)};
  std::memcpy(in[0].data_ptr(), mine.data(), mine.size());
  std::vector<std::vector<at::Tensor>> out(1);
  for (size_t r = 0; r < n; ++r) out[0].push_back(torch::empty({longest}, torch::kUInt8));
  try {
    impl_->group->allgather(out, in)->wait();
  } catch (const std::exception& e) {
    fail(what, e.what());
  }
  std::vector<std::string> all(n);
  for (size_t r = 0; r < n; ++r)
    all[r].assign(static_cast<const char*>(out[0][r].data_ptr()), static_cast<size_t>(size_out[0][r].item<int64_t>()));
  return all;
}

void World::barrier(const std::string& what) {
  try {
    impl_->group->barrier()->wait();
  } catch (const std::exception& e) {
    fail(what, e.what());
  }
}

void World::post(const std::string& key, const std::string& value) {
  try {
    impl_->store->set("xlfuse/post/" + key, std::vector<uint8_t>(value.begin(), value.end()));
  } catch (const std::exception& e) {
    fail("posting " + key, e.what());
  }
}

std::optional<std::string> World::await(const std::string& key, std::chrono::milliseconds wait) {
  const std::string full = "xlfuse/post/" + key;
  try {
    impl_->store->wait({full}, wait);
  } catch (const std::exception&) {
    // A timeout, or a store that is gone: check() tells them apart.
    try {
      if (!impl_->store->check({full})) return std::nullopt;
    } catch (const std::exception& e) {
      throw DistributedError(fmt::format("rank {} of {}: lost rank 0: the rendezvous store it serves at {}:{} no "
                                         "longer answers (waiting for {}: {})",
                                         rank(), size(), env_.master_addr, env_.master_port, key, e.what()));
    }
  }
  const std::vector<uint8_t> v = impl_->store->get(full);
  return std::string(v.begin(), v.end());
}

bool is_writer() {
  const World* w = World::current();
  return w == nullptr || w->rank() == 0;
}

}  // namespace xlfuse::distributed
