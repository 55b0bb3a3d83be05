// libFuzzer target for whole safetensors files (header and data), read both ways a user's file
// is read: SafetensorsFile::open(path) and SafetensorsFile::from_buffer. Any input either parses,
// and then every tensor reads without going out of bounds (read_f32 for float dtypes, read_i64
// for the rest, which may refuse with an xlfuse::Error) and both ways agree, or it throws an
// xlfuse::Error. Anything else (a crash, a sanitizer report, another exception type) is a finding.
// fuzz_safetensors_header stays as the smaller, buffer-only target.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "fuzz_common.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/io/safetensors.h"

namespace {

using namespace xlfuse::io;

bool is_float(DType d) { return d == DType::F32 || d == DType::F16 || d == DType::BF16 || d == DType::F64; }

// Reads every tensor; returns the float values of all float tensors, in order.
std::vector<float> read_all(const SafetensorsFile& file) {
  std::vector<float> all;
  for (const TensorInfo& tensor : file.tensors()) {
    if (file.find(tensor.name) != &tensor) __builtin_trap();
    const uint8_t* bytes = file.data(tensor);
    if (tensor.end > tensor.begin) {
      volatile uint8_t sink = bytes[0] ^ bytes[tensor.end - tensor.begin - 1];
      (void)sink;
    }
    if (is_float(tensor.dtype)) {
      std::vector<float> out(static_cast<size_t>(tensor.numel()));
      file.read_f32(tensor, out.data());
      all.insert(all.end(), out.begin(), out.end());
    } else {
      try {
        (void)file.read_i64(tensor.name);
      } catch (const xlfuse::Error&) {
      }
    }
  }
  for (const auto& [key, value] : file.metadata()) (void)(key.size() + value.size());
  return all;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  xlfuse::set_log_level(xlfuse::LogLevel::Off);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<float> from_memory;
  bool memory_ok = false;
  try {
    const SafetensorsFile file = SafetensorsFile::from_buffer(data, size, "fuzz");
    from_memory = read_all(file);
    memory_ok = true;
  } catch (const xlfuse::Error&) {
  }
  const std::string path = xlfuse_fuzz::write_file("model.safetensors", xlfuse_fuzz::as_view(data, size));
  try {
    const SafetensorsFile file = SafetensorsFile::open(path);
    const std::vector<float> from_file = read_all(file);
    // Both ways read the same bytes: same values (bitwise, NaNs included).
    if (!memory_ok || from_file.size() != from_memory.size() ||
        (!from_file.empty() && std::memcmp(from_file.data(), from_memory.data(), from_file.size() * sizeof(float)) != 0))
      __builtin_trap();
  } catch (const xlfuse::Error&) {
    if (memory_ok) __builtin_trap();  // the file refused what the buffer accepted
  }
  return 0;
}
