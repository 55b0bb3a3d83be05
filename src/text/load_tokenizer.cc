// Choosing a model folder's tokenizer by the file it holds. See tokenizer.h.
#include <filesystem>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/text/sentencepiece_tokenizer.h"
#include "xlfuse/text/tokenizer.h"
#include "xlfuse/text/vocab.h"

namespace xlfuse::text {

namespace fs = std::filesystem;

std::string tokenizer_file(const std::string& dir) {
  const fs::path vocab = fs::path(dir) / kWordPieceVocabFile;
  if (fs::exists(vocab)) return vocab.string();
  const fs::path spm = fs::path(dir) / kSentencePieceModelFile;
  if (fs::exists(spm)) return spm.string();
  throw IoError(fmt::format("model folder '{}' has no tokenizer: expected {} (BERT WordPiece) or {} (XLM-R "
                            "SentencePiece)",
                            dir, kWordPieceVocabFile, kSentencePieceModelFile));
}

std::unique_ptr<const Tokenizer> load_tokenizer_file(const std::string& file, const TokenizerOptions& options) {
  if (fs::path(file).extension() == ".model") {
    if (options.lower_case)
      throw ConfigError(fmt::format("{}: a SentencePiece model cannot be lower-cased: its normaliser is part of the "
                                    "model file",
                                    file));
    return SentencePieceTokenizer::load(file);
  }
  return std::make_unique<const BertTokenizer>(Vocab::load(file), options);
}

std::unique_ptr<const Tokenizer> load_tokenizer(const std::string& dir, const TokenizerOptions& options) {
  return load_tokenizer_file(tokenizer_file(dir), options);
}

}  // namespace xlfuse::text
