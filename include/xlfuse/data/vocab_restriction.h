#pragma once
// A WordPiece vocabulary cut down to the tokens a corpus uses: the special tokens plus every
// piece that tokenizing the corpus with the full vocabulary produces, in the full vocabulary's
// order. Greedy longest-match WordPiece then tokenizes that corpus identically (the same pieces,
// hence the same text after id -> token): for each word, every longer candidate piece that the
// full vocabulary lacks is absent from the restricted one too, and the piece the full vocabulary
// chose is kept; a word that became [UNK] still does. Text outside the corpus may get more
// [UNK]s. Used by `xlfuse vocab restrict` to shrink a small model's embedding matrix and softmax
// (e.g. mBERT's 119,547 tokens to the ~30k of a demo corpus).
#include <cstdint>
#include <string>
#include <vector>

#include "xlfuse/text/tokenizer.h"

namespace xlfuse::data {

struct VocabRestrictionInputs {
  // Plain-text files, one text per line.
  std::vector<std::string> text_files;
  // Word-per-line files (XTREME's tagging layout "word<TAB>tag", blank line between sentences):
  // the first tab-separated field of each non-blank line is tokenized as one word.
  std::vector<std::string> word_files;
};

struct VocabRestriction {
  std::vector<std::string> tokens;  // the restricted vocabulary, in the full vocabulary's order
  int64_t lines = 0;                // text lines and words tokenized
  int64_t pieces = 0;               // sub-words produced
  int64_t unknown = 0;              // of them [UNK]
};

// IoError naming a file that cannot be read; FormatError (file:line) on invalid UTF-8; FormatError
// when no file is given or the files hold no token at all.
VocabRestriction restrict_vocab(const text::Tokenizer& tokenizer, const VocabRestrictionInputs& inputs);

}  // namespace xlfuse::data
