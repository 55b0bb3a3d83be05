#include "xlfuse/data/classification_readers.h"

#include <algorithm>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/text_file.h"

namespace xlfuse::data {
namespace fs = std::filesystem;

void check_label(const std::string& label, const std::vector<std::string>& labels,
                 const std::string& at, const std::string& what) {
  if (labels.empty() || std::find(labels.begin(), labels.end(), label) != labels.end()) return;
  throw FormatError(fmt::format("{}: unknown label '{}' for {}; expected one of {}", at, label,
                                what, fmt::join(labels, ", ")));
}

std::vector<PairExample> read_pair_tsv(const fs::path& path, const PairTsvOptions& options,
                                       bool* labelled) {
  std::vector<TsvRecord> records = read_tsv_records(path, options.csv_quoting);
  std::vector<PairExample> out;
  out.reserve(records.size());
  size_t expected = 0;
  bool first = true;
  for (auto& r : records) {
    if (first) {
      first = false;
      if (!r.fields.empty() && (r.fields[0] == "sentence1" || r.fields[0] == "id")) continue;
    }
    const size_t n = r.fields.size();
    if (expected == 0) {
      if (n != 2 && n != 3)
        throw FormatError(fmt::format(
            "{}: expected 3 tab-separated fields (text_a, text_b, label), or 2 in an unlabelled "
            "test file, got {}",
            where(path, r.line), n));
      expected = n;
    } else if (n != expected) {
      throw FormatError(fmt::format(
          "{}: expected {} tab-separated fields ({}) like the lines before, got {}",
          where(path, r.line), expected,
          expected == 3 ? "text_a, text_b, label" : "text_a, text_b", n));
    }
    PairExample ex;
    ex.id = fmt::format("{}{}", options.id_prefix, out.size());
    ex.text_a = std::move(r.fields[0]);
    ex.text_b = std::move(r.fields[1]);
    if (n == 3) {
      std::string label = std::move(r.fields[2]);
      for (const auto& [from, to] : options.label_aliases)
        if (label == from) label = to;
      check_label(label, options.labels, where(path, r.line), "this task");
      ex.label = std::move(label);
    }
    out.push_back(std::move(ex));
  }
  if (labelled) *labelled = expected == 3;
  return out;
}

std::vector<PairExample> read_nli_jsonl(const fs::path& path,
                                        const std::vector<std::string>& labels, bool* labelled) {
  std::vector<PairExample> out;
  bool any_label = false;
  for_each_jsonl(path, [&](const nlohmann::json& o, size_t line) {
    const std::string at = where(path, line);
    PairExample ex;
    std::optional<std::string> label;
    if (o.contains("sentence1")) {  // MultiNLI / SNLI
      ex.text_a = json_string(o, "sentence1", at);
      ex.text_b = json_string(o, "sentence2", at);
      if (o.contains("pairID")) ex.id = json_label(o, "pairID", at);
      if (o.contains("gold_label")) label = json_string(o, "gold_label", at);
      if (label && *label == "-") return;  // no consensus
    } else if (o.contains("context") && o.contains("hypothesis")) {  // ANLI
      ex.text_a = json_string(o, "context", at);
      ex.text_b = json_string(o, "hypothesis", at);
      if (o.contains("uid")) ex.id = json_label(o, "uid", at);
      if (o.contains("label")) {
        std::string l = json_string(o, "label", at);
        if (l == "e") l = "entailment";
        else if (l == "n") l = "neutral";
        else if (l == "c") l = "contradiction";
        label = l;
      }
    } else {
      throw FormatError(fmt::format(
          "{}: expected an NLI object with sentence1/sentence2 (MultiNLI, SNLI) or "
          "context/hypothesis (ANLI)",
          at));
    }
    if (ex.id.empty()) ex.id = std::to_string(out.size());
    if (label) {
      check_label(*label, labels, at, "NLI");
      any_label = true;
    }
    ex.label = std::move(label);
    out.push_back(std::move(ex));
  });
  if (labelled) *labelled = any_label;
  return out;
}

std::vector<PairExample> read_glue_tsv(const fs::path& path, const GlueTsvColumns& columns,
                                       const std::vector<std::string>& labels, bool* labelled) {
  const std::string text = read_text_file(path);
  LineCursor cursor(text);
  std::string_view line;
  if (!cursor.next(&line))
    throw FormatError(fmt::format("{}: empty file, expected a GLUE header row", where(path, 1)));
  std::vector<std::string> header;
  for (auto f : split_tabs(line)) header.emplace_back(f);
  auto column = [&](const std::string& name, bool required) -> long {
    if (name.empty()) return -1;
    auto it = std::find(header.begin(), header.end(), name);
    if (it == header.end()) {
      if (!required) return -1;
      throw FormatError(fmt::format("{}: header has no column '{}' (columns: {})",
                                    where(path, 1), name, fmt::join(header, ", ")));
    }
    return it - header.begin();
  };
  const long a = column(columns.text_a, true), b = column(columns.text_b, true);
  const long lab = column(columns.label, false), id = column(columns.id, false);
  std::vector<PairExample> out;
  while (cursor.next(&line)) {
    if (line.empty()) continue;
    auto fields = split_tabs(line);
    const std::string at = where(path, cursor.line_number());
    if (fields.size() != header.size())
      throw FormatError(fmt::format("{}: expected {} tab-separated fields as in the header, got {}",
                                    at, header.size(), fields.size()));
    PairExample ex;
    ex.id = id >= 0 ? std::string(fields[id]) : std::to_string(out.size());
    ex.text_a = std::string(fields[a]);
    ex.text_b = std::string(fields[b]);
    if (lab >= 0) {
      std::string l(fields[lab]);
      if (l == "-") continue;  // MNLI rows without consensus
      check_label(l, labels, at, "this task");
      ex.label = std::move(l);
    }
    out.push_back(std::move(ex));
  }
  if (labelled) *labelled = lab >= 0;
  return out;
}

}  // namespace xlfuse::data
