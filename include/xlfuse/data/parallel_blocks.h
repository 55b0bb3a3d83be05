#pragma once
// Parallel text for translation language modelling (TLM, Conneau & Lample 2019): two line-aligned
// files (line i of one is a translation of line i of the other) become one block per line pair,
// [CLS] a [SEP] b [SEP], token_type_ids 0 over "[CLS] a [SEP]" and 1 over "b [SEP]", so a masked
// word of one language can be predicted from its translation. Used by `xlfuse pretrain
// --parallel A:B`, mixed with the monolingual blocks of mlm_blocks.h and masked the same way.
#include <string>
#include <utility>
#include <vector>

#include "xlfuse/data/feature.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::data {

// "A.txt:B.txt" -> {"A.txt", "B.txt"}. std::invalid_argument unless the spec has exactly one ':'
// with a non-empty path on each side.
std::pair<std::string, std::string> parse_parallel_spec(const std::string& spec);

struct ParallelPackStats {
  int64_t pairs = 0;      // line pairs turned into blocks
  int64_t skipped = 0;    // line pairs blank on both sides
  int64_t truncated = 0;  // pairs cut to fit max_seq_length
};

// One block per line pair of every file pair ("A:B" specs), in order; a pair longer than
// max_seq_length - 3 sub-words loses tokens from the end of its longer side first (HF's
// "longest_first"). Lines blank on both sides are skipped. Errors: IoError naming a file that
// cannot be read; FormatError naming both files and their line counts when these differ, naming
// "file:line" when a line is blank on one side only (the files are probably misaligned) or
// tokenizes to nothing, and when no file pair has a line; std::invalid_argument for a bad spec
// or max_seq_length < 5.
std::vector<Feature> pack_parallel_blocks(const std::vector<std::string>& specs, const text::Tokenizer& tokenizer,
                                          int max_seq_length, ParallelPackStats* stats = nullptr);

}  // namespace xlfuse::data
