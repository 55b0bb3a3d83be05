// Line-aligned parallel text into TLM blocks. See parallel_blocks.h.
#include "xlfuse/data/parallel_blocks.h"

#include <stdexcept>
#include <string_view>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/text_file.h"

namespace xlfuse::data {

namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

std::vector<std::string_view> lines_of(const std::string& text) {
  std::vector<std::string_view> lines;
  LineCursor cursor(text);
  std::string_view line;
  while (cursor.next(&line)) lines.push_back(line);
  return lines;
}

// The sub-words of a line without the tokenizer's own [CLS]/[SEP].
std::vector<int32_t> subwords(const text::Tokenizer& tokenizer, std::string_view line) {
  const text::Encoding enc = tokenizer.encode(line);
  if (enc.ids.size() < 2) return {};
  return std::vector<int32_t>(enc.ids.begin() + 1, enc.ids.end() - 1);
}

}  // namespace

std::pair<std::string, std::string> parse_parallel_spec(const std::string& spec) {
  const size_t colon = spec.find(':');
  if (colon == std::string::npos || spec.find(':', colon + 1) != std::string::npos || colon == 0 ||
      colon + 1 == spec.size())
    throw std::invalid_argument(
        fmt::format("parallel text: expected A.txt:B.txt (two line-aligned files, one ':'), got \"{}\"", spec));
  return {spec.substr(0, colon), spec.substr(colon + 1)};
}

std::vector<Feature> pack_parallel_blocks(const std::vector<std::string>& specs, const text::Tokenizer& tokenizer,
                                          int max_seq_length, ParallelPackStats* stats) {
  if (max_seq_length < 5)
    throw std::invalid_argument(
        fmt::format("pack_parallel_blocks: max_seq_length must be >= 5, got {}", max_seq_length));
  // [CLS] a [SEP] b [SEP], or <s> a </s></s> b </s>.
  const text::SpecialTokens& sp = tokenizer.specials();
  const size_t n_special = sp.count(true);
  if (static_cast<size_t>(max_seq_length) < n_special + 2)
    throw std::invalid_argument(fmt::format("pack_parallel_blocks: max_seq_length {} leaves no room for a line pair "
                                            "and the {} special tokens",
                                            max_seq_length, n_special));
  const size_t budget = static_cast<size_t>(max_seq_length) - n_special;
  ParallelPackStats local;
  std::vector<Feature> blocks;
  for (const auto& spec : specs) {
    const auto [path_a, path_b] = parse_parallel_spec(spec);
    const std::string text_a = read_text_file(path_a);
    const std::string text_b = read_text_file(path_b);
    const auto lines_a = lines_of(text_a);
    const auto lines_b = lines_of(text_b);
    if (lines_a.size() != lines_b.size())
      throw FormatError(fmt::format("parallel text {} has {} lines but {} has {}: line-aligned files must have "
                                    "the same number of lines",
                                    path_a, lines_a.size(), path_b, lines_b.size()));
    for (size_t i = 0; i < lines_a.size(); ++i) {
      const bool blank_a = is_blank(lines_a[i]);
      const bool blank_b = is_blank(lines_b[i]);
      if (blank_a && blank_b) {
        ++local.skipped;
        continue;
      }
      if (blank_a || blank_b)
        throw FormatError(fmt::format("{}: blank line, but line {} of {} is not: the files are probably not "
                                      "line-aligned (blank on both sides is skipped)",
                                      where(blank_a ? path_a : path_b, i + 1), i + 1, blank_a ? path_b : path_a));
      std::vector<int32_t> a = subwords(tokenizer, lines_a[i]);
      std::vector<int32_t> b = subwords(tokenizer, lines_b[i]);
      if (a.empty() || b.empty())
        throw FormatError(fmt::format("{}: the line has no sub-words", where(a.empty() ? path_a : path_b, i + 1)));
      if (a.size() + b.size() > budget) {
        ++local.truncated;
        while (a.size() + b.size() > budget) (a.size() >= b.size() ? a : b).pop_back();
      }
      Feature f;
      f.input_ids.reserve(a.size() + b.size() + n_special);
      f.input_ids.push_back(sp.cls);
      f.input_ids.insert(f.input_ids.end(), a.begin(), a.end());
      f.input_ids.push_back(sp.sep);
      f.type_ids.assign(f.input_ids.size(), 0);
      for (int32_t k = 1; k < sp.pair_separators; ++k) f.input_ids.push_back(sp.sep);
      f.input_ids.insert(f.input_ids.end(), b.begin(), b.end());
      f.input_ids.push_back(sp.sep);
      f.type_ids.resize(f.input_ids.size(), sp.second_type_id);
      f.example_index = static_cast<int64_t>(blocks.size());
      blocks.push_back(std::move(f));
      ++local.pairs;
    }
  }
  if (blocks.empty())
    throw FormatError(fmt::format("no line pairs in the parallel text ({})", fmt::join(specs, ", ")));
  if (stats != nullptr) *stats = local;
  return blocks;
}

}  // namespace xlfuse::data
