// Step time estimates: recorded figures and the training probe. See study_estimate.h.
#include "xlfuse/pipeline/study_estimate.h"

#include <cmath>
#include <filesystem>
#include <set>

#include <fmt/format.h>
#include <unistd.h>

#include "xlfuse/core/log.h"
#include "xlfuse/io/atomic_file.h"
#include "xlfuse/pipeline/step_cache.h"
#include "xlfuse/train/run_training.h"

namespace xlfuse::pipeline {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::vector<std::string> tasks_of(const json& call) {
  std::vector<std::string> out;
  const std::string list = call.value("task", "");
  size_t begin = 0;
  while (begin <= list.size()) {
    const size_t end = std::min(list.find(',', begin), list.size());
    std::string t = list.substr(begin, end - begin);
    t.erase(0, t.find_first_not_of(' '));
    t.erase(t.find_last_not_of(' ') + 1);
    if (!t.empty()) out.push_back(t);
    begin = end + 1;
  }
  return out;
}

bool is_probed_kind(StepKind kind) { return kind == StepKind::TrainIntermediate || kind == StepKind::TrainTarget; }

// Seconds of a training of `task` with `options` from a probe of that task.
double training_seconds(const train::RunTrainingOptions& options, const std::string& task, const ProbeFigures& probe) {
  const json resolved = train::resolved_training_args(options, task);
  const double per_update = static_cast<double>(resolved.at("effective_batch_size").get<int64_t>());
  const int64_t max_steps = resolved.at("max_steps").get<int64_t>();
  const double updates = max_steps > 0 ? static_cast<double>(max_steps)
                                       : std::ceil(static_cast<double>(probe.features) *
                                                   static_cast<double>(resolved.at("epochs").get<int64_t>()) / per_update);
  return updates * per_update / probe.examples_per_second;
}

}  // namespace

std::map<StepKind, KindTimes> recorded_step_times(const StudyPlan& plan) {
  // Every done step of the study counts, also those an edit moved to stale/: a step of the same
  // kind takes about as long.
  std::map<StepKind, KindTimes> times;
  std::error_code ec;
  for (const fs::path& root : {plan.study_dir, plan.stale_dir, plan.out_dir / "reports"}) {
    for (const auto& [kind, name] : step_kind_names()) {
      const fs::path dir = kind == StepKind::Report ? root : root / name;
      if ((kind == StepKind::Report) != (root == plan.out_dir / "reports") || !fs::is_directory(dir, ec)) continue;
      for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const fs::path marker = entry.path() / kDoneFile;
        if (!fs::is_regular_file(marker, ec)) continue;
        try {
          const json j = json::parse(io::read_file(marker.string()));
          if (j.value("kind", "") != name || !j.contains("seconds") || !j.at("seconds").is_number()) continue;
          KindTimes& t = times[kind];
          ++t.count;
          t.total_seconds += j.at("seconds").get<double>();
        } catch (const std::exception&) {
          // not a marker of xlfuse run: not a figure
        }
      }
    }
  }
  return times;
}

std::map<std::string, ProbeFigures> probe_training(const StudyPlan& plan, const std::string& encoder, int threads,
                                                   int64_t updates) {
  std::map<std::string, std::string> data_of;  // task -> data folder it is read from
  for (const auto& step : plan.steps)
    if (is_probed_kind(step.kind))
      for (const auto& t : tasks_of(step.call)) data_of.emplace(t, step.call.value("data_dir", ""));
  const fs::path scratch = fs::temp_directory_path() / fmt::format("xlfuse-probe-{}", ::getpid());
  std::map<std::string, ProbeFigures> out;
  for (const auto& [task, data_dir] : data_of) {
    train::RunTrainingOptions o;
    o.task = task;
    o.init_dir = encoder;
    o.data_dir = data_dir;
    o.out_dir = (scratch / task).string();
    o.max_steps = updates;
    o.no_eval = true;
    o.threads = threads;
    o.progress = train::ProgressMode::Off;
    try {
      XLFUSE_LOG_INFO("[run] probe: {} updates of {} on the encoder", updates, task);
      const train::RunTrainingResult r = train::run_training(o);
      if (r.summary.examples_per_second > 0.0)
        out[task] = ProbeFigures{r.features, r.summary.examples_per_second, r.seconds};
    } catch (const std::exception& e) {
      XLFUSE_LOG_WARN("[run] probe of {} failed, no estimate for it: {}", task, e.what());
    }
  }
  std::error_code ec;
  fs::remove_all(scratch, ec);
  return out;
}

std::optional<double> estimate_step(const PlannedStep& step, const std::map<StepKind, KindTimes>& recorded,
                                    const std::map<std::string, ProbeFigures>& probes, std::string* source) {
  if (is_probed_kind(step.kind) && !probes.empty()) {
    train::RunTrainingOptions o;
    from_json(step.call, &o);
    double seconds = 0.0;
    bool all = true;
    for (const auto& t : tasks_of(step.call)) {
      auto it = probes.find(t);
      if (it == probes.end()) {
        all = false;
        break;
      }
      seconds += training_seconds(o, t, it->second);
    }
    if (all) {
      if (source) *source = "probe";
      return seconds;
    }
  }
  auto it = recorded.find(step.kind);
  if (it != recorded.end() && it->second.count > 0) {
    if (source) *source = "recorded";
    return it->second.mean();
  }
  return std::nullopt;
}

StudyEta estimate_remaining(const StudyPlan& plan, const std::vector<bool>& left,
                            const std::map<StepKind, KindTimes>& recorded) {
  StudyEta eta;
  bool any_left = false;
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    if (!left[i]) continue;
    any_left = true;
    const std::optional<double> s = estimate_step(plan.steps[i], recorded, {}, nullptr);
    if (s) {
      eta.seconds += *s;
      eta.unknown = false;
    } else {
      eta.partial = true;
    }
  }
  if (!any_left) {
    eta.unknown = false;
    eta.partial = false;
  }
  return eta;
}

}  // namespace xlfuse::pipeline
