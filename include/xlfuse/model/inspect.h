#pragma once
// `xlfuse inspect MODEL_DIR`: what a model folder holds and whether the encoder would load,
// without building the model (the load is planned against the config's expected tensors).
// No libtorch types in this header.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/io/safetensors.h"
#include "xlfuse/model/checkpoint.h"

namespace xlfuse::model {

struct InspectReport {
  // The folder inspected.
  std::string dir;
  // Parsed config.json; unset when missing or invalid (see problems).
  std::optional<io::BertConfig> config;
  // The tokenizer file found (vocab.txt or sentencepiece.bpe.model, text::tokenizer_file); empty
  // when there is none.
  std::string tokenizer_file;
  // The tokenizer's vocabulary size (text::Tokenizer::vocab_size()); -1 when absent or unreadable.
  int64_t vocab_size = -1;
  // do_lower_case from tokenizer_config.json, if present.
  std::optional<bool> do_lower_case;
  // Other files of the folder (xlfuse.json, tokenizer files, ...).
  std::vector<std::string> other_files;
  // Tensors of model.safetensors (empty when missing or unreadable).
  std::vector<io::TensorInfo> tensors;
  // Safetensors metadata.
  std::map<std::string, std::string> metadata;
  // Scalars in all tensors, and in the encoder tensors that would be loaded.
  int64_t total_values = 0;
  int64_t encoder_values = 0;
  // Tensor count per dtype.
  std::map<std::string, int64_t> dtype_counts;
  // The planned load (as load_bert_model would do it; task heads ignored and reported).
  std::optional<LoadReport> plan;
  // Whether the checkpoint has a pooler.
  bool has_pooler = false;
  // Rows of the checkpoint's word embeddings; -1 when not found.
  int64_t embedding_rows = -1;
  // Everything that would stop `load_bert_model` (and so every command) from using the folder,
  // and a tokenizer whose vocabulary size differs from the embedding matrix.
  std::vector<std::string> problems;
  // Things that load but deserve a look.
  std::vector<std::string> warnings;
};

// Never throws for a bad folder: what is wrong goes into problems.
InspectReport inspect_model_dir(const std::string& dir);

// A readable report. With `all_tensors`, every tensor on its own line; otherwise tensors that
// differ only in their layer index are grouped ("encoder.layer.{0..11}.attention...").
std::string format_inspect_report(const InspectReport& report, bool all_tensors);

}  // namespace xlfuse::model
