#pragma once
// Readers for sentence-pair classification files: XTREME's XNLI / PAWS-X tsv, MultiNLI / SNLI /
// ANLI jsonl, GLUE tsv with a header (MNLI, QQP).
#include <filesystem>
#include <string>
#include <vector>

#include "xlfuse/data/example.h"

namespace xlfuse::data {

struct PairTsvOptions {
  // Label names allowed; a label outside them is a FormatError naming it and the set.
  std::vector<std::string> labels;
  // Fields quoted as Python's csv.writer(delimiter='\t') writes them (XTREME's XNLI/PAWS-X).
  bool csv_quoting = true;
  // Raw labels renamed before checking (XNLI train: "contradictory" -> "contradiction").
  std::vector<std::pair<std::string, std::string>> label_aliases;
  // Prefix for the example ids ("{prefix}-{n}", n from 0 in file order).
  std::string id_prefix;
};

// XTREME's `{split}-{lang}.tsv`: text_a \t text_b [\t label]. Every line must have the same
// number of fields (3, or 2 for unlabelled test files). A header row (first field "sentence1" or
// "id") is skipped. *labelled tells which.
std::vector<PairExample> read_pair_tsv(const std::filesystem::path& path,
                                       const PairTsvOptions& options, bool* labelled);

// MultiNLI / SNLI jsonl (sentence1, sentence2, gold_label, pairID) or ANLI jsonl (uid, context,
// hypothesis, label e|n|c). Rows with gold_label "-" (no annotator consensus) are skipped, as the
// SNLI/MNLI authors advise. Test rows without a label stay unlabelled.
std::vector<PairExample> read_nli_jsonl(const std::filesystem::path& path,
                                        const std::vector<std::string>& labels, bool* labelled);

// GLUE tsv with a header row naming the columns (MNLI: sentence1, sentence2, gold_label; QQP:
// question1, question2, is_duplicate); no quoting (GLUE reads with QUOTE_NONE). Columns are
// found by name; the label column may be absent (test).
struct GlueTsvColumns {
  std::string text_a;
  std::string text_b;
  std::string label;
  std::string id;  // may be empty
};
std::vector<PairExample> read_glue_tsv(const std::filesystem::path& path,
                                       const GlueTsvColumns& columns,
                                       const std::vector<std::string>& labels, bool* labelled);

// "path:line: unknown label 'x' for <what>; expected one of a, b, c" unless label is in labels.
void check_label(const std::string& label, const std::vector<std::string>& labels,
                 const std::string& where, const std::string& what);

}  // namespace xlfuse::data
