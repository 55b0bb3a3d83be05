// Lock files with heartbeats for steps run by several workers. See step_claims.h.
#include "xlfuse/pipeline/step_claims.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"

namespace xlfuse::pipeline {
namespace fs = std::filesystem;

namespace {

// Lock files are padded to this size so that a heartbeat rewrites them without changing length.
constexpr size_t kRecordSize = 1024;
std::atomic<uint64_t> g_grave_counter{0};

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string host_name() {
  char buf[256] = {};
  if (::gethostname(buf, sizeof buf - 1) != 0) return "unknown-host";
  return buf;
}

// (state, start time in clock ticks since boot) of a process from /proc/<pid>/stat; nullopt when
// there is no such process.
std::optional<std::pair<char, int64_t>> process_stat(int64_t pid) {
  std::ifstream in(fmt::format("/proc/{}/stat", pid));
  if (!in) return std::nullopt;
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // The command name (field 2) may hold spaces and parentheses: fields are counted after the last ')'.
  const size_t close = text.rfind(')');
  if (close == std::string::npos) return std::nullopt;
  std::istringstream fields(text.substr(close + 1));
  std::vector<std::string> f;
  for (std::string x; fields >> x;) f.push_back(x);
  // f[0] is field 3 (state); starttime is field 22.
  if (f.size() < 20) return std::nullopt;
  return std::make_pair(f[0].empty() ? '?' : f[0][0], static_cast<int64_t>(std::stoll(f[19])));
}

// Whether the process that wrote a claim on this host still runs (a zombie does not).
bool process_alive(int64_t pid, int64_t start) {
  const auto st = process_stat(pid);
  if (!st || st->first == 'Z' || st->first == 'X') return false;
  return start == 0 || st->second == start;
}

std::optional<std::string> read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

bool same_file(const struct stat& a, const struct stat& b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

bool pwrite_all(int fd, const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::pwrite(fd, text.data() + done, text.size() - done, static_cast<off_t>(done));
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return ::ftruncate(fd, static_cast<off_t>(text.size())) == 0;
}

}  // namespace

std::string ClaimOwner::name() const { return fmt::format("{}:{}", host, pid); }

ClaimOwner this_process_owner() {
  ClaimOwner o;
  o.host = host_name();
  o.pid = static_cast<int64_t>(::getpid());
  if (const auto st = process_stat(o.pid)) o.process_start = st->second;
  return o;
}

std::string claim_record_text(const ClaimOwner& o) {
  const nlohmann::json j = {{"owner", o.name()},     {"host", o.host},
                            {"pid", o.pid},          {"process_start", o.process_start},
                            {"heartbeat", o.heartbeat}, {"claimed_at", o.claimed_at},
                            {"step", o.step}};
  std::string text = j.dump();
  if (text.size() + 1 < kRecordSize) text.append(kRecordSize - 1 - text.size(), ' ');
  return text + "\n";
}

std::optional<ClaimOwner> parse_claim_record(const std::string& text) {
  try {
    const nlohmann::json j = nlohmann::json::parse(text);
    ClaimOwner o;
    o.host = j.at("host").get<std::string>();
    o.pid = j.at("pid").get<int64_t>();
    o.process_start = j.at("process_start").get<int64_t>();
    o.heartbeat = j.at("heartbeat").get<double>();
    o.claimed_at = j.at("claimed_at").get<double>();
    o.step = j.at("step").get<std::string>();
    return o;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

StepClaims::StepClaims(fs::path dir, ClaimTimings timings) : dir_(std::move(dir)), timings_(timings) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) throw IoError(fmt::format("cannot create the claims folder {}: {}", dir_.string(), ec.message()));
}

fs::path StepClaims::claim_path(const std::string& key) const { return dir_ / (key + ".claim"); }

bool StepClaims::is_stale(const ClaimOwner& owner) const {
  if (now_seconds() - owner.heartbeat > timings_.stale_after_seconds) return true;
  static const ClaimOwner me = this_process_owner();
  return owner.host == me.host && !process_alive(owner.pid, owner.process_start);
}

std::optional<ClaimOwner> StepClaims::live_owner(const std::string& key) const {
  const fs::path path = claim_path(key);
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  const std::optional<std::string> text = read_text(path);
  if (!text) return std::nullopt;
  if (std::optional<ClaimOwner> owner = parse_claim_record(*text)) {
    if (is_stale(*owner)) return std::nullopt;
    return owner;
  }
  // Being written right now, or not a claim: live until its file is older than the timeout.
  if (now_seconds() - static_cast<double>(st.st_mtim.tv_sec) > timings_.stale_after_seconds) return std::nullopt;
  ClaimOwner unknown;
  unknown.host = "?";
  unknown.step = key;
  return unknown;
}

bool StepClaims::remove_stale(const std::string& key) {
  struct stat st {};
  if (::stat(claim_path(key).c_str(), &st) != 0) return false;
  return take_over(key, "") && ::stat(claim_path(key).c_str(), &st) != 0;
}

bool StepClaims::take_over(const std::string& key, const std::string& why) {
  const fs::path path = claim_path(key);
  struct stat before {};
  if (::stat(path.c_str(), &before) != 0) return true;  // released meanwhile: try to create it
  const std::optional<std::string> text = read_text(path);
  if (!text) return true;
  const std::optional<ClaimOwner> owner = parse_claim_record(*text);
  const bool stale = owner ? is_stale(*owner)
                           : now_seconds() - static_cast<double>(before.st_mtim.tv_sec) > timings_.stale_after_seconds;
  if (!stale) return false;
  static const ClaimOwner me = this_process_owner();
  const fs::path grave = dir_ / fmt::format("{}.stale-{}-{}-{}", key, me.host, me.pid, g_grave_counter++);
  if (::rename(path.c_str(), grave.c_str()) != 0) return errno == ENOENT;
  struct stat moved {};
  const std::optional<std::string> moved_text = read_text(grave);
  if (::stat(grave.c_str(), &moved) == 0 && same_file(before, moved) && moved_text == text) {
    ::unlink(grave.c_str());
    const double age = owner ? now_seconds() - owner->heartbeat : now_seconds() - static_cast<double>(before.st_mtim.tv_sec);
    if (!why.empty())
      XLFUSE_LOG_WARN("[run] {} the claim of {} on step {}: {}", why,
                      owner ? owner->name() : std::string("an unknown worker"), owner ? owner->step : key,
                      age > timings_.stale_after_seconds ? fmt::format("no heartbeat for {:.0f} s", age)
                                                         : std::string("its process on this host is gone"));
    return true;
  }
  // What was renamed is not the stale claim inspected (a worker took it over and claimed afresh, or
  // the owner just beat): put it back. If yet another claim appeared meanwhile, the owner of the
  // moved one sees its claim lost at its next beat.
  if (::link(grave.c_str(), path.c_str()) != 0)
    XLFUSE_LOG_WARN("[run] claim race on step {}: {} lost its claim", key, owner ? owner->name() : "a worker");
  ::unlink(grave.c_str());
  return false;
}

std::unique_ptr<StepClaim> StepClaims::try_claim(const std::string& key, const std::string& label) {
  const fs::path path = claim_path(key);
  for (int attempt = 0; attempt < 2; ++attempt) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd >= 0) {
      ClaimOwner owner = this_process_owner();
      owner.step = label;
      owner.claimed_at = owner.heartbeat = now_seconds();
      if (!pwrite_all(fd, claim_record_text(owner)) || ::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(path.c_str());
        throw IoError(fmt::format("cannot write the claim {}: {}", path.string(), std::strerror(err)));
      }
      return std::make_unique<StepClaim>(path, fd, owner, timings_.heartbeat_seconds);
    }
    if (errno != EEXIST) throw IoError(fmt::format("cannot create the claim {}: {}", path.string(), std::strerror(errno)));
    if (attempt == 0 && !take_over(key, "took over")) return nullptr;
  }
  return nullptr;
}

StepClaim::StepClaim(fs::path path, int fd, ClaimOwner owner, double heartbeat_seconds)
    : path_(std::move(path)), fd_(fd), owner_(std::move(owner)) {
  thread_ = std::thread([this, heartbeat_seconds] { beat_loop(heartbeat_seconds); });
}

StepClaim::~StepClaim() { release(); }

bool StepClaim::check_still_held() {
  if (lost_) return false;
  struct stat mine {}, named {};
  if (::fstat(fd_, &mine) != 0 || ::stat(path_.c_str(), &named) != 0 || !same_file(mine, named)) lost_ = true;
  return !lost_;
}

void StepClaim::write_record() {
  owner_.heartbeat = now_seconds();
  if (!pwrite_all(fd_, claim_record_text(owner_)))
    XLFUSE_LOG_WARN("[run] cannot refresh the claim {}: {}", path_.string(), std::strerror(errno));
}

void StepClaim::beat_loop(double heartbeat_seconds) {
  std::unique_lock<std::mutex> lock(mutex_);
  const auto interval = std::chrono::duration<double>(heartbeat_seconds);
  while (!wake_.wait_for(lock, interval, [this] { return stopping_; })) {
    if (!check_still_held()) {
      XLFUSE_LOG_ERROR("[run] the claim on step {} was taken over by another worker (this one was silent longer "
                       "than the claim timeout); the step will not be marked done here",
                       owner_.step);
      return;
    }
    write_record();
  }
}

void StepClaim::release() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (check_still_held()) ::unlink(path_.c_str());
  ::close(fd_);
  fd_ = -1;
}

}  // namespace xlfuse::pipeline
