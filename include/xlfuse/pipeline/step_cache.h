#pragma once
// What the runner knows about a step from its folder. A step is done when its folder holds
// done.json with the step's key, written atomically after everything else the step wrote (its
// outputs, then run.json): a step interrupted at any moment has no done.json and runs again
// (training steps continue from their checkpoints). A step that threw leaves failed.json (what
// went wrong, who ran it, when), which the next attempt removes.
//
// Folders of steps that are no longer in the plan (an edit changed their keys) are moved from
// OUT/study to OUT/stale, so that the report reads only the current study; a later edit that
// brings a step back moves its folder back instead of computing it again.
#include <cstddef>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "xlfuse/pipeline/study_plan.h"

namespace xlfuse::pipeline {

inline constexpr const char* kDoneFile = "done.json";
inline constexpr const char* kFailedFile = "failed.json";

// done.json of the step when it exists and holds the step's key.
std::optional<nlohmann::json> read_done_marker(const PlannedStep& step);
bool is_step_done(const PlannedStep& step);
// Writes done.json atomically: `record` plus the step's key, kind and label.
void write_done_marker(const PlannedStep& step, nlohmann::json record);

// failed.json; `at` is seconds since the epoch.
void write_failed_marker(const PlannedStep& step, const std::string& owner, const std::string& error);
// When the step last failed (seconds since the epoch), if it has failed.json.
std::optional<double> failed_at(const PlannedStep& step);
std::optional<std::string> failure_message(const PlannedStep& step);
void remove_failed_marker(const PlannedStep& step);

struct FolderSync {
  size_t moved_to_stale = 0;
  size_t restored = 0;
};
// Moves OUT/study/<kind>/<folder> that the plan does not hold to OUT/stale/<kind>/, and the
// plan's folders found in OUT/stale back. Safe when several workers do it at once (a rename that
// another worker did first is skipped).
FolderSync sync_step_folders(const StudyPlan& plan);

}  // namespace xlfuse::pipeline
