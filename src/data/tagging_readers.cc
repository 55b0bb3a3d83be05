#include "xlfuse/data/tagging_readers.h"

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/classification_readers.h"
#include "xlfuse/data/text_file.h"

namespace xlfuse::data {
namespace fs = std::filesystem;

std::vector<TaggingExample> read_conll_tags(const fs::path& path, const ConllTagsOptions& options,
                                            bool* labelled) {
  const std::string text = read_text_file(path);
  LineCursor cursor(text);
  std::string_view line;
  std::vector<TaggingExample> out;
  TaggingExample current;
  size_t expected = 0;  // fields per line, fixed by the first token line
  bool strip_prefix = false;
  const std::string prefix = options.lang.empty() ? std::string() : options.lang + ":";
  auto flush = [&] {
    if (current.words.empty()) return;
    current.id = fmt::format("{}{}", options.id_prefix, out.size());
    out.push_back(std::move(current));
    current = TaggingExample();
  };
  while (cursor.next(&line)) {
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      flush();
      continue;
    }
    auto fields = split_tabs(line);
    const size_t n = fields.size();
    if (expected == 0) {
      if (n != 1 && n != 2)
        throw FormatError(fmt::format(
            "{}: expected 2 tab-separated fields (token, tag), or 1 in an unlabelled test file, got {}",
            where(path, cursor.line_number()), n));
      expected = n;
      strip_prefix = !prefix.empty() && fields[0].substr(0, prefix.size()) == prefix;
    } else if (n != expected) {
      throw FormatError(fmt::format("{}: expected {} tab-separated field{} ({}) like the lines before, got {}",
                                    where(path, cursor.line_number()), expected,
                                    expected == 2 ? "s" : "", expected == 2 ? "token, tag" : "token", n));
    }
    std::string_view word = fields[0];
    if (strip_prefix) {
      auto colon = word.find(':');
      if (colon != std::string_view::npos) word.remove_prefix(colon + 1);
    }
    if (word.empty())
      throw FormatError(fmt::format("{}: empty token", where(path, cursor.line_number())));
    current.words.emplace_back(word);
    if (n == 2) {
      std::string tag(fields[1]);
      check_label(tag, options.labels, where(path, cursor.line_number()), "this task");
      current.tags.push_back(std::move(tag));
    }
  }
  flush();
  if (labelled) *labelled = expected == 2;
  return out;
}

std::vector<TaggingExample> read_conllu(const fs::path& path, const ConlluOptions& options) {
  const std::string text = read_text_file(path);
  LineCursor cursor(text);
  std::string_view line;
  std::vector<TaggingExample> out;
  TaggingExample current;
  std::string sent_id;
  const std::string stem = path.stem().string();
  auto flush = [&] {
    if (current.words.empty()) {
      sent_id.clear();
      return;
    }
    current.id = sent_id.empty() ? fmt::format("{}-{}", stem, out.size()) : sent_id;
    out.push_back(std::move(current));
    current = TaggingExample();
    sent_id.clear();
  };
  while (cursor.next(&line)) {
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      constexpr std::string_view kSentId = "# sent_id = ";
      if (line.substr(0, kSentId.size()) == kSentId) sent_id = std::string(line.substr(kSentId.size()));
      continue;
    }
    auto fields = split_tabs(line);
    const std::string at = where(path, cursor.line_number());
    if (fields.size() != 10)
      throw FormatError(fmt::format("{}: expected 10 tab-separated CoNLL-U fields, got {}", at,
                                    fields.size()));
    std::string_view id = fields[0];
    if (id.find('-') != std::string_view::npos || id.find('.') != std::string_view::npos)
      continue;  // multiword token range or empty node
    if (id.empty() || id.find_first_not_of("0123456789") != std::string_view::npos)
      throw FormatError(fmt::format("{}: field ID must be a word index, a range (3-4) or an empty "
                                    "node (8.1), got '{}'", at, id));
    std::string tag;
    if (options.column == ConlluColumn::Upos) {
      tag = std::string(fields[3]);
    } else {
      std::string_view rel = fields[7];
      if (options.universal_deprel) rel = rel.substr(0, rel.find(':'));
      tag = std::string(rel);
    }
    check_label(tag, options.labels, at,
                options.column == ConlluColumn::Upos ? "column UPOS" : "column DEPREL");
    current.words.emplace_back(fields[1]);
    current.tags.push_back(std::move(tag));
  }
  flush();
  return out;
}

}  // namespace xlfuse::data
