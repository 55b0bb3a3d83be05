#pragma once
// The task registry: what xlfuse knows about each task (kind, labels, metric, languages, where its
// files are) and which reader reads it. Filled once, by one function, under std::call_once.
// Locating and reading a task's files: task_files.h.
//
//   const TaskInfo& xnli = task_info("xnli");
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "xlfuse/core/benchmark.h"
#include "xlfuse/data/example.h"

namespace xlfuse::data {

enum class TaskKind { Classification, MultipleChoice, Tagging, Qa, Retrieval };
std::string to_string(TaskKind kind);
TaskKind task_kind_from_string(const std::string& name);  // invalid_argument listing the names


// Where the files of one task are, relative to the task folder. Placeholders: {split}, {lang},
// {qlang} (MLQA's question language; lang "de-en" = context de, question en) and * (any run of
// characters without '/'; files matching the same split and language are read in sorted order,
// e.g. several UD treebanks of one language).
struct FileLayout {
  std::string pattern;  // the main file(s)
  // Files that must exist beside each main file (role, pattern), e.g. Tatoeba's English side.
  std::vector<std::pair<std::string, std::string>> companions;
  // Files read when present (role, pattern), e.g. BUCC gold, Mewsli-X labels.
  std::vector<std::pair<std::string, std::string>> optional;
  std::string fixed_split;  // the split when the pattern has no {split} (XQuAD: "test")
  std::string fixed_lang;   // the language when the pattern has no {lang} (SQuAD: "en")
  // The splits this layout holds (empty: any), e.g. Mewsli-X wikinews files: dev and test only.
  std::vector<std::string> splits;
  // (split name used by xlfuse, name in the file), e.g. {"train", "trn"} for SIQA.
  std::vector<std::pair<std::string, std::string>> split_names;
};

// The files of one (split, language) of a task.
struct DataFiles {
  std::string split;
  std::string lang;
  std::vector<std::filesystem::path> main;               // at least one
  std::map<std::string, std::filesystem::path> extra;    // companions and optional files found
  const std::filesystem::path* find(const std::string& role) const;
};

struct TaskInfo;
using ReaderFn = std::function<Dataset(const TaskInfo&, const DataFiles&)>;

struct TaskInfo {
  std::string name;         // registry key, also the folder name in XTREME's download/ layout
  std::string description;  // one line
  TaskKind kind = TaskKind::Classification;
  // Classification: label names in the processor's order; tagging: tag set; multiple choice: the
  // choice labels ("0","1" / "A".."E"); empty where labels are not a closed set (QA, retrieval).
  std::vector<std::string> labels;
  std::string metric;                       // "accuracy", "f1", "squad_em_f1", "mlqa_em_f1", ...
  std::vector<std::string> xtreme_langs;    // target languages in XTREME (empty: not in XTREME)
  std::vector<std::string> xtreme_r_langs;  // target languages in XTREME-R
  bool intermediate = false;                // an English intermediate task (X-STILTs)
  std::string folder;                       // task folder relative to the data dir
  std::vector<FileLayout> layouts;          // tried in order; XTREME's layout first
  std::string reader;                       // key in the reader registry
  std::vector<std::string> splits;          // the splits the task defines, in order

  const std::vector<std::string>& langs(Benchmark benchmark) const {
    return benchmark == Benchmark::Xtreme ? xtreme_langs : xtreme_r_langs;
  }
};

// All registered task names, sorted.
std::vector<std::string> task_names();
// The task called `name`; unknown name -> std::invalid_argument listing the known names.
const TaskInfo& task_info(const std::string& name);
// The target tasks of a benchmark, in the leaderboard's order.
std::vector<std::string> benchmark_tasks(Benchmark benchmark);

// One (task, split, language) of the data.
struct DataRef {
  std::string task;
  std::string split;
  std::string lang;
  bool empty() const { return task.empty(); }
};

// The English dev data a task's models are selected on, as XTREME's scripts do: the task's own
// dev split in English ("val" for XCOPA, COPA and HellaSwag; "dev_matched" for MNLI), SQuAD v1.1's
// dev for XQuAD and MLQA (trained on SQuAD). Empty when the task has none (retrieval, BUCC,
// Tatoeba) or its registry entry lacks that split. Training, weights and member selection of
// ensembles all use this one definition (zero-shot: never target-language labels).
DataRef english_dev(const std::string& task);

// Reader registry (STYLE point 10). Unknown name -> std::invalid_argument listing the names.
const ReaderFn& reader(const std::string& name);
std::vector<std::string> reader_names();

}  // namespace xlfuse::data
