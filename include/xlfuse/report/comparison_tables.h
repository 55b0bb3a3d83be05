#pragma once
// The numbers of the report, computed once and then written as markdown, CSV, JSON, SQLite and
// HTML:
//   task tables   per (task, split): every individual model, every soup, per member pool the
//                 member chosen on English dev and the ORACLE member, every ensemble with its
//                 bootstrap interval against the dev-chosen member; one column per language and
//                 the mean over the table's languages (only for rows that have all of them)
//   comparisons   the main table: one row per ensemble folder, from its ensemble.json
//   XTREME-R      the score of every system, or "incomplete" with what is missing
//   gains         intermediate task x target language (intermediate_gains.h)
//   sweeps        the layer sweeps found (score per fused layer and language)
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "xlfuse/report/ensemble_record.h"
#include "xlfuse/report/intermediate_gains.h"
#include "xlfuse/report/study_scan.h"
#include "xlfuse/report/systems.h"
#include "xlfuse/report/xtreme_r_score.h"

namespace xlfuse::report {

struct TableRow {
  size_t system = 0;
  std::string label;  // the system's label; member choices add the member they picked
  SystemKind kind = SystemKind::Model;
  std::map<std::string, double> values;            // lang -> headline metric
  std::map<std::string, DeltaInterval> intervals;  // ensembles: ensemble - dev-chosen member
  std::optional<double> mean;                      // over the table's languages, when all are present
  std::optional<DeltaInterval> mean_interval;      // ensembles: ensemble.json's mean interval
  std::string source;                              // folder of the scores
};

struct TaskTable {
  std::string task;
  std::string split;
  std::string metric;
  std::vector<std::string> languages;  // report order
  std::vector<TableRow> rows;          // members, soups, dev-chosen, oracle, ensembles
};

// One ensemble against its members, over the ensemble's languages (ensemble.json).
struct Comparison {
  size_t ensemble = 0;  // Study::ensembles index
  std::string task;
  std::string split;
  std::string metric;
  std::string ensemble_label;
  std::string dev_member;  // the member chosen on English dev
  double dev_member_mean = 0.0;
  double ensemble_mean = 0.0;
  DeltaInterval delta;  // ensemble - dev-chosen member, mean over languages
  double confidence = 0.0;
  int64_t wins = 0, ties = 0, losses = 0;
  std::optional<double> oracle_mean;  // mean of the per-language oracle scores (all languages)
  size_t languages = 0;
  std::string folder;
};

struct XtremeRRow {
  size_t system = 0;
  std::string label;
  SystemKind kind = SystemKind::Model;
  XtremeRScore score;
};

struct ReportTables {
  std::string study_dir;
  std::vector<TaskTable> tasks;  // sorted by task; test split first
  std::vector<Comparison> comparisons;
  std::vector<XtremeRRow> xtreme_r;
  std::vector<GainCell> gains;
  std::vector<SweepRecord> sweeps;
  std::vector<std::string> notes;
  const TaskTable* find(const std::string& task, const std::string& split) const;
};

ReportTables build_tables(const Study& study, const Systems& systems);

// Display order of system kinds in tables: models, soups, dev-chosen, oracle, ensembles.
int kind_rank(SystemKind kind);

}  // namespace xlfuse::report
