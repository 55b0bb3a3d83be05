// FusionOptions: validation, JSON and the factory that turns options into a Representation.
#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "xlfuse/core/error.h"
#include "xlfuse/model/fusion.h"
#include "xlfuse/model/fusion/aif.h"
#include "xlfuse/model/fusion/baselines.h"
#include "xlfuse/model/representation.h"

namespace xlfuse::model {

namespace {

bool uses_layer(const std::string& kind) { return kind != "last_layer" && kind != "scalar_mix"; }
bool is_aff(const std::string& kind) { return kind == "aif" || kind == "iaff"; }

}  // namespace

std::vector<std::string> known_fusion_kinds() {
  return {"aif", "concat", "iaff", "last_layer", "lower_layer", "scalar_mix", "sum"};
}

void FusionOptions::validate(const io::BertConfig& config) const {
  const auto kinds = known_fusion_kinds();
  if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
    throw ConfigError(fmt::format("fusion kind: expected one of {}, got \"{}\"", fmt::join(kinds, ", "), kind));
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
    if (norm != "batch" && norm != "layer")
      throw ConfigError(fmt::format("fusion norm: expected \"batch\" or \"layer\", got \"{}\"", norm));
  }
}

nlohmann::json fusion_to_json(const FusionOptions& options) {
  return nlohmann::json{{"kind", options.kind},
                        {"layer", options.layer},
                        {"reduction", options.reduction},
                        {"norm", options.norm},
                        {"double_output", options.double_output}};
}

FusionOptions fusion_from_json(const nlohmann::json& json) {
  if (!json.is_object())
    throw FormatError(fmt::format("fusion: expected a JSON object, found {}", json.type_name()));
  FusionOptions o;
  auto get = [&](const char* key, auto& field, bool (nlohmann::json::*check)() const noexcept, const char* want) {
    auto it = json.find(key);
    if (it == json.end()) return;
    if (!((*it).*check)())
      throw FormatError(fmt::format("fusion.{}: expected {}, found {}", key, want, it->type_name()));
    field = it->get<std::decay_t<decltype(field)>>();
  };
  get("kind", o.kind, &nlohmann::json::is_string, "a string");
  get("layer", o.layer, &nlohmann::json::is_number_integer, "an integer");
  get("reduction", o.reduction, &nlohmann::json::is_number_integer, "an integer");
  get("norm", o.norm, &nlohmann::json::is_string, "a string");
  get("double_output", o.double_output, &nlohmann::json::is_boolean, "a boolean");
  const auto kinds = known_fusion_kinds();
  if (std::find(kinds.begin(), kinds.end(), o.kind) == kinds.end())
    throw FormatError(fmt::format("fusion.kind: expected one of {}, found \"{}\"", fmt::join(kinds, ", "), o.kind));
  return o;
}

std::shared_ptr<RepresentationImpl> make_representation(const FusionOptions& options, const io::BertConfig& config) {
  options.validate(config);
  std::shared_ptr<RepresentationImpl> r;
  if (options.kind == "last_layer") return make_default_representation(config);
  if (options.kind == "lower_layer") r = std::make_shared<LowerLayerRepresentationImpl>(config, options.layer);
  else if (options.kind == "sum") r = std::make_shared<SumRepresentationImpl>(config, options.layer);
  else if (options.kind == "concat") r = std::make_shared<ConcatRepresentationImpl>(config, options.layer);
  else if (options.kind == "scalar_mix") r = std::make_shared<ScalarMixRepresentationImpl>(config);
  else if (is_aff(options.kind)) r = std::make_shared<AifRepresentationImpl>(options, config);
  else throw ConfigError(fmt::format("fusion kind \"{}\" has no implementation", options.kind));  // validate() lets it through
  // HF's init from torch's global generator; make_task_model redraws it under its seed.
  r->init_weights(config.initializer_range);
  return r;
}

}  // namespace xlfuse::model
