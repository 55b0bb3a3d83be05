// The tokens a corpus uses. See vocab_restriction.h.
#include "xlfuse/data/vocab_restriction.h"

#include <string_view>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/text_file.h"

namespace xlfuse::data {

VocabRestriction restrict_vocab(const text::Tokenizer& tokenizer, const VocabRestrictionInputs& inputs) {
  if (inputs.text_files.empty() && inputs.word_files.empty())
    throw FormatError("restrict_vocab: no text or word files to take the tokens from");
  std::vector<bool> used(tokenizer.vocab_size(), false);
  for (int32_t id : tokenizer.specials().ids()) used[static_cast<size_t>(id)] = true;
  VocabRestriction out;
  auto add = [&](std::string_view text, const std::string& file, size_t line_no) {
    std::vector<text::Token> pieces;
    try {
      pieces = tokenizer.tokenize(text);
    } catch (const FormatError& e) {
      throw FormatError(fmt::format("{}: {}", where(file, line_no), e.what()));
    }
    ++out.lines;
    for (const auto& t : pieces) {
      used[static_cast<size_t>(t.id)] = true;
      ++out.pieces;
      if (t.id == tokenizer.specials().unk) ++out.unknown;
    }
  };
  for (const auto& file : inputs.text_files) {
    const std::string text = read_text_file(file);
    LineCursor cursor(text);
    std::string_view line;
    while (cursor.next(&line)) add(line, file, cursor.line_number());
  }
  for (const auto& file : inputs.word_files) {
    const std::string text = read_text_file(file);
    LineCursor cursor(text);
    std::string_view line;
    while (cursor.next(&line)) {
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      add(line.substr(0, line.find('\t')), file, cursor.line_number());
    }
  }
  if (out.pieces == 0) {
    std::vector<std::string> files = inputs.text_files;
    files.insert(files.end(), inputs.word_files.begin(), inputs.word_files.end());
    throw FormatError(fmt::format("restrict_vocab: no tokens in {}", fmt::join(files, ", ")));
  }
  for (size_t id = 0; id < used.size(); ++id)
    if (used[id]) out.tokens.push_back(tokenizer.token(static_cast<int32_t>(id)));
  return out;
}

}  // namespace xlfuse::data
