#pragma once
// ensemble.json (format "xlfuse.ensemble", version 1), the contract of ensemble/run_ensemble.h:
//   {"format", "format_version", "task", "split", "method", "weights_from", "metric",
//    "members": [{"name", "folder", "weight", "model_dir", "model_hash", "chain"}],
//    "languages": {lang: {"ensemble", "members": {name: score}, "best_member",
//                         "best_member_score", "delta": {"delta", "low", "high"}, "disagreement"}},
//    "mean": {"ensemble", "best_member", "delta": {...}}, "win_tie_loss": {"wins", "ties", "losses"},
//    "oracle": {lang: {"member", "score"}}, "bootstrap": {"resamples", "confidence", "seed"}}
// "best member" = the member with the best ENGLISH DEV score (the zero-shot choice); "oracle" =
// the best member on each target language (chosen with target labels). Read strictly: a missing
// field, a wrong type, or a member name that names no member is a FormatError naming the file and
// the field.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace xlfuse::report {

// ensemble - best member on one language or on the mean: the observed difference and its
// bootstrap percentile interval.
struct DeltaInterval {
  double delta = 0.0;
  double low = 0.0;
  double high = 0.0;
};

struct EnsembleMemberRecord {
  std::string name;
  std::string folder;  // the member's prediction folder, as written
  double weight = 0.0;
  std::string model_dir;
  std::string model_hash;
  std::vector<std::string> chain;
};

struct EnsembleLanguage {
  std::string lang;
  double ensemble = 0.0;
  std::map<std::string, double> members;  // member name -> score
  std::string best_member;
  double best_member_score = 0.0;
  DeltaInterval delta;
  double disagreement = 0.0;
};

struct OracleChoice {
  std::string member;
  double score = 0.0;
};

struct EnsembleRecord {
  std::string file;    // the ensemble.json path
  std::string folder;  // its folder (the ensemble's prediction folder)
  int64_t format_version = 1;
  std::string task;
  std::string split;
  std::string method;
  std::string weights_from;  // uniform | english-dev | fitted | caruana
  std::string metric;        // the score's metric name (accuracy, f1, map@20)
  std::vector<EnsembleMemberRecord> members;
  std::vector<EnsembleLanguage> languages;  // report language order
  double mean_ensemble = 0.0;
  double mean_best_member = 0.0;
  DeltaInterval mean_delta;
  int64_t wins = 0, ties = 0, losses = 0;
  std::map<std::string, OracleChoice> oracle;  // lang -> choice
  int64_t bootstrap_resamples = 0;
  double bootstrap_confidence = 0.0;
  uint64_t bootstrap_seed = 0;

  const EnsembleLanguage* find_language(const std::string& lang) const;
  const EnsembleMemberRecord* find_member(const std::string& name) const;
};

EnsembleRecord read_ensemble_record(const std::string& file);

}  // namespace xlfuse::report
