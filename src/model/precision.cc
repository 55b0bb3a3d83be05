// Precision names and the CPU autocast guard. See precision.h.
#include "xlfuse/model/precision.h"

#include <ATen/autocast_mode.h>
#include <fmt/format.h>

#include "xlfuse/core/error.h"

namespace xlfuse::model {

Precision parse_precision(const std::string& name) {
  if (name == "fp32") return Precision::Float32;
  if (name == "bf16") return Precision::BFloat16;
  throw ConfigError(fmt::format("precision: expected \"fp32\" or \"bf16\", got \"{}\"", name));
}

std::string to_string(Precision precision) { return precision == Precision::BFloat16 ? "bf16" : "fp32"; }

AutocastGuard::AutocastGuard(Precision precision) {
  if (precision != Precision::BFloat16) return;
  active_ = true;
  previous_enabled_ = at::autocast::is_cpu_enabled();
  previous_dtype_ = static_cast<int>(at::autocast::get_autocast_cpu_dtype());
  at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
  at::autocast::set_cpu_enabled(true);
  at::autocast::increment_nesting();
}

AutocastGuard::~AutocastGuard() {
  if (!active_) return;
  // Cached bf16 copies of the weights are only valid while the weights do not change.
  if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
  at::autocast::set_cpu_enabled(previous_enabled_);
  at::autocast::set_autocast_cpu_dtype(static_cast<at::ScalarType>(previous_dtype_));
}

}  // namespace xlfuse::model
