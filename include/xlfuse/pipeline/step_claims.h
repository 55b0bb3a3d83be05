#pragma once
// Claims: which worker runs which step, for several workers (`xlfuse run --shard i/n`, Slurm array
// tasks, machines sharing a filesystem) on one study.
//
// A claim is a lock file OUT/.runner/claims/<key>.claim created with O_CREAT | O_EXCL, so only one
// worker gets it. It holds the owner (host:pid, with the process's start time so that a reused pid
// is not mistaken for the owner) and a heartbeat timestamp that a thread rewrites in place while
// the step runs. A claim is stale, and another worker takes it over, when its heartbeat is older
// than the timeout, or at once when its owner ran on this host and that process is gone (a worker
// killed with kill -9 and started again does not wait for the timeout).
//
// Taking over is safe against races: the stale file is renamed away (only one worker's rename
// succeeds), the renamed file is checked to be the stale one (same inode, same heartbeat), and the
// new claim is created with O_EXCL as usual. The heartbeat thread checks on every beat that the
// claim path still names its own file; a worker whose claim was taken over (it was silent past the
// timeout) learns it from lost() and does not mark the step done.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace xlfuse::pipeline {

struct ClaimTimings {
  // Seconds between heartbeats.
  double heartbeat_seconds = 30.0;
  // A heartbeat older than this makes the claim stale (keep it well above heartbeat_seconds and
  // the clock difference between machines).
  double stale_after_seconds = 300.0;
};

// Who holds a claim, as the lock file says.
struct ClaimOwner {
  std::string host;
  int64_t pid = 0;
  // The process's start time (clock ticks since boot, /proc/<pid>/stat), 0 when unknown.
  int64_t process_start = 0;
  // Seconds since the epoch.
  double heartbeat = 0.0;
  double claimed_at = 0.0;
  std::string step;
  // "host:pid".
  std::string name() const;
};

// This process as an owner.
ClaimOwner this_process_owner();

class StepClaim;

class StepClaims {
 public:
  StepClaims(std::filesystem::path dir, ClaimTimings timings);

  // Claims `key` for this process; nullptr when a live worker holds it (a stale claim is taken
  // over first). `label` is written into the file for people looking at it.
  std::unique_ptr<StepClaim> try_claim(const std::string& key, const std::string& label);

  // The owner of `key`'s claim when a live worker holds it (a stale claim, or none: nullopt).
  std::optional<ClaimOwner> live_owner(const std::string& key) const;

  // Removes `key`'s claim when it is stale (a worker killed after the step's done marker, before
  // releasing it, leaves one behind); true when one was removed.
  bool remove_stale(const std::string& key);

  std::filesystem::path claim_path(const std::string& key) const;
  const ClaimTimings& timings() const { return timings_; }

 private:
  // Renames a stale claim away; true when this worker removed the stale file it inspected (or
  // there was none). `why` names the purpose in the log, "" = no log line.
  bool take_over(const std::string& key, const std::string& why);
  bool is_stale(const ClaimOwner& owner) const;

  std::filesystem::path dir_;
  ClaimTimings timings_;
};

// A held claim: heartbeats on a thread until released; releasing (or destroying) removes the lock
// file when it is still this claim's.
class StepClaim {
 public:
  StepClaim(std::filesystem::path path, int fd, ClaimOwner owner, double heartbeat_seconds);
  ~StepClaim();
  StepClaim(const StepClaim&) = delete;
  StepClaim& operator=(const StepClaim&) = delete;

  // Whether another worker took the claim over (the path no longer names this claim's file).
  bool lost() const { return lost_; }
  // Checks now (not waiting for the next beat); the same as lost() afterwards.
  bool check_still_held();
  void release();

 private:
  void beat_loop(double heartbeat_seconds);
  void write_record();

  std::filesystem::path path_;
  int fd_ = -1;
  ClaimOwner owner_;
  std::atomic<bool> lost_{false};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

// The lock file's text for `owner` (one JSON object padded to a fixed size, so that a heartbeat
// rewrites it in place without changing its length), and its reading; nullopt for text that is
// not a claim.
std::string claim_record_text(const ClaimOwner& owner);
std::optional<ClaimOwner> parse_claim_record(const std::string& text);

}  // namespace xlfuse::pipeline
