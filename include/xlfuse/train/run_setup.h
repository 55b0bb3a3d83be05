#pragma once
// What every training command (`train`, multi-task `train`, `pretrain`) sets up the same way
// before it reads data: the starting model folder checked and read (config, tokenizer, the
// parent's task chain), the output folder checked, threads set and the run record started.
#include <filesystem>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "xlfuse/core/run_record.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/model_dir.h"
#include "xlfuse/model/model_folder_writer.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/predict/evaluate.h"
#include "xlfuse/text/tokenizer.h"

namespace xlfuse::train {

struct RunStart {
  // The command ("train", "pretrain").
  std::string command;
  // The model folder to start from (config.json, model.safetensors, vocab.txt or sentencepiece.bpe.model).
  std::string init_dir;
  std::string out_dir;
  // Continue an interrupted run in out_dir, if any (else out_dir must not hold a model or
  // checkpoints).
  bool resume = false;
  // Lower-casing tokenizer (uncased vocabularies).
  bool lower_case = false;
  // Compute threads (0 = all cores).
  int threads = 0;
};

struct RunSetup {
  std::filesystem::path out;
  std::filesystem::path init;
  // config.json of the starting folder.
  io::BertConfig config;
  std::shared_ptr<const text::Tokenizer> tokenizer;
  // The tokenizer file as read (vocab.txt or sentencepiece.bpe.model), copied into every output folder.
  model::TokenizerFileCopy tokenizer_file;
  // Lower-casing WordPiece tokenizer (uncased vocabularies).
  bool lower_case = false;
  // The starting folder's task chain (its xlfuse.json "chain", or [its task]); [] for a plain encoder.
  nlohmann::json parent_chain = nlohmann::json::array();
  RunRecord record;
  int32_t pad_id = 0;

  // Data parallel (distributed/world.h): only rank 0 writes; on the other ranks create_output,
  // write_model and write_record do nothing.
  // Creates the output folder once the inputs are known to be good (the training loop starts or
  // trims metrics.jsonl).
  void create_output() const;
  // The model folder of this run at `dir` (see model/model_folder_writer.h), its xlfuse.json from
  // `info` (parent, lower_case filled in here).
  void write_model(const std::filesystem::path& dir, const model::TaskModel& model, model::ModelInfo info) const;
  // run.json with the resolved options (`config`), the seed and the runtime.
  void write_record(const nlohmann::json& config, uint64_t seed);
};

// IoError when a file of init_dir is missing (naming it), or when out_dir holds a finished model
// or an earlier run's checkpoints and resume is off. Writes nothing.
RunSetup start_training_run(const RunStart& start);

// Dev evaluation during training: one shard per rank, gathered to all in a data-parallel run;
// the whole set in one process.
predict::EvaluationShard evaluation_shard();

// IoError unless `out` may receive a run: without resume, no model.safetensors (a finished run)
// and no checkpoints of an earlier run.
void check_output_folder(const std::filesystem::path& out, bool resume);

}  // namespace xlfuse::train
