#pragma once
// The systems a report compares, built from a scanned study. A system is one way of producing
// predictions, followed across target tasks so that it can get an XTREME-R score:
//   model            the models made by one recipe: intermediate task(s), fusion and seed (one
//                    model per target task)
//   soup             a weight-averaged model, by method and ingredients
//   ensemble         an ensemble, by combiner, weight source and member pool
//   dev-chosen member  of a member pool: the member with the best ENGLISH DEV score on each task
//                    (the zero-shot choice an ensemble is compared against)
//   oracle member    of a member pool: the best member on each TARGET language (uses target
//                    labels; an upper bound for choosing a single member, never a usable system)
// Members of ensembles whose folders are not in the study become model systems known only by
// ensemble.json ("outside the study").
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "xlfuse/eval/xtreme_score.h"
#include "xlfuse/report/study_scan.h"

namespace xlfuse::report {

enum class SystemKind { Model, Soup, Ensemble, DevChosenMember, OracleMember };
// "model", "soup", "ensemble", "dev-chosen member", "oracle member".
std::string to_string(SystemKind kind);

// The scores of a system on one (task, split).
struct SystemScores {
  std::string task;
  std::string split;
  std::vector<std::pair<std::string, eval::MetricValues>> languages;  // report language order
  std::string source;                                                 // the folder the scores come from
  std::string detail;  // what the system was on this task (the member a choice picked, ...)
  const eval::MetricValues* find(const std::string& lang) const;
};

struct System {
  std::string key;    // identity (how runs of several tasks are joined)
  std::string label;  // unique display name
  SystemKind kind = SystemKind::Model;
  std::string intermediate;  // models, soups: intermediate_label(); "" for the others
  std::string fusion;        // models, soups
  std::optional<uint64_t> seed;
  std::string method;                // ensembles: combiner; soups: averaging method
  std::string weights_from;          // ensembles
  std::string pool;                  // ensembles and member choices: "{none, mnli, siqa}"; soups: ingredients
  std::vector<size_t> models;        // models and soups: Study::models indices (one per task)
  std::vector<SystemScores> scores;  // sorted by task, then split
  const SystemScores* find(const std::string& task, const std::string& split) const;
};

struct Systems {
  std::vector<System> list;
  // Per Study::runs entry: its system. A run that repeats another run of the same model, task
  // and split (the same model predicted into two folders) joins that system without adding
  // scores (see notes).
  std::vector<size_t> run_system;
  // Per Study::ensembles entry: the ensemble, its dev-chosen member and its oracle member system.
  std::vector<size_t> ensemble_system;
  std::vector<size_t> dev_chosen_system;
  std::vector<size_t> oracle_system;
  // Per ensemble, per member: the label the member is shown under (its system's label).
  std::vector<std::vector<std::string>> member_labels;
  // Per ensemble, per member: the member's system.
  std::vector<std::vector<size_t>> member_system;
  std::vector<std::string> notes;
  std::optional<size_t> find(const std::string& key) const;
};

Systems build_systems(const Study& study);

}  // namespace xlfuse::report
