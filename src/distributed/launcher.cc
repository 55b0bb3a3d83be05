// launch: N local ranks of one data-parallel run. See launcher.h.
#include "xlfuse/distributed/launcher.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <iostream>
#include <thread>

#include <fmt/format.h>

#include "xlfuse/core/error.h"

namespace xlfuse::distributed {
namespace {

std::atomic<int> g_forward_signal{0};

void remember_signal(int sig) { g_forward_signal = sig; }

std::string self_executable() {
  char buf[4096];
  const ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
  if (n <= 0) return "xlfuse";
  return std::string(buf, static_cast<size_t>(n));
}

[[noreturn]] void exec_rank(const LaunchOptions& o, int rank, int port) {
  setenv("RANK", std::to_string(rank).c_str(), 1);
  setenv("LOCAL_RANK", std::to_string(rank).c_str(), 1);
  setenv("WORLD_SIZE", std::to_string(o.nproc).c_str(), 1);
  setenv("LOCAL_WORLD_SIZE", std::to_string(o.nproc).c_str(), 1);
  setenv("MASTER_ADDR", o.master_addr.c_str(), 1);
  setenv("MASTER_PORT", std::to_string(port).c_str(), 1);
  std::vector<std::string> words = o.command;
  if (words[0] == "xlfuse") words[0] = self_executable();
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  execvp(argv[0], argv.data());
  std::cerr << fmt::format("xlfuse launch: rank {}: cannot run {}: {}\n", rank, words[0], std::strerror(errno));
  _exit(127);
}

std::string describe(int status) {
  if (WIFSIGNALED(status)) return fmt::format("was killed by signal {} ({})", WTERMSIG(status), strsignal(WTERMSIG(status)));
  return fmt::format("exited with code {}", WEXITSTATUS(status));
}

int exit_code(int status) { return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status); }

}  // namespace

void LaunchOptions::validate() const {
  if (nproc < 1) throw UsageError(fmt::format("--nproc: expected at least 1, got {}", nproc));
  if (master_port < 0 || master_port > 65535)
    throw UsageError(fmt::format("--master-port: expected 0 (a free port) or 1..65535, got {}", master_port));
  if (grace_seconds < 0) throw UsageError(fmt::format("--grace: expected >= 0 seconds, got {}", grace_seconds));
  if (command.empty()) throw UsageError("launch: no command after --");
}

int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw IoError(fmt::format("free_port: socket: {}", std::strerror(errno)));
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof(addr);
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    const int err = errno;
    close(fd);
    throw IoError(fmt::format("free_port: {}", std::strerror(err)));
  }
  close(fd);
  return ntohs(addr.sin_port);
}

int launch(const LaunchOptions& o) {
  o.validate();
  const int port = o.master_port > 0 ? o.master_port : free_port();
  std::vector<pid_t> pids(static_cast<size_t>(o.nproc), -1);
  std::vector<int> status(static_cast<size_t>(o.nproc), 0);
  std::vector<bool> done(static_cast<size_t>(o.nproc), false);
  std::cerr << fmt::format("xlfuse launch: {} ranks at {}:{}: {}\n", o.nproc, o.master_addr, port,
                           fmt::join(o.command, " "));
  auto old_int = std::signal(SIGINT, remember_signal);
  auto old_term = std::signal(SIGTERM, remember_signal);
  for (int r = 0; r < o.nproc; ++r) {
    const pid_t pid = fork();
    if (pid < 0) throw IoError(fmt::format("launch: fork: {}", std::strerror(errno)));
    if (pid == 0) {
      std::signal(SIGINT, SIG_DFL);
      std::signal(SIGTERM, SIG_DFL);
      exec_rank(o, r, port);
    }
    pids[static_cast<size_t>(r)] = pid;
  }

  using Clock = std::chrono::steady_clock;
  int first_failure = -1;
  Clock::time_point failed_at;
  bool termed = false, killed = false;
  int running = o.nproc;
  auto signal_all = [&](int sig) {
    for (size_t r = 0; r < pids.size(); ++r)
      if (!done[r]) kill(pids[r], sig);
  };
  while (running > 0) {
    if (const int sig = g_forward_signal.exchange(0); sig != 0) signal_all(sig);
    int st = 0;
    const pid_t pid = waitpid(-1, &st, WNOHANG);
    if (pid > 0) {
      for (size_t r = 0; r < pids.size(); ++r) {
        if (pids[r] != pid) continue;
        done[r] = true;
        status[r] = st;
        --running;
        const bool failed = !(WIFEXITED(st) && WEXITSTATUS(st) == 0);
        if (failed) {
          std::cerr << fmt::format("xlfuse launch: rank {} (pid {}) {}\n", r, pid, describe(st));
          if (first_failure < 0) {
            first_failure = static_cast<int>(r);
            failed_at = Clock::now();
            if (running > 0)
              std::cerr << fmt::format("xlfuse launch: the other ranks have {} s to stop by themselves\n",
                                       o.grace_seconds);
          }
        }
      }
      continue;
    }
    if (first_failure >= 0) {
      const double waited = std::chrono::duration<double>(Clock::now() - failed_at).count();
      if (!termed && waited >= o.grace_seconds) {
        std::cerr << "xlfuse launch: stopping the remaining ranks (SIGTERM)\n";
        signal_all(SIGTERM);
        termed = true;
      } else if (termed && !killed && waited >= o.grace_seconds + 5) {
        signal_all(SIGKILL);
        killed = true;
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  std::signal(SIGINT, old_int);
  std::signal(SIGTERM, old_term);
  if (first_failure < 0) return 0;
  return exit_code(status[static_cast<size_t>(first_failure)]);
}

}  // namespace xlfuse::distributed
