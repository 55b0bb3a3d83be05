// MlmMaskingOptions <-> canonical JSON (see core/json_fields.h).
#include <nlohmann/json.hpp>

#include "xlfuse/core/json_fields.h"
#include "xlfuse/data/mlm_masking.h"

namespace xlfuse::data {

nlohmann::json to_json(const MlmMaskingOptions& o) {
  return {{"probability", o.probability}, {"mask_fraction", o.mask_fraction}, {"random_fraction", o.random_fraction},
          {"mask_id", o.mask_id},         {"vocab_size", o.vocab_size},       {"special_ids", o.special_ids}};
}

void from_json(const nlohmann::json& json, MlmMaskingOptions* o, const std::string& path) {
  JsonFields f(json, path);
  f.read("probability", &o->probability);
  f.read("mask_fraction", &o->mask_fraction);
  f.read("random_fraction", &o->random_fraction);
  f.read("mask_id", &o->mask_id);
  f.read("vocab_size", &o->vocab_size);
  f.read("special_ids", &o->special_ids);
  f.reject_unknown_keys();
}

}  // namespace xlfuse::data
