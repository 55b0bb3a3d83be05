#pragma once
// Sentence breaks of a SQuAD paragraph, as XTREME's third_party/processors/sb_sed.py infers them
// (a sed-style rule list with SQuAD/Wikipedia tweaks) to turn SQuAD v1.1 into LAReQA training pairs
// (question -> the sentence holding the answer + its paragraph). No libtorch.
//
//   for (auto [begin, end] : infer_sentence_breaks(context)) ... context.substr(begin, end - begin)
//
// Offsets are bytes of the UTF-8 text (sb_sed's are code points; every rule swaps one ASCII
// character for another, so the two agree on the sentences). Differences from Python's `re`:
// \s and \b are ASCII-only here (Python's also match e.g. U+00A0), which matters only for
// non-ASCII spaces next to sentence punctuation.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace xlfuse::data {

// [begin, end) byte ranges of the sentences of `text`, in order, stripped of surrounding
// whitespace (an empty text gives one empty range, as sb_sed does).
std::vector<std::pair<size_t, size_t>> infer_sentence_breaks(const std::string& text);

}  // namespace xlfuse::data
