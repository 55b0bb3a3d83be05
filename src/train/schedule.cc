#include "xlfuse/train/schedule.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "xlfuse/core/error.h"

namespace xlfuse::train {

ScheduleKind schedule_kind_from_string(const std::string& name) {
  if (name == "linear") return ScheduleKind::Linear;
  if (name == "constant") return ScheduleKind::Constant;
  throw ConfigError(fmt::format("schedule: expected \"linear\" or \"constant\", got \"{}\"", name));
}

std::string to_string(ScheduleKind kind) { return kind == ScheduleKind::Linear ? "linear" : "constant"; }

void ScheduleOptions::validate() const {
  if (warmup_steps < 0) throw ConfigError(fmt::format("warmup_steps: expected >= 0, got {}", warmup_steps));
  if (!(warmup_ratio >= 0 && warmup_ratio <= 1))
    throw ConfigError(fmt::format("warmup_ratio: expected a value in [0, 1], got {}", warmup_ratio));
}

LrSchedule::LrSchedule(double peak_lr, int64_t total_steps, const ScheduleOptions& options)
    : options_(options), peak_lr_(peak_lr), total_steps_(total_steps) {
  options_.validate();
  if (total_steps <= 0) throw ConfigError(fmt::format("total_steps: expected > 0, got {}", total_steps));
  if (!(peak_lr >= 0) || !std::isfinite(peak_lr))
    throw ConfigError(fmt::format("learning_rate: expected a finite value >= 0, got {}", peak_lr));
  warmup_steps_ = options_.warmup_steps > 0
                      ? options_.warmup_steps
                      : static_cast<int64_t>(std::ceil(options_.warmup_ratio * static_cast<double>(total_steps)));
}

double LrSchedule::factor_at(int64_t step) const {
  if (step < 0) throw std::invalid_argument(fmt::format("schedule step: expected >= 0, got {}", step));
  if (step < warmup_steps_) return static_cast<double>(step) / static_cast<double>(std::max<int64_t>(1, warmup_steps_));
  if (options_.kind == ScheduleKind::Constant) return 1.0;
  return std::max(0.0, static_cast<double>(total_steps_ - step) /
                           static_cast<double>(std::max<int64_t>(1, total_steps_ - warmup_steps_)));
}

void LrSchedule::set_step(int64_t step) {
  if (step < 0) throw std::invalid_argument(fmt::format("schedule step: expected >= 0, got {}", step));
  step_ = step;
}

}  // namespace xlfuse::train
