// libFuzzer target for config.json (io::read_bert_config): any input either gives a BertConfig or
// throws an xlfuse::Error. Anything else (a crash, a sanitizer report, another exception type
// such as nlohmann::json's) is a finding.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/io/hf_config.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  xlfuse::set_log_level(xlfuse::LogLevel::Off);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = xlfuse_fuzz::write_file("config.json", xlfuse_fuzz::as_view(data, size));
  try {
    const xlfuse::io::BertConfig config = xlfuse::io::read_bert_config(path);
    (void)config;
  } catch (const xlfuse::Error&) {
  }
  return 0;
}
