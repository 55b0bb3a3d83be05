#pragma once
// Readers for token-tagging files: XTREME's two-column `token\ttag` files (UD-POS, PAN-X) and
// CoNLL-U treebanks (UPOS or DEPREL).
#include <filesystem>
#include <string>
#include <vector>

#include "xlfuse/data/example.h"

namespace xlfuse::data {

struct ConllTagsOptions {
  std::vector<std::string> labels;  // allowed tags (empty: any)
  // Language code for PAN-X's raw "en:Token" prefix: when the first token of the file starts
  // with "{lang}:", the text up to the first ':' is removed from every token (as XTREME does).
  std::string lang;
  std::string id_prefix;  // example ids "{prefix}{n}"
};

// One `token\ttag` (or `token` in unlabelled test files) per line, a blank line between
// sentences. All lines of a file have the same number of fields (FormatError with path:line
// otherwise). *labelled tells whether tags were present.
std::vector<TaggingExample> read_conll_tags(const std::filesystem::path& path,
                                            const ConllTagsOptions& options, bool* labelled);

enum class ConlluColumn { Upos, Deprel };

struct ConlluOptions {
  ConlluColumn column = ConlluColumn::Upos;
  // Keep only the universal part of a DEPREL ("nsubj:pass" -> "nsubj").
  bool universal_deprel = true;
  std::vector<std::string> labels;  // allowed tags (empty: any)
};

// CoNLL-U: 10 tab-separated columns per word line, '#' comments, blank line after each sentence.
// Multiword-token ranges ("3-4") and empty nodes ("8.1") are skipped, as UD taggers do. The
// example id is the "# sent_id" comment when present, else "{file stem}-{n}".
std::vector<TaggingExample> read_conllu(const std::filesystem::path& path,
                                        const ConlluOptions& options);

}  // namespace xlfuse::data
