#pragma once
// `xlfuse ensemble search` as a library call: every subset of the members (up to 12) combined by
// their output kind's averaging combiner (mean-prob; QA mean-logit; retrieval mean-sim), scored on
// English dev and on every target language from the stored raw outputs (subset_search.h).
//
//   OUT/search.json  {"format": "xlfuse.ensemble_search", "task", "split", "method", "metric",
//                     "members": [names], "subsets": [{"members": [names], "english_dev": score,
//                     "languages": {lang: score}, "target_mean": score}],
//                     "best_on_english_dev": {"members", "english_dev", "target_mean"},
//                     "oracle": {lang: {"members", "score"}}}          // ORACLE: target labels used
//   OUT/search.md    the subsets ranked by English dev score, with the oracle rows labelled
#include <string>

namespace xlfuse::ensemble {

struct SearchOptions {
  // Members: "FOLDER,..." or "NAME=FOLDER,..." (2 to 12).
  std::string members;
  std::string task;
  // "all" or a comma-separated list of target languages.
  std::string langs = "all";
  // "" = the split the members were predicted on (test when they have it).
  std::string split;
  std::string data_dir;
  std::string out_dir;
  // Score classification and tagging subsets from their argmax labels (SearchSet::score_labels,
  // label_scorers.h): the same numbers, many times faster. false = decode every subset's combined
  // outputs and score them with the official code (the reference path; tests compare the two).
  bool label_path = true;
  void validate() const;  // ConfigError naming the field
};

struct SearchSummary {
  std::string json_file;
  std::string markdown_file;
  std::string markdown;  // what the command prints
  size_t subsets = 0;
};

SearchSummary run_search(const SearchOptions& options);

}  // namespace xlfuse::ensemble
