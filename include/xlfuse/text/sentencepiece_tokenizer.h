#pragma once
// XLM-R tokenization with HuggingFace XLMRobertaTokenizer's exact behaviour, on Debian's
// libsentencepiece: special-token strings in the text (<s> <pad> </s> <unk> <mask>, longest match,
// <mask> strips whitespace to its left) are cut out, every stretch between them is encoded by
// sentencepiece on its own, and pieces get fairseq's ids: <s>=0 <pad>=1 </s>=2 <unk>=3, every other
// piece its sentencepiece id + 1 (sentencepiece's own unknown -> 3), <mask> = the last id.
// Offsets are the pieces' spans in the original text (sentencepiece's surface offsets); a token's
// word is the whitespace-separated word it belongs to (a new word starts at a "\u2581" piece).
#include <memory>
#include <string>

#include "xlfuse/text/tokenizer.h"

namespace sentencepiece {
class SentencePieceProcessor;
}

namespace xlfuse::text {

class SentencePieceTokenizer final : public Tokenizer {
 public:
  // Loads a sentencepiece model file (HF's sentencepiece.bpe.model). IoError when it cannot be
  // read, FormatError naming the file when sentencepiece rejects it.
  static std::unique_ptr<const SentencePieceTokenizer> load(const std::string& path);
  ~SentencePieceTokenizer() override;

  TokenizerKind kind() const override { return TokenizerKind::SentencePiece; }
  std::vector<Token> tokenize(std::string_view text) const override;
  // Sentencepiece pieces + <pad> + <mask> (XLM-R base: 250002).
  size_t vocab_size() const override;
  std::string token(int32_t id) const override;
  int32_t find(std::string_view token) const override;
  std::string fingerprint() const override;

 private:
  explicit SentencePieceTokenizer(std::unique_ptr<sentencepiece::SentencePieceProcessor> processor);
  std::unique_ptr<sentencepiece::SentencePieceProcessor> processor_;
  std::string fingerprint_;
};

}  // namespace xlfuse::text
