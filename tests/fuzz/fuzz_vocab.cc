// libFuzzer target for vocab.txt (text::Vocab::load): any input either loads or throws an
// xlfuse::Error; a loaded vocabulary must answer lookups of its own tokens consistently.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/text/vocab.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  xlfuse::set_log_level(xlfuse::LogLevel::Off);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using xlfuse::text::Vocab;
  const std::string path = xlfuse_fuzz::write_file("vocab.txt", xlfuse_fuzz::as_view(data, size));
  try {
    const Vocab vocab = Vocab::load(path);
    for (size_t i = 0; i < vocab.size(); ++i) {
      const std::string& token = vocab.token(static_cast<int32_t>(i));
      if (vocab.find(token) != static_cast<int32_t>(i)) __builtin_trap();
      size_t length = 0;
      (void)vocab.longest_prefix(token, false, &length);
      if (length > token.size()) __builtin_trap();
    }
    (void)vocab.fingerprint();
    // A vocabulary with [UNK] makes a tokenizer; tokenize the file's own text with it.
    if (vocab.unk_id() >= 0) {
      const xlfuse::text::BertTokenizer tokenizer(vocab);
      (void)tokenizer.tokenize(xlfuse_fuzz::as_view(data, size < 256 ? size : 256));
    }
  } catch (const xlfuse::Error&) {
  }
  return 0;
}
