// FusionOptions: validation, JSON and the factory that turns options into a Representation.
#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/core/json_fields.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/model/fusion/aif.h"
#include "xlfuse/model/fusion/baselines.h"
#include "xlfuse/model/representation.h"

namespace xlfuse::model {

namespace {

bool uses_layer(FusionKind kind) { return kind != FusionKind::LastLayer && kind != FusionKind::ScalarMix; }
bool is_aff(FusionKind kind) { return kind == FusionKind::Aif || kind == FusionKind::Iaff; }

}  // namespace

const EnumTable<FusionKind>& fusion_kind_names() {
  static const EnumTable<FusionKind> table{{FusionKind::Aif, "aif"},
                                           {FusionKind::Concat, "concat"},
                                           {FusionKind::Iaff, "iaff"},
                                           {FusionKind::LastLayer, "last_layer"},
                                           {FusionKind::LowerLayer, "lower_layer"},
                                           {FusionKind::ScalarMix, "scalar_mix"},
                                           {FusionKind::Sum, "sum"}};
  return table;
}
std::string to_string(FusionKind kind) { return enum_name(fusion_kind_names(), kind); }
FusionKind parse_fusion_kind(std::string_view name) { return parse_enum(fusion_kind_names(), name, "fusion kind"); }

const EnumTable<FusionNorm>& fusion_norm_names() {
  static const EnumTable<FusionNorm> table{{FusionNorm::Batch, "batch"}, {FusionNorm::Layer, "layer"}};
  return table;
}
std::string to_string(FusionNorm norm) { return enum_name(fusion_norm_names(), norm); }
FusionNorm parse_fusion_norm(std::string_view name) { return parse_enum(fusion_norm_names(), name, "fusion norm"); }

void FusionOptions::validate(const io::BertConfig& config) const {
  const int64_t layers = config.num_hidden_layers;
  if (uses_layer(kind)) {
    if (layer < 1 || layer > layers - 1)
      throw ConfigError(fmt::format("fusion layer: fusion \"{}\" needs a lower layer in 1..{} (the model has {} layers), got {}",
                                    kind, layers - 1, layers, layer));
  } else if (layer != 0) {
    throw ConfigError(fmt::format("fusion layer: fusion \"{}\" takes no lower layer, got {}", kind, layer));
  }
  if (is_aff(kind)) {
    if (reduction < 1 || config.hidden_size % reduction != 0)
      throw ConfigError(fmt::format("fusion reduction: expected a divisor of hidden_size {} that is >= 1, got {}",
                                    config.hidden_size, reduction));
  }
}

nlohmann::json to_json(const FusionOptions& options) {
  return nlohmann::json{{"kind", to_string(options.kind)},
                        {"layer", options.layer},
                        {"reduction", options.reduction},
                        {"norm", to_string(options.norm)},
                        {"double_output", options.double_output}};
}

void from_json(const nlohmann::json& json, FusionOptions* options, const std::string& path) {
  JsonFields f(json, path);
  f.read_enum("kind", &options->kind, fusion_kind_names());
  f.read("layer", &options->layer);
  f.read("reduction", &options->reduction);
  f.read_enum("norm", &options->norm, fusion_norm_names());
  f.read("double_output", &options->double_output);
  f.reject_unknown_keys();
}

nlohmann::json fusion_to_json(const FusionOptions& options) { return to_json(options); }

FusionOptions fusion_from_json(const nlohmann::json& json) {
  FusionOptions o;
  try {
    from_json(json, &o, "fusion");
  } catch (const ConfigError& e) {
    throw FormatError(e.what());  // a malformed xlfuse.json is a file-format error
  }
  return o;
}

std::shared_ptr<RepresentationImpl> make_representation(const FusionOptions& options, const io::BertConfig& config) {
  options.validate(config);
  std::shared_ptr<RepresentationImpl> r;
  switch (options.kind) {
    case FusionKind::LastLayer: return make_default_representation(config);
    case FusionKind::LowerLayer: r = std::make_shared<LowerLayerRepresentationImpl>(config, options.layer); break;
    case FusionKind::Sum: r = std::make_shared<SumRepresentationImpl>(config, options.layer); break;
    case FusionKind::Concat: r = std::make_shared<ConcatRepresentationImpl>(config, options.layer); break;
    case FusionKind::ScalarMix: r = std::make_shared<ScalarMixRepresentationImpl>(config); break;
    case FusionKind::Aif:
    case FusionKind::Iaff: r = std::make_shared<AifRepresentationImpl>(options, config); break;
  }
  // HF's init from torch's global generator; make_task_model redraws it under its seed.
  r->init_weights(config.initializer_range);
  return r;
}

}  // namespace xlfuse::model
