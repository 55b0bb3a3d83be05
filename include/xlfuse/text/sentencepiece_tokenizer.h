#pragma once
// XLM-R tokenization with HuggingFace XLMRobertaTokenizer's exact behaviour, on Debian's
// libsentencepiece: special-token strings in the text (<s> <pad> </s> <unk> <mask>, longest match,
// <mask> strips whitespace to its left) are cut out, every stretch between them is encoded by
// sentencepiece on its own, and pieces get fairseq's ids: <s>=0 <pad>=1 </s>=2 <unk>=3, every other
// piece its sentencepiece id + 1 (sentencepiece's own unknown -> 3), <mask> = the last id.
// Offsets are the pieces' spans in the original text (sentencepiece's surface offsets); a token's
// word is the whitespace-separated word it belongs to (a new word starts at a "\u2581" piece).
// libsentencepiece is reached through a small module loaded at run time (libxlfuse_spm.so beside
// the build's binaries, or $XLFUSE_SPM_SHIM): see src/spm_shim/spm_shim.h for why.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "xlfuse/text/tokenizer.h"

namespace xlfuse::text {

class SentencePieceTokenizer final : public Tokenizer {
 public:
  // Loads a sentencepiece model file (HF's sentencepiece.bpe.model). IoError when it cannot be
  // read (or the sentencepiece module cannot be loaded), FormatError naming the file when
  // sentencepiece rejects it or its <unk> <s> </s> are not ids 0 1 2.
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
  struct Model;  // the loaded sentencepiece model (sentencepiece_tokenizer.cc)
  explicit SentencePieceTokenizer(std::unique_ptr<Model> model);
  // Appends the tokens of `text` (a stretch without special-token strings that starts at byte
  // `offset` of the original text); `*word` is the index of the last word so far.
  void encode_stretch(std::string_view text, size_t offset, std::vector<Token>* tokens, int32_t* word) const;
  // Appends piece `i` of such a stretch (sentencepiece id, byte span [raw_begin, raw_end) in it).
  void add_piece(std::string_view piece, int sp_id, size_t raw_begin, size_t raw_end, size_t i, std::string_view text,
                 size_t offset, std::vector<Token>* tokens, int32_t* word) const;

  std::unique_ptr<Model> model_;
  int32_t mask_id_ = -1;  // <mask>: the last id
  std::string fingerprint_;
};

}  // namespace xlfuse::text
