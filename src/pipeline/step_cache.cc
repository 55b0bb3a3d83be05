// Completion and failure markers of steps, and the stale folders of edited studies. See step_cache.h.
#include "xlfuse/pipeline/step_cache.h"

#include <chrono>
#include <filesystem>
#include <set>
#include <system_error>

#include <fmt/format.h>

#include "xlfuse/core/log.h"
#include "xlfuse/core/run_record.h"
#include "xlfuse/io/atomic_file.h"

namespace xlfuse::pipeline {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::optional<json> read_json(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  try {
    return json::parse(io::read_file(path.string()));
  } catch (const std::exception& e) {
    // Markers are written atomically, so a marker that does not parse was not written by xlfuse.
    XLFUSE_LOG_WARN("[run] {} does not parse ({}); the step counts as not done", path.string(), e.what());
    return std::nullopt;
  }
}

// Renames `from` to `to` (creating to's folder) unless `to` exists; false when `from` was gone
// (another worker moved it first).
bool move_folder(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_directories(to.parent_path(), ec);
  if (fs::exists(to, ec)) {
    XLFUSE_LOG_WARN("[run] not moving {}: {} exists", from.string(), to.string());
    return false;
  }
  fs::rename(from, to, ec);
  if (ec && ec != std::errc::no_such_file_or_directory)
    XLFUSE_LOG_WARN("[run] cannot move {} to {}: {}", from.string(), to.string(), ec.message());
  return !ec;
}

}  // namespace

std::optional<json> read_done_marker(const PlannedStep& step) {
  std::optional<json> j = read_json(step.folder / kDoneFile);
  if (!j || !j->is_object() || j->value("key", "") != step.key) return std::nullopt;
  return j;
}

bool is_step_done(const PlannedStep& step) { return read_done_marker(step).has_value(); }

void write_done_marker(const PlannedStep& step, json record) {
  record["key"] = step.key;
  record["kind"] = to_string(step.kind);
  record["label"] = step.label;
  record["finished_at"] = utc_now_iso8601();
  io::write_file_atomic((step.folder / kDoneFile).string(), record.dump(2) + "\n");
}

void write_failed_marker(const PlannedStep& step, const std::string& owner, const std::string& error) {
  fs::create_directories(step.folder);
  const json j = {{"key", step.key}, {"owner", owner}, {"at", now_seconds()}, {"time", utc_now_iso8601()}, {"error", error}};
  io::write_file_atomic((step.folder / kFailedFile).string(), j.dump(2) + "\n");
}

std::optional<double> failed_at(const PlannedStep& step) {
  const std::optional<json> j = read_json(step.folder / kFailedFile);
  if (!j || !j->is_object() || !j->contains("at") || !(*j)["at"].is_number()) return std::nullopt;
  return (*j)["at"].get<double>();
}

std::optional<std::string> failure_message(const PlannedStep& step) {
  const std::optional<json> j = read_json(step.folder / kFailedFile);
  if (!j || !j->is_object()) return std::nullopt;
  return j->value("error", "");
}

void remove_failed_marker(const PlannedStep& step) {
  std::error_code ec;
  fs::remove(step.folder / kFailedFile, ec);
}

FolderSync sync_step_folders(const StudyPlan& plan) {
  FolderSync sync;
  std::set<fs::path> live;
  for (const auto& s : plan.steps)
    if (s.kind != StepKind::Report) live.insert(s.folder);
  std::error_code ec;
  for (const auto& [kind, name] : step_kind_names()) {
    const fs::path dir = plan.study_dir / name;
    if (!fs::is_directory(dir, ec)) continue;
    std::vector<fs::path> leftovers;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.is_directory(ec) && !live.count(e.path())) leftovers.push_back(e.path());
    for (const auto& from : leftovers)
      if (move_folder(from, plan.stale_dir / name / from.filename())) {
        ++sync.moved_to_stale;
        XLFUSE_LOG_DEBUG("[run] not in the plan any more, moved to {}: {}", (plan.stale_dir / name).string(),
                         from.filename().string());
      }
  }
  for (const auto& s : plan.steps) {
    if (s.kind == StepKind::Report || fs::exists(s.folder, ec)) continue;
    const fs::path from = plan.stale_dir / to_string(s.kind) / s.folder.filename();
    if (fs::is_directory(from, ec) && move_folder(from, s.folder)) {
      ++sync.restored;
      XLFUSE_LOG_DEBUG("[run] back in the plan, moved back from {}: {}", plan.stale_dir.string(),
                       s.folder.filename().string());
    }
  }
  if (sync.moved_to_stale + sync.restored > 0)
    XLFUSE_LOG_INFO("[run] {} step folder(s) no longer in the plan moved to {}, {} moved back from it",
                    sync.moved_to_stale, plan.stale_dir.string(), sync.restored);
  return sync;
}

}  // namespace xlfuse::pipeline
