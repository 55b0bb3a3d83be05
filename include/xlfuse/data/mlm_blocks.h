#pragma once
// Plain text for masked-LM training, packed like HF's run_mlm group_texts: the sub-words of every
// line, in file order and without each line's own [CLS]/[SEP], cut into blocks of
// max_seq_length - 2 and framed as [CLS] block [SEP]. Used by `xlfuse pretrain` and by the
// continued-MLM slot of multi-task training.
#include <string>
#include <vector>

#include "xlfuse/data/feature.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::data {

// IoError naming a file that cannot be read; FormatError when the files hold no token at all;
// std::invalid_argument when max_seq_length < 3.
std::vector<Feature> pack_text_blocks(const std::vector<std::string>& files, const text::Tokenizer& tokenizer,
                                      int max_seq_length);

}  // namespace xlfuse::data
