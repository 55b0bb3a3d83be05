#pragma once
// BERT tokenization with HuggingFace BertTokenizer's exact behaviour: BasicTokenizer (clean text,
// CJK split, optional lower-casing / accent stripping, punctuation split, never-split specials)
// followed by greedy longest-match WordPiece. Every token keeps its span in the original text and
// the index of the word it came from.
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
  std::string text;         // WordPiece piece, e.g. "##ing"
  int32_t id = 0;           // vocabulary id
  size_t begin = 0;         // byte offset of the token's first character in the original text
  size_t end = 0;           // byte offset one past its last character
  int32_t word = -1;        // index of the BasicTokenizer word it came from (-1 for added specials)
};

// Result of encoding a text or a pair, with special tokens.
struct Encoding {
  std::vector<int32_t> ids;             // [CLS] a [SEP] (b [SEP])
  std::vector<int32_t> type_ids;        // 0 for the first segment, 1 for the second
  std::vector<int32_t> word_ids;        // word index per position, -1 for specials
  std::vector<int8_t> segment;          // -1 special, 0 first text, 1 second text
  std::vector<std::pair<size_t, size_t>> offsets;  // byte spans; (0,0) for specials
};

class BasicTokenizer;

// Thread-safe: all methods are const and may be called concurrently.
class BertTokenizer {
 public:
  // Throws ConfigError if the options are invalid or the vocabulary has no [UNK].
  BertTokenizer(Vocab vocab, TokenizerOptions options = {});

  // Tokens of one text, no special tokens added. Throws FormatError on invalid UTF-8.
  std::vector<Token> tokenize(std::string_view text) const;

  // [CLS] text [SEP], truncated to max_length (0 = no limit).
  Encoding encode(std::string_view text, size_t max_length = 0) const;
  // [CLS] a [SEP] b [SEP], truncated longest-first to max_length (0 = no limit), with the rule of
  // HF tokenizers (the fast tokenizer): if only the longer segment needs cutting it keeps
  // max_length-3-len(shorter) tokens; if both do, the shorter (the first when equal) keeps
  // floor(room/2) and the other ceil(room/2). Tokens are removed from the end.
  // (The slow Python loop differs only for an odd room when len(a) <= len(b): it gives a the ceil.)
  // Throws std::invalid_argument if max_length cannot hold the special tokens.
  Encoding encode_pair(std::string_view a, std::string_view b, size_t max_length = 0) const;
  // Same, from already tokenized segments (features code tokenizes once and truncates itself).
  Encoding build_inputs(const std::vector<Token>& a, const std::vector<Token>* b, size_t max_length = 0) const;

  const Vocab& vocab() const { return vocab_; }
  const TokenizerOptions& options() const { return options_; }

 private:
  Vocab vocab_;
  TokenizerOptions options_;
  std::shared_ptr<const BasicTokenizer> basic_;
};

// Converts a byte offset in valid UTF-8 text to a code-point offset (what Python/HF report).
// Offsets past the end are clamped to the number of code points.
size_t byte_to_char_offset(std::string_view text, size_t byte_offset);

}  // namespace xlfuse::text
