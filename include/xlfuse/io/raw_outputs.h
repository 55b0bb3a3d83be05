#pragma once
// Raw model outputs of one (model, task, split, language): what the model computed per feature,
// before decoding, stored once so that ensembles and re-decoding never run the model again
// (DESIGN "Key formats"). Torch-free.
//
// File layout (safetensors, F = features, T = longest feature, L = labels, E = embedding size):
//   example_index, window, choice, lengths   I64 [F]   Feature fields and token counts
//   logits         F32 [F, L]     classification
//                  F32 [F]        multiple choice (one score per (example, choice) feature)
//                  F32 [F, T, L]  tagging (rows past a feature's length are 0)
//   start_logits, end_logits  F32 [F, T]  QA (positions past a feature's length are 0)
//   embeddings     F32 [F, E]     retrieval (window 0 = query side, 1 = candidate side)
// Metadata (all strings): format "xlfuse.raw_outputs", format_version, output, model_hash,
// vocab_hash, task, split, lang, labels (joined by '\n'), head_kind, fusion (JSON),
// xlfuse_version, plus free-form extras (pooling, layer, max_seq_length, precision ...).
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace xlfuse::io {

// Which arrays a file holds.
enum class RawOutputKind { Classification, MultipleChoice, Tagging, Qa, Embeddings };
std::string to_string(RawOutputKind kind);
RawOutputKind raw_output_kind_from_string(const std::string& name);  // FormatError listing names

// Where the numbers come from; two files may be combined only when these agree (see
// check_compatible).
struct RawOutputsMeta {
  // 16 hex digits: FNV-1a 64 of the model.safetensors bytes ("" for a model only in memory).
  std::string model_hash;
  // text::Vocab::fingerprint() of the tokenizer that made the features.
  std::string vocab_hash;
  std::string task;
  std::string split;
  std::string lang;
  // The head's label names (classification, tagging); empty otherwise.
  std::vector<std::string> labels;
  // The head kind, or "encoder" for mean/[CLS] pooling of a hidden layer (retrieval).
  std::string head_kind;
  // fusion_to_json(...).dump() of the model ("" when not known).
  std::string fusion;
  std::string xlfuse_version;
  // Anything else worth keeping (pooling, layer, max_seq_length, precision ...).
  std::map<std::string, std::string> extra;
};

// Outputs of every feature, in feature order.
struct RawOutputs {
  RawOutputKind kind = RawOutputKind::Classification;
  RawOutputsMeta meta;
  // Per feature (data::Feature fields), all of the same size.
  std::vector<int64_t> example_index;
  std::vector<int64_t> window;
  std::vector<int64_t> choice;
  std::vector<int64_t> lengths;  // tokens of the feature (input_ids.size())
  // One row per feature: classification [L]; multiple choice [1]; tagging [length * L] (row-major
  // [length, L]); retrieval embeddings [E]. QA uses start_logits / end_logits, [length] each.
  std::vector<std::vector<float>> logits;
  std::vector<std::vector<float>> start_logits;
  std::vector<std::vector<float>> end_logits;
  std::vector<std::vector<float>> embeddings;

  size_t size() const { return lengths.size(); }
  // std::invalid_argument naming the array and feature when sizes disagree with `kind`.
  void validate() const;
};

// Writes `outputs` atomically (see the file comment). Validates first.
void write_raw_outputs(const std::string& path, const RawOutputs& outputs);

// Reads a file written by write_raw_outputs and checks it: the format marker, every metadata key,
// the tensors the output kind needs with consistent shapes. FormatError naming the file and the
// key or tensor otherwise; IoError when it cannot be read.
RawOutputs read_raw_outputs(const std::string& path);

// Same, and refuses a file whose metadata differs from `expected` in a field that `expected`
// sets (non-empty): vocab_hash, model_hash, task, split, lang, labels, head_kind, fusion.
// ConfigError naming the file, the field, the expected and the found value.
RawOutputs read_raw_outputs(const std::string& path, const RawOutputsMeta& expected);

// The check read_raw_outputs(path, expected) does, on metadata already read; `where` prefixes
// the message.
void check_compatible(const RawOutputsMeta& expected, const RawOutputsMeta& found, const std::string& where);

// 16-hex-digit FNV-1a 64 digest of a file's bytes (memory-mapped), for RawOutputsMeta::model_hash.
// IoError naming the file.
std::string file_fingerprint(const std::string& path);

}  // namespace xlfuse::io
