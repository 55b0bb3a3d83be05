#pragma once
// Layer fusion (DLFA): which representation of the encoder a task head sees, as options that are
// saved in xlfuse.json and turned into a Representation (representation.h) by one factory.
//
//   kind        what the head gets                                      parameters ("representation.*")
//   last_layer  the last layer (HF's task models; the default)           none
//   lower_layer hidden state `layer` only                                none
//   sum         last + lower                                             none
//   concat      Linear(2E -> E)([last; lower])                           linear
//   scalar_mix  gamma * sum_j softmax(s)_j h_j over all layers (ELMo)    scalar weights, gamma
//   aif         AFF attention fusion of last and lower (DESIGN.md "DLFA / AIF")   two branches of 1x1 convs + norms
//   iaff        the two-stage AFF variant (iAFF)                          twice that
//
//   FusionOptions f; f.kind = FusionKind::Aif; f.layer = 6;
//   TaskModelOptions o; o.representation = make_representation(f, config);
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "xlfuse/core/enum_names.h"
#include "xlfuse/io/hf_config.h"

namespace xlfuse::model {

struct RepresentationImpl;

enum class FusionKind { Aif, Concat, Iaff, LastLayer, LowerLayer, ScalarMix, Sum };
// "aif", "concat", "iaff", "last_layer", "lower_layer", "scalar_mix", "sum".
const EnumTable<FusionKind>& fusion_kind_names();
std::string to_string(FusionKind kind);
FusionKind parse_fusion_kind(std::string_view name);  // ConfigError "fusion kind: expected one of ..."

// AIF/iAFF normalisation between the convolutions.
enum class FusionNorm { Batch, Layer };
const EnumTable<FusionNorm>& fusion_norm_names();  // "batch", "layer"
std::string to_string(FusionNorm norm);
FusionNorm parse_fusion_norm(std::string_view name);  // ConfigError "fusion norm: expected one of ..."

struct FusionOptions {
  // What the head sees (see the table above).
  FusionKind kind = FusionKind::LastLayer;
  // The lower layer fused with the last one: 1 .. num_hidden_layers - 1 (hidden_states index, 0 =
  // embeddings is not allowed). Used by lower_layer, sum, concat, aif, iaff; 0 for the others.
  int64_t layer = 0;
  // AIF/iAFF channel reduction r (E -> E/r -> E).
  int64_t reduction = 4;
  // AIF/iAFF normalisation between the convolutions.
  FusionNorm norm = FusionNorm::Batch;
  // AIF/iAFF: Z = 2 * (W * X + (1 - W) * Y), as the official AFF code does.
  bool double_output = false;
  // Throws ConfigError naming the field, what was expected and what was found.
  void validate(const io::BertConfig& config) const;
};

// The representation for the options (validated first); last_layer -> the default representation.
std::shared_ptr<RepresentationImpl> make_representation(const FusionOptions& options, const io::BertConfig& config);

// Canonical JSON (core/json_fields.h): {"kind", "layer", "reduction", "norm", "double_output"},
// as stored in xlfuse.json under "fusion". from_json reads the keys present over *options;
// ConfigError naming "<path>.<key>" for a wrong type, a bad name or an unknown key.
nlohmann::json to_json(const FusionOptions& options);
void from_json(const nlohmann::json& json, FusionOptions* options, const std::string& path = "");
// xlfuse.json's reader and writer: the same, with FormatError ("fusion.<key>: ...") for a bad value.
nlohmann::json fusion_to_json(const FusionOptions& options);
FusionOptions fusion_from_json(const nlohmann::json& json);

}  // namespace xlfuse::model

XLFUSE_ENUM_FORMATTER(xlfuse::model::FusionKind);
XLFUSE_ENUM_FORMATTER(xlfuse::model::FusionNorm);
