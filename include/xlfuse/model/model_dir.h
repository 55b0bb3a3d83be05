#pragma once
// The model folder of the DESIGN: config.json (HF), model.safetensors, the tokenizer (vocab.txt for
// BERT, sentencepiece.bpe.model for XLM-R) and, for models xlfuse fine-tuned, xlfuse.json
// describing the task, labels, head, fusion, training arguments and parent. A folder without
// xlfuse.json is a plain pretrained encoder.
//
//   ModelInfo info = read_model_info("runs/udpos");          // xlfuse.json
//   TaskModel m = load_model_dir("runs/udpos");              // head + fusion from xlfuse.json
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/model/task_model.h"
#include "xlfuse/text/tokenizer.h"

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

// IoError unless DIR holds config.json, model.safetensors and a tokenizer file (vocab.txt or
// sentencepiece.bpe.model, see text::tokenizer_file); the message names the missing file (both
// tokenizer files when neither is there) and the flag that named the folder, e.g. "--init".
void require_model_files(const std::string& dir, const std::string& flag);

// "" when a tokenizer of `tokenizer_size` ids (text::Tokenizer::vocab_size(), from the file
// `tokenizer_path`) fits an embedding matrix of `rows` rows (described by `rows_source`, e.g.
// "the word embeddings (vocab_size in DIR/config.json)"), else the problem in words, naming both
// and both numbers. They must be equal: more ids would index past the matrix; fewer would leave
// rows no tokenizer produces, which is not how HF saves a BERT or XLM-R model and usually means
// the wrong tokenizer.
std::string vocabulary_mismatch(const std::string& tokenizer_path, int64_t tokenizer_size,
                                const std::string& rows_source, int64_t rows);
// FormatError (vocabulary_mismatch) unless the tokenizer loaded from model folder DIR has exactly
// config.vocab_size ids, the rows of the word embeddings. What commands that tokenize call after
// load_tokenizer(DIR).
void check_tokenizer_fits_model(const std::string& dir, const text::Tokenizer& tokenizer,
                                const io::BertConfig& config);

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
