#pragma once
// The layout of the batch file that xlfuse and the PyTorch peer both read (bench/peer/), so that
// the two run the very same examples in the same order with the same padding. One safetensors
// file; every batch of every set is stored as its own I64 tensors
//
//   <set>.<index, 3 digits>.input_ids        [rows, width]
//   <set>.<index>.attention_mask             [rows, width]  1 real, 0 padding
//   <set>.<index>.token_type_ids             [rows, width]
//   <set>.<index>.labels                     [rows, width]  -100 where no loss is taken
//
// and "__metadata__" holds "xlfuse_peer_batches" (a JSON object: per set its batch count, rows,
// real tokens and description; the data source; the vocabulary size). The Python reader is
// bench/peer/batch_file.py; keep the two in step.
#include <array>
#include <cstdint>
#include <string>

#include <fmt/format.h>

namespace xlfuse::bench::peer {

// The sets, in the order the comparison prints them.
//   infer_padded128  UD-POS test-en, batch 32, every row padded to 128 (the XTREME scripts' way)
//   infer_bucketed   the same batches, each padded to its longest row (as prediction does)
//   train_padded128  UD-POS train-en, batch 8 (the trainer's shuffled, length-bucketed sampler),
//                    padded to 128
//   train_bucketed   the same batches, each padded to its longest row
//   pretrain         batch 8 of 128-token blocks of UD-POS train-en text ([CLS] block [SEP]),
//                    masked as BERT (15 %, 80/10/10), labels at the masked positions
inline constexpr std::array<const char*, 5> kSets = {"infer_padded128", "infer_bucketed", "train_padded128",
                                                     "train_bucketed", "pretrain"};

// Metadata key of the JSON description.
inline constexpr const char* kMetadataKey = "xlfuse_peer_batches";

inline std::string tensor_name(const std::string& set, int64_t index, const char* field) {
  return fmt::format("{}.{:03d}.{}", set, index, field);
}

}  // namespace xlfuse::bench::peer
