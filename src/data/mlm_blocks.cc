// Packing plain text into masked-LM blocks. See mlm_blocks.h.
#include "xlfuse/data/mlm_blocks.h"

#include <stdexcept>
#include <string_view>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/text_file.h"

namespace xlfuse::data {

std::vector<Feature> pack_text_blocks(const std::vector<std::string>& files, const text::Tokenizer& tokenizer,
                                      int max_seq_length) {
  if (max_seq_length < 3)
    throw std::invalid_argument(fmt::format("pack_text_blocks: max_seq_length must be >= 3, got {}", max_seq_length));
  const text::SpecialTokens& sp = tokenizer.specials();
  const size_t block = static_cast<size_t>(max_seq_length - 2);
  std::vector<Feature> blocks;
  std::vector<int32_t> pending;
  auto flush = [&]() {
    Feature f;
    f.input_ids.reserve(pending.size() + 2);
    f.input_ids.push_back(sp.cls);
    f.input_ids.insert(f.input_ids.end(), pending.begin(), pending.end());
    f.input_ids.push_back(sp.sep);
    f.type_ids.assign(f.input_ids.size(), 0);
    f.example_index = static_cast<int64_t>(blocks.size());
    blocks.push_back(std::move(f));
    pending.clear();
  };
  for (const auto& file : files) {
    const std::string text = read_text_file(file);
    LineCursor cursor(text);
    std::string_view line;
    while (cursor.next(&line)) {
      const text::Encoding enc = tokenizer.encode(line);
      for (size_t i = 1; i + 1 < enc.ids.size(); ++i) {  // without the line's own [CLS]/[SEP]
        pending.push_back(enc.ids[i]);
        if (pending.size() == block) flush();
      }
    }
  }
  if (!pending.empty()) flush();
  if (blocks.empty())
    throw FormatError(fmt::format("no tokens in the text files ({})", fmt::join(files, ", ")));
  return blocks;
}

}  // namespace xlfuse::data
