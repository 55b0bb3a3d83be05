#pragma once
// Strict loading and saving of BERT encoder weights in the safetensors format. Every model
// parameter must be found with its exact shape, and every checkpoint tensor must be used or
// explicitly ignored; otherwise nothing is loaded and a CheckpointError says what is wrong.
// No libtorch types in this header.
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "xlfuse/io/hf_config.h"
#include "xlfuse/io/safetensors.h"

namespace xlfuse::model {

class BertModel;

// Head prefixes of HF task models (BertFor{SequenceClassification,TokenClassification,
// QuestionAnswering,MultipleChoice}), ignored when only the encoder is loaded.
extern const std::vector<std::string> kTaskHeadPrefixes;

// Written in BERT's names; loading a model of another family applies in_family_naming (the
// encoder prefix "bert." and the pretraining head prefix "cls." become "roberta." and "lm_head.").
// HF's non-parameter buffers of the embeddings (int64), stored by older transformers versions.
inline constexpr const char* kPositionIdsBuffer = "embeddings.position_ids";
inline constexpr const char* kTokenTypeIdsBuffer = "embeddings.token_type_ids";

struct LoadOptions {
  // Stripped from checkpoint names that start with it (task checkpoints: "bert.embeddings...").
  std::string strip_prefix = "bert.";
  // Checkpoint tensors ignored silently (pretraining heads, and the position_ids / token_type_ids
  // buffers older HF versions saved, which HF ignores on load too). Matched after stripping.
  std::vector<std::string> ignore_prefixes = {"cls.", kPositionIdsBuffer, kTokenTypeIdsBuffer};
  // Checkpoint tensors ignored but reported (e.g. kTaskHeadPrefixes when loading only the encoder).
  std::vector<std::string> extra_ignore_prefixes;
  // Model parameters that may be absent from the checkpoint; they keep their initial values and
  // are reported (e.g. the pooler of a token-classification checkpoint).
  std::vector<std::string> optional_prefixes = {"pooler."};
  // Checkpoint tensors with a prefix in this list are ignored when the model has no parameter of
  // that name (a checkpoint's pooler loaded into a model without one).
  std::vector<std::string> unused_ok_prefixes = {"pooler."};
};

// What a load did (or, from plan_encoder_load, would do).
struct LoadReport {
  // Checkpoint file.
  std::string source;
  // Tensors copied into the model.
  size_t loaded = 0;
  // Scalars copied.
  int64_t loaded_numel = 0;
  // Tensors converted from F16/BF16/F64 to F32.
  size_t converted = 0;
  // Whether strip_prefix was found and removed.
  bool prefix_stripped = false;
  // Checkpoint names ignored through ignore_prefixes (pretraining heads).
  std::vector<std::string> ignored;
  // Checkpoint names ignored through extra_ignore_prefixes / unused_ok_prefixes (task heads, pooler).
  std::vector<std::string> ignored_reported;
  // Optional model parameters not found (left as initialised).
  std::vector<std::string> missing_optional;
  // One line per problem (missing, misshaped, wrong dtype, leftover); empty when loadable.
  std::vector<std::string> problems;
};

// `options` in the naming of a model family's checkpoints: "bert." -> encoder_prefix(type) and
// "cls." -> pretraining_head_prefix(type) wherever they appear as a prefix (see
// checkpoint_names.h). The identity for BERT.
LoadOptions in_family_naming(const LoadOptions& options, io::ModelType type);

// An expected parameter: name (HF, without "bert.") and shape.
struct ParameterSpec {
  std::string name;
  std::vector<int64_t> shape;
};

// The encoder's parameters for a config, in BertModel's order (without building a model).
std::vector<ParameterSpec> encoder_parameter_specs(const io::BertConfig& config, bool add_pooler);

// Matches `expected` against the checkpoint without touching any data; problems are listed in
// the report instead of thrown. `matches` (if given) receives (parameter name, tensor) pairs.
LoadReport plan_encoder_load(const std::vector<ParameterSpec>& expected, const io::SafetensorsFile& file,
                             const LoadOptions& options,
                             std::vector<std::pair<std::string, const io::TensorInfo*>>* matches = nullptr);

// Loads the encoder weights, reading each tensor straight into its parameter's storage, with
// `options` in the model's family naming (in_family_naming). Throws CheckpointError naming the
// file and the first problems (and a checkpoint of another family); the model is untouched then.
LoadReport load_encoder_weights(BertModel& model, const io::SafetensorsFile& file, const LoadOptions& options = {});

// Writes every parameter as F32 (names without prefix, or with `prefix`), atomically.
void save_encoder_weights(const BertModel& model, const std::string& path,
                          const std::map<std::string, std::string>& metadata = {}, const std::string& prefix = "");

// Options for load_bert_model.
struct ModelDirOptions {
  // Ignore and report task heads (kTaskHeadPrefixes), so a fine-tuned folder loads as an encoder.
  bool ignore_task_heads = true;
  // Build the pooler: -1 = if the checkpoint has one, 0 = never, 1 = always (missing -> error
  // unless LoadOptions::optional_prefixes allows it).
  int pooler = -1;
  // Base load options (prefixes).
  LoadOptions load;
};

// Reads DIR/config.json and DIR/model.safetensors into a new BertModel in eval mode (any family:
// XLM-R's "roberta.*" stripped, its "lm_head.*" ignored, no pooler unless the checkpoint has one).
BertModel load_bert_model(const std::string& dir, const ModelDirOptions& options = {}, LoadReport* report = nullptr);

// " (...)" when the checkpoint's names belong to another family than config.json's model_type
// (e.g. "roberta.*" tensors with model_type "bert"), else "": a hint for load errors.
std::string family_mismatch_hint(const io::SafetensorsFile& file, io::ModelType type);

// The first `max_items` items joined by `sep`, then "... and N more" (names in error messages).
std::string join_first(const std::vector<std::string>& items, size_t max_items, const std::string& sep);

// "[768, 1024]"
std::string shape_to_string(const std::vector<int64_t>& shape);

}  // namespace xlfuse::model
