// libFuzzer target for raw-output files (io::read_raw_outputs: what `xlfuse predict` writes and
// decode/ensemble/score read back). Any input either reads, and then passes RawOutputs::validate()
// (the reader must check every shape it hands over), or throws an xlfuse::Error. Anything else
// (a crash, a sanitizer report, another exception type) is a finding.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/io/raw_outputs.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  xlfuse::set_log_level(xlfuse::LogLevel::Off);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = xlfuse_fuzz::write_file("raw.safetensors", xlfuse_fuzz::as_view(data, size));
  try {
    const xlfuse::io::RawOutputs outputs = xlfuse::io::read_raw_outputs(path);
    outputs.validate();  // std::invalid_argument here = the reader let a bad shape through
  } catch (const xlfuse::Error&) {
  }
  return 0;
}
