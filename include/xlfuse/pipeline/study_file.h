#pragma once
// The study file of `xlfuse run` (TOML, docs/study.md): which encoder, which data, which
// intermediate tasks, target tasks and languages, seeds, fusion variants (and a layer sweep), soups
// (snapshot averaging too), ensembles and where everything goes. Read strictly: an unknown key or a
// bad value is a ConfigError naming the file, the line, the key and what was expected:
//
//   study.toml:14:1: intermediate[1].lerning_rate: unknown key; the known keys of intermediate[1] are: ...
//
// Options of the library calls keep their names (the struct field names, docs/configuration.md);
// what the runner decides itself (paths, resume, threads, progress) is refused in the file.
// Relative paths are taken from the study file's folder and stored absolute.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "xlfuse/core/benchmark.h"
#include "xlfuse/ensemble/weights.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/predict/evaluate.h"
#include "xlfuse/train/run_pretraining.h"
#include "xlfuse/train/run_training.h"

namespace xlfuse::pipeline {

// How an intermediate model is made.
enum class IntermediateKind {
  None,      // the baseline: target tasks are trained on the encoder itself
  Train,     // run_training on one task, several ("mnli,squad") or a task plus mlm_text
  Pretrain,  // continued masked-LM pretraining (run_pretraining) on plain text
};
std::string to_string(IntermediateKind kind);

struct IntermediateSpec {
  // Unique name, used in step names, folder names and as the ensemble member name ("none" for the
  // baseline).
  std::string name;
  IntermediateKind kind = IntermediateKind::None;
  // Train: the task(s) and options; paths, resume, threads and progress are left empty (the runner
  // sets them).
  train::RunTrainingOptions training;
  // Pretrain: the text files (absolute) and options; paths left empty as above.
  train::RunPretrainingOptions pretraining;
  // The data folder its task(s) are read from (absolute): its own `data_dir`, else the study's.
  std::string data_dir;
  // "study.toml:12" of its table, for messages.
  std::string where;
};

struct TargetSpec {
  std::string task;
  // [targets.train] with [targets.task.<task>] over it (task set, paths empty, fusion and seed
  // set per variant by the plan).
  train::RunTrainingOptions training;
};

// Groups of models that ensembles and soups combine.
enum class PoolKind {
  Intermediate,  // per target task, fusion and seed: the models of every intermediate task
  Seeds,         // per target task, intermediate task and fusion: the models of every seed
  All,           // per target task: every model
};
const EnumTable<PoolKind>& pool_kind_names();  // "intermediate", "seeds", "all"
std::string to_string(PoolKind kind);

struct SweepSpec {
  // Whether the file has a [sweep] table.
  bool enabled = false;
  // Target tasks swept (default: every target task that is trained).
  std::vector<std::string> tasks;
  // Intermediate models the swept runs start from, by name (default: ["none"], else the first).
  std::vector<std::string> intermediates;
  // Lower layers (empty = every lower layer of the encoder).
  std::vector<int64_t> layers;
  // The fusion of every swept run; its layer is set per run (default: aif).
  model::FusionOptions fusion;
  // Seeds of the swept runs (default: the study's first seed).
  std::vector<int64_t> seeds;
};

struct SoupSpec {
  // "uniform" and/or "greedy" soups of every pool's models (empty = none).
  std::vector<std::string> methods;
  std::vector<PoolKind> pools = {PoolKind::Intermediate};
  // Keep the last N checkpoints of every target run and average them ("snapshot averaging";
  // 0 = off).
  int64_t snapshots = 0;
};

struct EnsembleSpec {
  std::vector<PoolKind> pools = {PoolKind::Intermediate};
  // Combiner names (ensemble/combiners.h); a method that does not combine a task's outputs is
  // left out for that task.
  std::vector<std::string> methods;
  std::vector<ensemble::WeightSource> weights = {ensemble::WeightSource::Uniform};
  // Also every subset of each pool (ensemble/run_search.h).
  bool search = false;
};

struct StudyFile {
  // The file read (as given) and its name in messages.
  std::string path;
  // [study]
  std::string name;
  std::string encoder;   // absolute
  std::string data_dir;  // absolute
  std::string out_dir;   // absolute
  Benchmark benchmark = kDefaultBenchmark;
  // Seeds of the target runs; {-1} (the task's default seed) when not given.
  std::vector<int64_t> seeds = {-1};
  // [[intermediate]] in file order ({"none"} when there is none).
  std::vector<IntermediateSpec> intermediates;
  // [targets]
  std::vector<TargetSpec> targets;
  std::string langs = "all";  // "all" or "de,es,..."
  std::string split;          // "" = each task's default split (test)
  predict::EvaluateOptions evaluate;
  // [[fusion]] (one last_layer variant when there is none).
  std::vector<model::FusionOptions> fusions;
  SweepSpec sweep;
  SoupSpec soups;
  EnsembleSpec ensembles;

  const IntermediateSpec* find_intermediate(const std::string& name) const;
};

// Reads and checks `path` (see the file comment). IoError when it cannot be read, ConfigError
// naming file:line and the key otherwise.
StudyFile read_study_file(const std::string& path);

// The same from text; `source_name` names it in messages and relative paths are taken from
// `base_dir`.
StudyFile parse_study(const std::string& text, const std::string& source_name, const std::filesystem::path& base_dir);

// The name of a fusion variant in step and folder names: "last_layer", "aif-l8", "aif-l8-r8",
// "iaff-l4-layernorm-x2" (parameters that differ from the defaults are added).
std::string fusion_variant_name(const model::FusionOptions& fusion);

}  // namespace xlfuse::pipeline
