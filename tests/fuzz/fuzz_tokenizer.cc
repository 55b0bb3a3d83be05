// libFuzzer target for the tokenizers over arbitrary text, with fixed real vocabularies: the
// mBERT vocab.txt (BertTokenizer, cased and uncased, with NFC) and, when the shim module loads,
// the XLM-R sentencepiece.bpe.model of ../shared/golden/xlmr-tiny (SentencePieceTokenizer).
// Input: byte 0 chooses the tokenizer and max_length, the rest is cut at kPartSeparator into the
// two texts of a pair. Any input either tokenizes or throws an xlfuse::Error (FormatError on
// invalid UTF-8); every token's span must lie inside the text and every id inside the vocabulary.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "fuzz_common.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/text/vocab.h"

namespace {

std::vector<std::unique_ptr<const xlfuse::text::Tokenizer>> g_tokenizers;

std::string shared_dir() {
  const char* env = std::getenv("XLFUSE_SHARED_DIR");
  if (env && *env) return env;
  return std::string(XLFUSE_SOURCE_DIR) + "/../shared";
}

void check_tokens(const xlfuse::text::Tokenizer& tok, const std::vector<xlfuse::text::Token>& tokens, size_t text_size) {
  for (const auto& t : tokens) {
    if (t.begin > t.end || t.end > text_size) __builtin_trap();
    if (t.id < 0 || static_cast<size_t>(t.id) >= tok.vocab_size()) __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  using namespace xlfuse::text;
  xlfuse::set_log_level(xlfuse::LogLevel::Off);
  const std::string vocab_path = std::string(XLFUSE_SOURCE_DIR) + "/examples/data/mbert-vocab/vocab.txt";
  const Vocab vocab = Vocab::load(vocab_path);
  g_tokenizers.push_back(std::make_unique<BertTokenizer>(vocab));
  TokenizerOptions uncased;
  uncased.lower_case = true;
  uncased.nfc = true;
  g_tokenizers.push_back(std::make_unique<BertTokenizer>(vocab, uncased));
  const std::string spm = shared_dir() + "/golden/xlmr-tiny/model/sentencepiece.bpe.model";
  if (std::filesystem::exists(spm)) {
    try {
      g_tokenizers.push_back(load_tokenizer_file(spm));
    } catch (const xlfuse::Error& e) {
      std::fprintf(stderr, "fuzz_tokenizer: SentencePiece not fuzzed: %s\n", e.what());
    }
  } else {
    std::fprintf(stderr, "fuzz_tokenizer: SentencePiece not fuzzed: %s is missing\n", spm.c_str());
  }
  std::fprintf(stderr, "fuzz_tokenizer: %zu tokenizers\n", g_tokenizers.size());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t control = data[0];
  const xlfuse::text::Tokenizer& tok = *g_tokenizers[control % g_tokenizers.size()];
  // 0 = no limit, else 5..68: always room for the special tokens of a pair.
  const size_t max_length = (control >> 2) == 0 ? 0 : 4 + (control >> 2);
  const auto parts = xlfuse_fuzz::split_parts(xlfuse_fuzz::as_view(data + 1, size - 1), 2);
  try {
    const auto tokens = tok.tokenize(parts[0]);
    check_tokens(tok, tokens, parts[0].size());
    for (const auto& t : tokens) (void)tok.token(t.id);
    const auto single = tok.encode(parts[0], max_length);
    if (max_length && single.ids.size() > max_length) __builtin_trap();
    if (parts.size() == 2) {
      const auto pair = tok.encode_pair(parts[0], parts[1], max_length);
      if (max_length && pair.ids.size() > max_length) __builtin_trap();
      if (pair.ids.size() != pair.type_ids.size() || pair.ids.size() != pair.offsets.size()) __builtin_trap();
    }
  } catch (const xlfuse::Error&) {
  }
  return 0;
}
