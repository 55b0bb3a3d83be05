// Device names and their checks. See device.h.
#include "xlfuse/runtime/device.h"

#include <c10/core/Device.h>
#include <torch/cuda.h>

#include <fmt/format.h>

#include "xlfuse/core/error.h"

namespace xlfuse::runtime {

namespace {

constexpr const char* kForms = "expected cpu, cuda or cuda:N (N = 0, 1, ...)";

// The CUDA index of a "cuda:N" name; -1 for "cuda" (the current GPU). Throws for anything else.
int cuda_index(const std::string& name, const std::string& field) {
  if (name == "cuda") return -1;
  const std::string prefix = "cuda:";
  const std::string digits = name.size() > prefix.size() ? name.substr(prefix.size()) : "";
  const bool well_formed = name.compare(0, prefix.size(), prefix) == 0 && !digits.empty() && digits.size() <= 4 &&
                           digits.find_first_not_of("0123456789") == std::string::npos;
  if (!well_formed)
    throw ConfigError(fmt::format("{}'{}' is not a device; {}", field.empty() ? "" : field + ": ", name, kForms));
  return std::stoi(digits);
}

}  // namespace

void check_device_name(const std::string& name, const std::string& field) {
  if (name == "cpu") return;
  cuda_index(name, field);
}

bool cuda_available() { return torch::cuda::is_available() && torch::cuda::device_count() > 0; }

c10::Device resolve_device(const std::string& name, const std::string& field) {
  if (name == "cpu") return c10::Device(c10::DeviceType::CPU);
  const int index = cuda_index(name, field);
  if (!torch::cuda::is_available())
    throw ConfigError(fmt::format(
        "{}: '{}' asked for a GPU, but this xlfuse runs on a libtorch without CUDA or sees no GPU (Debian's "
        "libtorch-dev is CPU-only; docs/gpu.md builds xlfuse against an official CUDA libtorch); use --device cpu",
        field, name));
  const auto count = static_cast<int>(torch::cuda::device_count());
  if (index >= count)
    throw ConfigError(fmt::format("{}: '{}' asked for GPU {}, but {} GPU(s) are visible (0 to {})", field, name, index,
                                  count, count - 1));
  return c10::Device(c10::DeviceType::CUDA, static_cast<c10::DeviceIndex>(index));
}

}  // namespace xlfuse::runtime
