#pragma once
// Tokenizers of the model families, behind one interface:
//  - BertTokenizer: HuggingFace BertTokenizer's exact behaviour: BasicTokenizer (clean text, CJK
//    split, optional lower-casing / accent stripping, punctuation split, never-split specials)
//    followed by greedy longest-match WordPiece ("##" continuations; vocab.txt).
//  - SentencePieceTokenizer (sentencepiece_tokenizer.h): HF XLMRobertaTokenizer (pieces with the
//    "\u2581" word-start marker; sentencepiece.bpe.model, fairseq id mapping).
// Every token keeps its span in the original text and the index of the word it came from; the
// special tokens and the input template (one or two separators between the segments of a pair,
// the token type of the second segment) come from specials(), so feature code serves both.
//
//   std::unique_ptr<const Tokenizer> tok = load_tokenizer("models/xlmr");   // whichever file is there
//   Encoding e = tok->encode_pair("premise", "hypothesis", 128);
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xlfuse/text/vocab.h"

namespace xlfuse::text {

struct TokenizerOptions {
  // Lower-case the text (and, unless strip_accents says otherwise, strip accents): uncased models.
  bool lower_case = false;
  // Strip accents (NFD, drop Mn). Unset: follow lower_case, as HF does when strip_accents=None.
  std::optional<bool> strip_accents;
  // Put spaces around CJK ideographs so each becomes its own word.
  bool tokenize_chinese_chars = true;
  // NFC-normalise the text first (recent transformers' slow tokenizer); off matches the fast one.
  bool nfc = false;
  // Words longer than this many code points become [UNK].
  int max_input_chars_per_word = 100;

  // Throws ConfigError naming the field when a value is out of range.
  void validate() const;
};

// One token of an encoding.
struct Token {
  std::string text;         // piece, e.g. "##ing" (WordPiece) or "\u2581the" (SentencePiece)
  int32_t id = 0;           // vocabulary id
  size_t begin = 0;         // byte offset of the token's first character in the original text
  size_t end = 0;           // byte offset one past its last character
  int32_t word = -1;        // index of the word it came from (BasicTokenizer word; SentencePiece: the
                            // whitespace-separated word); -1 for added specials
};

// Result of encoding a text or a pair, with special tokens.
struct Encoding {
  std::vector<int32_t> ids;             // [CLS] a [SEP] (b [SEP]); <s> a </s> (</s> b </s>)
  std::vector<int32_t> type_ids;        // 0 for the first segment, specials().second_type_id for the second
  std::vector<int32_t> word_ids;        // word index per position, -1 for specials
  std::vector<int8_t> segment;          // -1 special, 0 first text, 1 second text
  std::vector<std::pair<size_t, size_t>> offsets;  // byte spans; (0,0) for specials
};

// The special tokens of a model family and where its input template puts them. -1 = absent.
struct SpecialTokens {
  int32_t cls = -1;   // first token of every input: [CLS] (BERT), <s> (XLM-R)
  int32_t sep = -1;   // end of a segment: [SEP], </s>
  int32_t pad = -1;   // [PAD], <pad>
  int32_t mask = -1;  // [MASK], <mask>
  int32_t unk = -1;   // [UNK], <unk>
  // Separators between the two segments of a pair: 1 for BERT ([SEP]), 2 for RoBERTa (</s></s>).
  // XTREME's tagging scripts also end a single sentence with this many (sep_token_extra).
  int32_t pair_separators = 1;
  // Token type of the second segment: 1 for BERT, 0 for RoBERTa (one token type).
  int32_t second_type_id = 1;

  // Every special id that is present ([CLS] [SEP] [PAD] [UNK] [MASK]), e.g. for masked-LM.
  std::vector<int32_t> ids() const;
  // Special tokens around a single text / a pair.
  size_t count(bool pair) const { return pair ? 2 + static_cast<size_t>(pair_separators) : 2; }
};

enum class TokenizerKind { WordPiece, SentencePiece };
std::string_view to_string(TokenizerKind kind);

// Thread-safe: all methods are const and may be called concurrently.
class Tokenizer {
 public:
  virtual ~Tokenizer() = default;

  virtual TokenizerKind kind() const = 0;
  // Tokens of one text, no special tokens added. Throws FormatError on invalid UTF-8.
  virtual std::vector<Token> tokenize(std::string_view text) const = 0;
  // Number of ids (= the embedding rows a model needs).
  virtual size_t vocab_size() const = 0;
  // Text of an id (a piece or a special token); throws std::out_of_range outside [0, vocab_size).
  virtual std::string token(int32_t id) const = 0;
  // Id of a piece or special-token text, or -1.
  virtual int32_t find(std::string_view token) const = 0;
  // 16-hex-digit digest of the id -> text table, to refuse mixing incompatible models.
  virtual std::string fingerprint() const = 0;

  const SpecialTokens& specials() const { return specials_; }

  // [CLS] text [SEP], truncated to max_length (0 = no limit).
  Encoding encode(std::string_view text, size_t max_length = 0) const;
  // [CLS] a [SEP] b [SEP] (RoBERTa: <s> a </s></s> b </s>), truncated longest-first to max_length
  // (0 = no limit), with the rule of HF tokenizers (the fast tokenizer): if only the longer
  // segment needs cutting it keeps room-len(shorter) tokens; if both do, the shorter (the first
  // when equal) keeps floor(room/2) and the other ceil(room/2). Tokens are removed from the end.
  // (The slow Python loop differs only for an odd room when len(a) <= len(b): it gives a the ceil.)
  // Throws std::invalid_argument if max_length cannot hold the special tokens.
  Encoding encode_pair(std::string_view a, std::string_view b, size_t max_length = 0) const;
  // Same, from already tokenized segments (features code tokenizes once and truncates itself).
  Encoding build_inputs(const std::vector<Token>& a, const std::vector<Token>* b, size_t max_length = 0) const;

 protected:
  SpecialTokens specials_;
};

class BasicTokenizer;

class BertTokenizer final : public Tokenizer {
 public:
  // Throws ConfigError if the options are invalid or the vocabulary has no [UNK].
  BertTokenizer(Vocab vocab, TokenizerOptions options = {});

  TokenizerKind kind() const override { return TokenizerKind::WordPiece; }
  std::vector<Token> tokenize(std::string_view text) const override;
  size_t vocab_size() const override { return vocab_.size(); }
  std::string token(int32_t id) const override;
  int32_t find(std::string_view token) const override { return vocab_.find(token); }
  std::string fingerprint() const override { return vocab_.fingerprint(); }

  const Vocab& vocab() const { return vocab_; }
  const TokenizerOptions& options() const { return options_; }

 private:
  Vocab vocab_;
  TokenizerOptions options_;
  std::shared_ptr<const BasicTokenizer> basic_;
};

// The tokenizer files a model folder may hold.
inline constexpr const char* kWordPieceVocabFile = "vocab.txt";
inline constexpr const char* kSentencePieceModelFile = "sentencepiece.bpe.model";

// The tokenizer file of model folder DIR: vocab.txt (BERT) or sentencepiece.bpe.model (XLM-R).
// IoError naming the folder and both file names when it has neither.
std::string tokenizer_file(const std::string& dir);
// The tokenizer of model folder DIR (see tokenizer_file). `options` apply to WordPiece; a
// SentencePiece model refuses lower_case (its normaliser is in the model file).
std::unique_ptr<const Tokenizer> load_tokenizer(const std::string& dir, const TokenizerOptions& options = {});
// The tokenizer in FILE, chosen by its name (vocab.txt or *.model).
std::unique_ptr<const Tokenizer> load_tokenizer_file(const std::string& file, const TokenizerOptions& options = {});

// Converts a byte offset in valid UTF-8 text to a code-point offset (what Python/HF report).
// Offsets past the end are clamped to the number of code points.
size_t byte_to_char_offset(std::string_view text, size_t byte_offset);

}  // namespace xlfuse::text
