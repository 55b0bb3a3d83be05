#pragma once
// Learning-rate schedules as in transformers' get_linear_schedule_with_warmup and
// get_constant_schedule_with_warmup: the factor for the update with index `step` (0 = the first
// update; the scripts call scheduler.step() after optimizer.step()) is
//   step < warmup:  step / max(1, warmup)
//   linear:         max(0, (total - step) / max(1, total - warmup))
//   constant:       1
// so with warm-up the first update has learning rate 0, and without it the first update uses the
// peak rate. No libtorch in this header.
#include <cstdint>
#include <string>

namespace xlfuse::train {

enum class ScheduleKind { Linear, Constant };
ScheduleKind schedule_kind_from_string(const std::string& name);  // "linear" | "constant"; ConfigError otherwise
std::string to_string(ScheduleKind kind);

struct ScheduleOptions {
  // Linear warm-up then linear decay to 0 at total_steps, or warm-up then constant.
  ScheduleKind kind = ScheduleKind::Linear;
  // Warm-up updates; when 0, warmup_ratio decides.
  int64_t warmup_steps = 0;
  // Fraction of the total updates used for warm-up (rounded up, as HF's Trainer); used only when
  // warmup_steps is 0.
  double warmup_ratio = 0.0;
  void validate() const;  // throws ConfigError naming the field
};

class LrSchedule {
 public:
  // `peak_lr`: the learning rate reached after warm-up. `total_steps`: optimiser updates of the
  // whole run (> 0).
  LrSchedule(double peak_lr, int64_t total_steps, const ScheduleOptions& options = {});

  // Multiplier of the peak rate for the update with index `step` (>= 0).
  double factor_at(int64_t step) const;
  double lr_at(int64_t step) const { return peak_lr_ * factor_at(step); }

  // The schedule's own position (updates done): resumable state.
  int64_t step() const { return step_; }
  void set_step(int64_t step);
  // Learning rate for the next update, then advance().
  double current_lr() const { return lr_at(step_); }
  void advance() { ++step_; }

  double peak_lr() const { return peak_lr_; }
  int64_t total_steps() const { return total_steps_; }
  int64_t warmup_steps() const { return warmup_steps_; }
  const ScheduleOptions& options() const { return options_; }

 private:
  ScheduleOptions options_;
  double peak_lr_;
  int64_t total_steps_;
  int64_t warmup_steps_;
  int64_t step_ = 0;
};

}  // namespace xlfuse::train
