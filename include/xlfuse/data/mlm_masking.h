#pragma once
// BERT's masked-LM corruption (Devlin et al.): choose `probability` of the maskable positions, and
// of those replace 80 % by [MASK], 10 % by a random token, keep 10 %. Labels are the original ids at
// chosen positions and kIgnoreIndex elsewhere. No libtorch; a SplitMix64 stream keyed by a seed, so
// the same (seed, key) masks the same way on every machine (resume stays exact).
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace xlfuse::data {

struct MlmMaskingOptions {
  // Fraction of maskable positions chosen for prediction.
  double probability = 0.15;
  // Of the chosen: fraction replaced by [MASK], and by a random token (the rest keep their id).
  double mask_fraction = 0.8;
  double random_fraction = 0.1;
  // [MASK]'s id (required, >= 0).
  int32_t mask_id = -1;
  // Random replacements are drawn from [0, vocab_size) minus special_ids.
  int64_t vocab_size = 0;
  // Ids never chosen and never drawn ([CLS], [SEP], [PAD], [UNK], [MASK]).
  std::vector<int32_t> special_ids;
  // Throws ConfigError naming the field.
  void validate() const;
};
// Canonical JSON (core/json_fields.h); from_json reads the keys present over *options.
nlohmann::json to_json(const MlmMaskingOptions& options);
void from_json(const nlohmann::json& json, MlmMaskingOptions* options, const std::string& path = "");

// Masks `input_ids` in place (positions with attention 0 / pad are never chosen: pass only the
// real tokens, or list the pad id in special_ids) and returns the labels, same length.
std::vector<int32_t> mask_tokens(std::vector<int32_t>& input_ids, const MlmMaskingOptions& options, uint64_t seed,
                                 uint64_t key);

}  // namespace xlfuse::data
