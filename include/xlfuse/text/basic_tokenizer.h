#pragma once
// BERT's BasicTokenizer (HF tokenizers' BertNormalizer + BertPreTokenizer, with the added-token
// split in front): finds special tokens in the raw text, cleans and normalises the rest, and
// splits it into words, keeping for every normalised character its byte span in the original text.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "xlfuse/text/tokenizer.h"

namespace xlfuse::text {

// The words of one text. Normalised words are stored back to back in `text`; the normalised
// characters of all words are numbered consecutively.
struct PreTokenized {
  struct Word {
    uint32_t char_begin = 0;    // first normalised character (index into char_byte / char_span)
    uint32_t char_end = 0;      // one past the last
    int32_t special_id = -1;    // vocabulary id when the word is a never-split special token
    uint32_t orig_begin = 0;    // byte span of the word in the original text
    uint32_t orig_end = 0;
  };
  std::string text;                                       // normalised words, concatenated
  std::vector<uint32_t> char_byte;                        // byte offset in `text` of each character, plus a final sentinel
  std::vector<std::pair<uint32_t, uint32_t>> char_span;   // original byte span of each normalised character
  std::vector<Word> words;

  void clear();
  std::string_view word_text(const Word& w) const {
    return std::string_view(text).substr(char_byte[w.char_begin], char_byte[w.char_end] - char_byte[w.char_begin]);
  }
};

class BasicTokenizer {
 public:
  // `specials`: (token, id) pairs kept whole when they occur in the text (matched case-sensitively
  // in the original text, leftmost-longest, like HF's added tokens with normalized=false).
  BasicTokenizer(TokenizerOptions options, std::vector<std::pair<std::string, int32_t>> specials);

  // Fills `out` (cleared first). Throws FormatError "invalid UTF-8 at byte offset N" on bad input.
  void split(std::string_view text, PreTokenized* out) const;

  const TokenizerOptions& options() const { return options_; }

 private:
  // Normalises and splits text[begin, end) (no specials inside) into words appended to `out`.
  void split_plain(std::string_view text, size_t begin, size_t end, PreTokenized* out) const;

  TokenizerOptions options_;
  bool strip_accents_;
  std::vector<std::pair<std::string, int32_t>> specials_;
};

}  // namespace xlfuse::text
