// run.json; see run_record.h.
#include "xlfuse/core/run_record.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>

#include <unistd.h>

#include <fmt/format.h>

#include "xlfuse/core/version.h"
#include "xlfuse/core/error.h"

#ifndef XLFUSE_SOURCE_REVISION
#define XLFUSE_SOURCE_REVISION ""
#endif

namespace xlfuse {

std::string git_revision() {
  if (const char* env = std::getenv("XLFUSE_GIT_REVISION"); env != nullptr && *env != '\0') return env;
  return XLFUSE_SOURCE_REVISION;
}

std::string utc_now_iso8601() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

RunRecord start_run_record(const std::string& command) {
  RunRecord r;
  r.command = command;
  r.xlfuse_version = version();
  r.git_revision = git_revision();
  r.started_at = utc_now_iso8601();
  return r;
}

nlohmann::json to_json(const RunRecord& r) {
  return {{"command", r.command},
          {"config", r.config},
          {"seed", r.seed},
          {"git_revision", r.git_revision},
          {"xlfuse_version", r.xlfuse_version},
          {"libtorch_version", r.libtorch_version},
          {"threads", r.threads},
          {"started_at", r.started_at},
          {"finished_at", utc_now_iso8601()},
          {"timings", r.timings},
          {"results", r.results}};
}

// core sits below io (io links core), so the atomic write is done here directly: a temporary file
// beside the target, flushed and fsynced, renamed over it.
void write_run_record(const std::string& path, const RunRecord& record) {
  const std::string text = to_json(record).dump(2) + "\n";
  const std::string tmp = fmt::format("{}.tmp.{}", path, static_cast<long>(::getpid()));
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) throw IoError(fmt::format("cannot write {}: cannot create {}", path, tmp));
  const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size() && std::fflush(f) == 0 &&
                  ::fsync(::fileno(f)) == 0;
  if (std::fclose(f) != 0 || !ok) {
    std::remove(tmp.c_str());
    throw IoError(fmt::format("cannot write {}: writing {} failed", path, tmp));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    throw IoError(fmt::format("cannot write {}: renaming {} failed", path, tmp));
  }
}

}  // namespace xlfuse
