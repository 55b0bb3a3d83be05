#pragma once
// Greedy longest-match-first WordPiece (BERT): a word is split into the longest vocabulary
// prefix, then the longest "##"-continuation, and so on.
#include <cstdint>
#include <string_view>
#include <vector>

#include "xlfuse/text/vocab.h"

namespace xlfuse::text {

struct WordPiece {
  int32_t id = 0;      // vocabulary id (of "##piece" for continuations)
  uint32_t begin = 0;  // byte range of the piece in the word
  uint32_t end = 0;
};

// Appends the pieces of `word` (valid UTF-8, non-empty) to `out` and returns true; returns false
// and leaves `out` unchanged when some position matches no piece (the caller emits [UNK] for the
// whole word, as BERT does). Each step is Vocab::longest_prefix: one forward pass, no allocation.
bool wordpiece_split(const Vocab& vocab, std::string_view word, std::vector<WordPiece>* out);

}  // namespace xlfuse::text
