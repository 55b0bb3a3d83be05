#pragma once
// The model folder of the DESIGN: config.json (HF), model.safetensors, vocab.txt and, for models
// xlfuse fine-tuned, xlfuse.json describing the task, labels, head, fusion, training arguments and
// parent. A folder without xlfuse.json is a plain pretrained encoder.
//
//   ModelInfo info = read_model_info("runs/udpos");          // xlfuse.json
//   TaskModel m = load_model_dir("runs/udpos");              // head + fusion from xlfuse.json
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/model/task_model.h"

namespace xlfuse::model {

// The contents of xlfuse.json. Unknown keys are kept in `extra` and written back unchanged.
struct ModelInfo {
  // Registry task name the head was trained for ("udpos"; multi-task intermediate models: the
  // tasks joined by '+').
  std::string task;
  // The head (written as its registry name, "token_classification", ...).
  HeadKind head_kind = HeadKind::SequenceClassification;
  // Label names of the head (classification, tagging); empty for the others.
  std::vector<std::string> labels;
  // The representation the head sees.
  FusionOptions fusion;
  // The --init folder this run started from ("" = unknown).
  std::string parent;
  // Seed of the run.
  uint64_t seed = 0;
  // Maximum sequence length used in training (0 = unknown; predict uses the task default).
  int64_t max_seq_length = 0;
  // Lower-casing tokenizer (uncased vocabularies).
  bool lower_case = false;
  // Everything else (training_args, steps, metrics ...), kept as written.
  nlohmann::json extra = nlohmann::json::object();
};

// IoError unless DIR holds config.json, model.safetensors and vocab.txt (the message names the
// missing file and the flag that named the folder, e.g. "--init").
void require_model_files(const std::string& dir, const std::string& flag);

// True when DIR/xlfuse.json exists.
bool has_model_info(const std::string& dir);
// Reads DIR/xlfuse.json; IoError when missing, FormatError naming the file and the key when a
// field has the wrong type or a required field (task, head_kind) is missing.
ModelInfo read_model_info(const std::string& dir);
// Writes DIR/xlfuse.json atomically.
void write_model_info(const std::string& dir, const ModelInfo& info);

// DIR -> task model in eval mode: head and fusion from xlfuse.json, weights strictly from
// model.safetensors (load_task_model). IoError naming the missing file; CheckpointError on
// mismatching weights. `info`, when given, receives xlfuse.json.
TaskModel load_model_dir(const std::string& dir, ModelInfo* info = nullptr);

}  // namespace xlfuse::model
