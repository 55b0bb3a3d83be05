// libFuzzer target for the safetensors reader: any input must either parse (and then every
// tensor must be readable without going out of bounds) or throw an xlfuse::Error. Anything else
// (a crash, a sanitizer report, another exception type) is a finding.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/io/safetensors.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  xlfuse::set_log_level(xlfuse::LogLevel::Off);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace xlfuse::io;
  try {
    const SafetensorsFile file = SafetensorsFile::from_buffer(data, size, "fuzz");
    std::vector<float> out;
    for (const TensorInfo& tensor : file.tensors()) {
      const uint8_t* bytes = file.data(tensor);
      volatile uint8_t sink = 0;
      // Touch the first and last byte so that ASan checks the whole range is in bounds.
      if (tensor.end > tensor.begin) sink = bytes[0] ^ bytes[tensor.end - tensor.begin - 1];
      (void)sink;
      if (file.find(tensor.name) != &tensor) __builtin_trap();
      if (tensor.dtype == DType::F32 || tensor.dtype == DType::F16 || tensor.dtype == DType::BF16 ||
          tensor.dtype == DType::F64) {
        // The coverage check bounds numel by the input size, so this allocation is small.
        out.resize(static_cast<size_t>(tensor.numel()));
        file.read_f32(tensor, out.data());
      } else {
        try {
          file.read_f32(tensor, out.data());
          __builtin_trap();  // integer dtypes must be refused
        } catch (const xlfuse::FormatError&) {
        }
      }
    }
  } catch (const xlfuse::Error&) {
    // A clear refusal is the expected outcome for malformed input.
  }
  return 0;
}
