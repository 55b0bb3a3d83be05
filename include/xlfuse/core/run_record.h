#pragma once
// run.json: what a run was asked to do and what it ran on, written beside its outputs (DESIGN
// "Every run writes run.json"): the command, its resolved options, the seed, the git revision,
// the libtorch version, the thread count, timings and results. No libtorch here: callers pass the
// libtorch version they were built against.
//
//   RunRecord r = start_run_record("train");
//   r.config = to_json(options); r.seed = 42; r.libtorch_version = TORCH_VERSION; r.threads = 4;
//   r.timings["train_s"] = 12.5;
//   write_run_record("runs/udpos/run.json", r);
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace xlfuse {

struct RunRecord {
  // The subcommand ("train", "pretrain", ...).
  std::string command;
  // The resolved options (every default filled in).
  nlohmann::json config = nlohmann::json::object();
  // The run's seed.
  uint64_t seed = 0;
  // git revision of the source (see git_revision()); "" when unknown.
  std::string git_revision;
  // xlfuse's version.
  std::string xlfuse_version;
  // libtorch's version ("" when the caller does not use it).
  std::string libtorch_version;
  // Compute threads used.
  int threads = 0;
  // Start time, UTC, ISO 8601 ("2026-01-31T12:00:00Z").
  std::string started_at;
  // Name -> seconds of each phase ("read_s", "train_s", "total_s", ...).
  nlohmann::json timings = nlohmann::json::object();
  // Whatever the run produced that is worth keeping (steps, losses, best metric ...).
  nlohmann::json results = nlohmann::json::object();
};

// A record with command, version, git revision and start time filled in.
RunRecord start_run_record(const std::string& command);

// The git revision: $XLFUSE_GIT_REVISION when set, else the source tree's HEAD when it was
// configured (CMake), else "".
std::string git_revision();

// Current UTC time as ISO 8601 with a 'Z'.
std::string utc_now_iso8601();

nlohmann::json to_json(const RunRecord& record);

// Writes `record` as JSON to `path` atomically (IoError naming the path on failure).
void write_run_record(const std::string& path, const RunRecord& record);

}  // namespace xlfuse
