#pragma once
// Sentence embeddings from one hidden layer of a BERT encoder (`xlfuse embed`): one vector per
// input line, pooled over the tokens, written as the F32 safetensors tensor `embeddings`
// [lines, hidden]. Lines are sorted by length into batches (dynamic padding) and written back in
// input order. No libtorch types in this header.
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "xlfuse/core/enum_names.h"

namespace xlfuse::predict {

enum class Pooling { Cls, Mean };
// "mean", "cls".
const EnumTable<Pooling>& pooling_names();
Pooling parse_pooling(std::string_view name);  // ConfigError listing the names
std::string to_string(Pooling pooling);

struct EmbedOptions {
  // Model folder: config.json, model.safetensors, vocab.txt or sentencepiece.bpe.model.
  std::string model_dir;
  // Text file, one input per line (split on '\n'; a trailing '\r' is dropped).
  std::string input;
  // Output safetensors file (written atomically).
  std::string output;
  // Hidden state to pool: 0 = embedding output, L = output of layer L, -1 = last layer.
  int64_t layer = -1;
  // mean: average over every non-padding position ([CLS] and [SEP] included); cls: position 0.
  Pooling pooling = Pooling::Mean;
  // Lines per forward pass.
  int64_t batch_size = 32;
  // Maximum tokens per line including [CLS]/[SEP]; 0 = the model's max_position_embeddings.
  int64_t max_length = 0;
  // Compute threads (0 = all cores).
  int threads = 0;
  // Where to compute: "cpu", "cuda" or "cuda:N" (runtime/device.h); the file is the same either way.
  std::string device = "cpu";
  // Lower-case (and strip accents) before WordPiece: uncased vocabularies.
  bool lower_case = false;
  // Throws ConfigError naming the field.
  void validate() const;
};
// Canonical JSON (core/json_fields.h); from_json reads the keys present over *options.
nlohmann::json to_json(const EmbedOptions& options);
void from_json(const nlohmann::json& json, EmbedOptions* options, const std::string& path = "");

struct EmbedResult {
  // Lines embedded (rows of the output).
  int64_t lines = 0;
  // Embedding size.
  int64_t hidden = 0;
  // The layer used (resolved from -1).
  int64_t layer = 0;
  // Lines cut to the maximum length.
  int64_t truncated = 0;
  // Tokens run through the encoder, padding excluded.
  int64_t tokens = 0;
  // Wall time of tokenization plus encoding, seconds.
  double seconds = 0;
};

// Loads the model, embeds every line of options.input and writes options.output.
EmbedResult run_embed(const EmbedOptions& options);

}  // namespace xlfuse::predict

XLFUSE_ENUM_FORMATTER(xlfuse::predict::Pooling);
