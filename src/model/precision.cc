// Precision names and the CPU autocast guard. See precision.h.
#include "xlfuse/model/precision.h"

#include <ATen/autocast_mode.h>
#include <fmt/format.h>

#include "xlfuse/core/error.h"

namespace xlfuse::model {

const EnumTable<Precision>& precision_names() {
  static const EnumTable<Precision> table{{Precision::Float32, "fp32"}, {Precision::BFloat16, "bf16"}};
  return table;
}

Precision parse_precision(std::string_view name) { return parse_enum(precision_names(), name, "precision"); }

std::string to_string(Precision precision) { return enum_name(precision_names(), precision); }

AutocastGuard::AutocastGuard(Precision precision) {
  if (precision != Precision::BFloat16) return;
  active_ = true;
  previous_enabled_ = at::autocast::is_cpu_enabled();
  previous_dtype_ = static_cast<int>(at::autocast::get_autocast_cpu_dtype());
  previous_gpu_enabled_ = at::autocast::is_enabled();
  previous_gpu_dtype_ = static_cast<int>(at::autocast::get_autocast_gpu_dtype());
  at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
  at::autocast::set_cpu_enabled(true);
  // CUDA autocast too: it applies to CUDA tensors only, so a CPU run is unchanged.
  at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
  at::autocast::set_enabled(true);
  at::autocast::increment_nesting();
}

AutocastGuard::~AutocastGuard() {
  if (!active_) return;
  // Cached bf16 copies of the weights are only valid while the weights do not change.
  if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
  at::autocast::set_cpu_enabled(previous_enabled_);
  at::autocast::set_autocast_cpu_dtype(static_cast<at::ScalarType>(previous_dtype_));
  at::autocast::set_enabled(previous_gpu_enabled_);
  at::autocast::set_autocast_gpu_dtype(static_cast<at::ScalarType>(previous_gpu_dtype_));
}

}  // namespace xlfuse::model
