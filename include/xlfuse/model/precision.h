#pragma once
// Numeric precision of the matrix products: fp32 (default) or bf16 autocast (on the CPU, this
// machine's AVX512-BF16 runs bf16 matmuls about 1.9x faster). Weights, optimiser state and
// losses stay fp32; autocast only changes the dtype the eligible ops compute in.
//
//   AutocastGuard guard(Precision::BFloat16);   // everything in this scope runs under autocast
#include <string>
#include <string_view>

#include "xlfuse/core/enum_names.h"

namespace xlfuse::model {

enum class Precision { Float32, BFloat16 };

// "fp32", "bf16".
const EnumTable<Precision>& precision_names();
// ConfigError listing the names.
Precision parse_precision(std::string_view name);
std::string to_string(Precision precision);

// Enables autocast to bf16 for its scope (nothing for fp32), on the CPU and on CUDA (each applies
// to its own device's tensors), and restores the previous state.
class AutocastGuard {
 public:
  explicit AutocastGuard(Precision precision);
  ~AutocastGuard();
  AutocastGuard(const AutocastGuard&) = delete;
  AutocastGuard& operator=(const AutocastGuard&) = delete;

 private:
  bool active_ = false;
  bool previous_enabled_ = false;
  int previous_dtype_ = 0;  // c10::ScalarType, kept as int so this header needs no libtorch
  bool previous_gpu_enabled_ = false;
  int previous_gpu_dtype_ = 0;
};

}  // namespace xlfuse::model

XLFUSE_ENUM_FORMATTER(xlfuse::model::Precision);
