#pragma once
// `xlfuse ensemble` as a library call: combine the stored raw outputs of several prediction
// folders (members) of one task into an ensemble's prediction folder, language by language, and
// compare it with its members. Torch-free: no model is run.
//
//   OUT/{task}/{split}-{lang}.{ext}           the ensemble's predictions, leaderboard layout
//   OUT/raw/{task}/{split}-{lang}.safetensors  its raw outputs (so it can be a member itself)
//   OUT/scores.json                            as `xlfuse predict` writes it
//   OUT/ensemble.json                          format "xlfuse.ensemble" (below)
//
// ensemble.json:
//   {"format": "xlfuse.ensemble", "format_version": 1, "task", "split", "method",
//    "weights_from": "uniform" | "english-dev" | "fitted" | "caruana",
//    "members": [{"name", "folder", "weight", "model_dir", "model_hash", "chain": [...]}],
//    "languages": {lang: {"ensemble": score, "members": {name: score},
//                         "best_member": name, "best_member_score": score,
//                         "delta": {"delta", "low", "high"},        // ensemble - best member, bootstrap
//                         "disagreement": value}},                // mean pairwise, members
//    "mean": {"ensemble", "best_member", "delta": {...}},             // over target languages
//    "win_tie_loss": {"wins", "ties", "losses"},
//    "oracle": {lang: {"member": name, "score": score}},              // ORACLE: target labels used
//    "metric": "accuracy" | "f1" | "map@20", "bootstrap": {"resamples", "confidence", "seed"}}
// "best member" is the member with the best ENGLISH DEV score (zero-shot selection); the oracle
// member (best on each target language) is reported, always labelled as such.
#include <string>
#include <vector>

#include "xlfuse/ensemble/members.h"
#include "xlfuse/ensemble/statistics.h"
#include "xlfuse/ensemble/weights.h"

namespace xlfuse::ensemble {

struct EnsembleOptions {
  // Members: "FOLDER,..." or "NAME=FOLDER,..." (members.h).
  std::string members;
  // Registry task name.
  std::string task;
  // Combiner name (combiners.h).
  std::string method = "mean-prob";
  // Where the weights come from (weights.h); the English dev outputs are the members'
  // raw/{task}/{dev split}-en files (run `xlfuse predict --split dev --langs en` for them).
  WeightSource weights = WeightSource::Uniform;
  // "all" = every language all members have for `split`, or a comma-separated list.
  std::string langs = "all";
  // "" = the split the members were predicted on (test when they have it).
  std::string split;
  // Data folder in XTREME's layout (to decode and score).
  std::string data_dir;
  std::string out_dir;
  BootstrapOptions bootstrap;
  void validate() const;  // ConfigError naming the field
};

struct EnsembleResult {
  std::string split;
  std::vector<std::string> languages;
  std::string ensemble_file;  // OUT/ensemble.json
  std::string scores_file;    // "" when nothing was scored
};

EnsembleResult run_ensemble(const EnsembleOptions& options);

}  // namespace xlfuse::ensemble
