// `xlfuse ensemble search`: every subset of the members, scored from stored raw outputs. See
// run_search.h.
#include "xlfuse/ensemble/run_search.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/raw_context.h"
#include "xlfuse/decode/scoring.h"
#include "xlfuse/ensemble/combiners.h"
#include "xlfuse/ensemble/label_scorers.h"
#include "xlfuse/ensemble/members.h"
#include "xlfuse/ensemble/subset_search.h"
#include "xlfuse/io/atomic_file.h"

namespace xlfuse::ensemble {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The averaging combiner of an output kind: what the search's running sums compute.
std::string averaging_method(io::RawOutputKind kind) {
  switch (kind) {
    case io::RawOutputKind::Qa: return "mean-logit";
    case io::RawOutputKind::Embeddings: return "mean-sim";
    default: return "mean-prob";
  }
}

// One scored dataset of the search: its outputs per member and what scores a combination.
struct Set {
  std::string name;
  const data::TaskInfo* task = nullptr;
  std::vector<io::RawOutputs> outputs;
  decode::DecodeInputs inputs;
};

std::vector<std::string> names_in(uint32_t mask, const std::vector<MemberRef>& members) {
  std::vector<std::string> out;
  for (size_t m = 0; m < members.size(); ++m)
    if (mask & (1u << m)) out.push_back(members[m].name);
  return out;
}

}  // namespace

void SearchOptions::validate() const {
  if (members.empty()) throw ConfigError("members: expected 2 to 12 prediction folders, got none");
  if (task.empty()) throw ConfigError("task: a task name is required");
  if (data_dir.empty()) throw ConfigError("data_dir: a data folder is required");
  if (out_dir.empty()) throw ConfigError("out_dir: an output folder is required");
}

SearchSummary run_search(const SearchOptions& options) {
  options.validate();
  const std::vector<MemberRef> members = parse_member_list(options.members);
  if (members.size() > 12)
    throw ConfigError(fmt::format("members: the search takes at most 12 members (4,095 subsets), got {}", members.size()));
  const data::TaskInfo& task = data::task_info(options.task);
  if (task.name == "lareqa" || task.name == "bucc2018")
    throw ConfigError(fmt::format("task: {} is scored over a pooled candidate set; the subset search does not support it",
                                  task.name));
  const std::string split = choose_split(members, task.name, task.splits, options.split);
  const std::vector<std::string> langs = choose_languages(members, task.name, split, options.langs);

  // The sets: English dev (the zero-shot choice) and every target language with labels.
  std::vector<Set> sets;
  const data::DataRef dev = data::english_dev(task.name);
  auto add_set = [&](const std::string& name, const std::string& t, const std::string& s, const std::string& lang) {
    Set set;
    set.name = name;
    set.task = &data::task_info(t);
    set.outputs = load_member_outputs(members, t, s, lang, Agreement::SameFeatures);
    set.inputs = decode::rebuild_decode_inputs(set.outputs.front(), options.data_dir);
    if (set.inputs.dataset.labelled) sets.push_back(std::move(set));
  };
  if (dev.empty()) throw ConfigError(fmt::format("task: {} has no English dev data to choose a subset on", task.name));
  add_set("en", dev.task, dev.split, dev.lang);
  if (sets.empty()) throw FormatError(fmt::format("the English dev data of {} has no labels", task.name));
  // The search names the English dev set "en"; a target split's own English set (UD-POS test has
  // one) runs under another name and is reported as "en" again.
  const std::string target_en = "en@" + split;
  auto set_name = [&](const std::string& lang) { return lang == "en" ? target_en : lang; };
  auto lang_of = [&](const std::string& name) { return name == target_en ? std::string("en") : name; };
  for (const auto& lang : langs) add_set(set_name(lang), task.name, split, lang);
  const std::string method = averaging_method(sets.front().outputs.front().kind);

  std::vector<SearchSet> search_sets;
  for (const Set& set : sets) {
    SearchSet s;
    s.name = set.name;
    for (const auto& r : set.outputs) s.members.push_back(&r);
    const Set* p = &set;
    s.score = [p](const io::RawOutputs& combined) {
      const decode::Predictions pred =
          decode::decode_outputs(*p->task, p->inputs.dataset, p->inputs.features, combined);
      return decode::score_predictions(*p->task, p->inputs.dataset, pred).at(decode::headline_metric(*p->task));
    };
    // Classification and tagging: the label path, which gives the numbers of `score` above from the
    // argmax labels alone. Everything it cannot represent exactly (QA, multiple choice, retrieval,
    // more than 255 labels, outputs that do not fit the data, gold sentences of another length,
    // odd tag sets: make_label_scorer lists them) keeps the full-output path, which also raises
    // decode_outputs' errors as before.
    if (options.label_path) {
      std::string why_not;
      s.score_labels = make_label_scorer(*set.task, set.inputs.dataset, set.inputs.features, set.outputs.front(),
                                         &why_not);
      if (!s.score_labels)
        XLFUSE_LOG_DEBUG("[ensemble] search: set '{}' is scored through the combined outputs ({})", set.name,
                         why_not);
    }
    search_sets.push_back(std::move(s));
  }
  const SearchResult found = search_subsets(search_sets);

  json subsets = json::array();
  for (const auto& s : found.subsets) {
    json languages = json::object();
    for (const auto& [name, score] : s.scores)
      if (name != "en") languages[lang_of(name)] = score;
    subsets.push_back({{"members", names_in(s.mask, members)},
                       {"english_dev", s.scores.at("en")},
                       {"languages", languages},
                       {"target_mean", s.target_mean}});
  }
  auto subset_of = [&](uint32_t mask) -> const SubsetScore& {
    for (const auto& s : found.subsets)
      if (s.mask == mask) return s;
    throw std::logic_error("search: a chosen subset is not among the subsets");
  };
  const SubsetScore& best = subset_of(found.best_on_english_dev);
  json oracle = json::object();
  for (const auto& [lang, mask] : found.oracle_per_language)
    oracle[lang_of(lang)] = {{"members", names_in(mask, members)}, {"score", subset_of(mask).scores.at(lang)}};
  json member_names = json::array();
  for (const auto& m : members) member_names.push_back(m.name);
  const std::string metric = decode::headline_metric(task);
  const json out{{"format", "xlfuse.ensemble_search"},
                 {"task", task.name},
                 {"split", split},
                 {"method", method},
                 {"metric", metric},
                 {"members", member_names},
                 {"subsets", subsets},
                 {"best_on_english_dev",
                  {{"members", names_in(best.mask, members)},
                   {"english_dev", best.scores.at("en")},
                   {"target_mean", best.target_mean}}},
                 {"oracle", oracle}};

  // The table: subsets by English dev score, best first; the oracle subsets labelled.
  std::vector<const SubsetScore*> ranked;
  for (const auto& s : found.subsets) ranked.push_back(&s);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const SubsetScore* a, const SubsetScore* b) { return a->scores.at("en") > b->scores.at("en"); });
  std::string md = fmt::format("{} {} ({}, {} subsets of {} members, {})\n\n| subset | en dev | target mean |", task.name,
                               split, method, found.subsets.size(), members.size(), metric);
  for (const auto& l : langs) md += fmt::format(" {} |", l);
  md += "\n|---|---:|---:|";
  for (size_t i = 0; i < langs.size(); ++i) md += "---:|";
  md += "\n";
  const size_t shown = std::min<size_t>(ranked.size(), 20);
  for (size_t i = 0; i < shown; ++i) {
    const SubsetScore& s = *ranked[i];
    md += fmt::format("| {}{} | {:.2f} | {:.2f} |", fmt::join(names_in(s.mask, members), "+"),
                      s.mask == found.best_on_english_dev ? " (chosen on en dev)" : "", s.scores.at("en"),
                      s.target_mean);
    for (const auto& l : langs)
      md += s.scores.count(set_name(l)) ? fmt::format(" {:.2f} |", s.scores.at(set_name(l))) : " - |";
    md += "\n";
  }
  md += "\nORACLE (best subset per target language, chosen with its labels):\n";
  for (const auto& [lang, mask] : found.oracle_per_language)
    md += fmt::format("  {}: {} {:.2f}\n", lang_of(lang), fmt::join(names_in(mask, members), "+"),
                      subset_of(mask).scores.at(lang));

  SearchSummary summary;
  fs::create_directories(options.out_dir);
  summary.json_file = (fs::path(options.out_dir) / "search.json").string();
  summary.markdown_file = (fs::path(options.out_dir) / "search.md").string();
  io::write_file_atomic(summary.json_file, out.dump(2) + "\n");
  io::write_file_atomic(summary.markdown_file, md);
  summary.markdown = md;
  summary.subsets = found.subsets.size();
  return summary;
}

}  // namespace xlfuse::ensemble
