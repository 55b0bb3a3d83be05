// The dry run's text. See plan_summary.h.
#include "xlfuse/pipeline/plan_summary.h"

#include <fmt/format.h>

#include "xlfuse/pipeline/step_cache.h"
#include "xlfuse/train/progress.h"

namespace xlfuse::pipeline {

namespace {

struct KindRow {
  size_t steps = 0, done = 0, to_run = 0;
  size_t estimated = 0;  // steps to run with an estimate
  double to_run_seconds = 0.0;
  std::map<std::string, size_t> sources;
};

std::string duration_or_dash(double seconds, bool known) { return known ? train::format_duration(seconds) : "--:--"; }

// Done, or done in OUT/stale (an undone edit): the run moves it back instead of running it.
bool done_or_restorable(const StudyPlan& plan, const PlannedStep& step) {
  if (is_step_done(step)) return true;
  if (step.kind == StepKind::Report) return false;
  PlannedStep moved = step;
  moved.folder = plan.stale_dir / to_string(step.kind) / step.folder.filename();
  return is_step_done(moved);
}

}  // namespace

std::string describe_plan(const StudyPlan& plan, const std::map<StepKind, KindTimes>& recorded,
                          const std::map<std::string, ProbeFigures>& probes) {
  std::map<StepKind, KindRow> rows;
  std::vector<bool> done(plan.steps.size());
  size_t total_done = 0, trainings = 0, trainings_to_run = 0;
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const PlannedStep& s = plan.steps[i];
    KindRow& row = rows[s.kind];
    ++row.steps;
    done[i] = done_or_restorable(plan, s);
    if (is_training(s.kind)) ++trainings;
    if (done[i]) {
      ++row.done;
      ++total_done;
      continue;
    }
    ++row.to_run;
    if (is_training(s.kind)) ++trainings_to_run;
    std::string source;
    if (const std::optional<double> e = estimate_step(s, recorded, probes, &source)) {
      ++row.estimated;
      row.to_run_seconds += *e;
      ++row.sources[source];
    }
  }

  std::string out = fmt::format("study {}: {} steps in {} ({} done, {} to run)\n", plan.name, plan.steps.size(),
                                plan.out_dir.string(), total_done, plan.steps.size() - total_done);
  out += fmt::format("training steps: {} ({} to run)\n\n", trainings, trainings_to_run);
  out += fmt::format("{:<20} {:>6} {:>6} {:>7} {:>13} {:>13}  {}\n", "kind", "steps", "done", "to run", "est. per step",
                     "est. to run", "estimate from");
  double total_seconds = 0.0;
  bool all_known = true, any_known = false;
  for (const auto& [kind, name] : step_kind_names()) {
    auto it = rows.find(kind);
    if (it == rows.end()) continue;
    const KindRow& r = it->second;
    std::string from;
    if (r.to_run == 0) {
      from = "-";
    } else if (r.sources.empty()) {
      from = "no figure yet";
    } else {
      for (const auto& [source, n] : r.sources) {
        if (!from.empty()) from += " + ";
        from += source == "recorded"
                    ? fmt::format("recorded ({} done step{} of this study)", recorded.at(kind).count,
                                  recorded.at(kind).count == 1 ? "" : "s")
                    : "measured probe";
      }
      if (r.estimated < r.to_run) from += fmt::format(" ({} of {} steps)", r.estimated, r.to_run);
    }
    const bool known = r.to_run > 0 && r.estimated == r.to_run;
    if (r.to_run > 0) {
      all_known = all_known && known;
      any_known = any_known || r.estimated > 0;
    }
    total_seconds += r.to_run_seconds;
    out += fmt::format("{:<20} {:>6} {:>6} {:>7} {:>13} {:>13}  {}\n", name, r.steps, r.done, r.to_run,
                       duration_or_dash(r.estimated ? r.to_run_seconds / static_cast<double>(r.estimated) : 0.0,
                                        r.estimated > 0),
                       r.to_run == 0 ? std::string("0:00") : duration_or_dash(r.to_run_seconds, known), from);
  }
  if (total_done == plan.steps.size())
    out += "estimated time to run: nothing to run\n";
  else if (!any_known)
    out += "estimated time to run: unknown (no figure yet: this study has no done step of those kinds; --probe "
           "measures the trainings)\n";
  else
    out += fmt::format("estimated time to run: {}{} for one worker (n workers with --shard share it){}\n",
                       all_known ? "" : "more than ", train::format_duration(total_seconds),
                       all_known ? "" : "; kinds without a figure are not counted");
  out += "\nsteps in plan order (* done):\n";
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const PlannedStep& s = plan.steps[i];
    out += fmt::format("  {} {:<18} {} {}\n", done[i] ? '*' : ' ', to_string(s.kind), s.key, s.label);
  }
  if (!plan.notes.empty()) {
    out += "\nnotes:\n";
    for (const auto& n : plan.notes) out += "  - " + n + "\n";
  }
  if (!plan.problems.empty()) {
    out += fmt::format("\nproblems: the study cannot run until these {} are fixed:\n", plan.problems.size());
    for (const auto& p : plan.problems) out += "  - " + p + "\n";
  }
  return out;
}

}  // namespace xlfuse::pipeline
