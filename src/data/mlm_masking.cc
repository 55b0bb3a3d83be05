// BERT's masked-LM corruption, as HF's DataCollatorForLanguageModeling.torch_mask_tokens: each
// maskable position is chosen with `probability`; a chosen one becomes [MASK] with mask_fraction,
// a random token with random_fraction, and keeps its id otherwise. Random numbers come from a
// SplitMix64 stream keyed by (seed, key), so the result is the same on every platform.
#include "xlfuse/data/mlm_masking.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/rng.h"
#include "xlfuse/data/feature.h"

namespace xlfuse::data {
namespace {

bool is_special(const std::vector<int32_t>& sorted_specials, int32_t id) {
  return std::binary_search(sorted_specials.begin(), sorted_specials.end(), id);
}

}  // namespace

void MlmMaskingOptions::validate() const {
  if (!(probability > 0 && probability <= 1))
    throw ConfigError(fmt::format("mlm.probability: expected a value in (0, 1], got {}", probability));
  if (!(mask_fraction >= 0 && mask_fraction <= 1))
    throw ConfigError(fmt::format("mlm.mask_fraction: expected a value in [0, 1], got {}", mask_fraction));
  if (!(random_fraction >= 0 && random_fraction <= 1))
    throw ConfigError(fmt::format("mlm.random_fraction: expected a value in [0, 1], got {}", random_fraction));
  if (mask_fraction + random_fraction > 1 + 1e-12)
    throw ConfigError(fmt::format("mlm.mask_fraction + mlm.random_fraction: expected <= 1, got {} + {} = {}",
                                  mask_fraction, random_fraction, mask_fraction + random_fraction));
  if (vocab_size <= 0) throw ConfigError(fmt::format("mlm.vocab_size: expected > 0, got {}", vocab_size));
  if (mask_id < 0 || mask_id >= vocab_size)
    throw ConfigError(fmt::format("mlm.mask_id: expected an id in [0, vocab_size {}), got {}", vocab_size, mask_id));
  int64_t distinct_in_vocab = 0;
  std::vector<int32_t> sorted = special_ids;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  for (int32_t id : sorted) {
    if (id < 0) throw ConfigError(fmt::format("mlm.special_ids: expected ids >= 0, got {}", id));
    if (id < vocab_size) ++distinct_in_vocab;
  }
  if (random_fraction > 0 && distinct_in_vocab >= vocab_size)
    throw ConfigError(fmt::format("mlm.special_ids: all {} ids of the vocabulary are special, so no random "
                                  "replacement can be drawn (random_fraction {})",
                                  vocab_size, random_fraction));
}

std::vector<int32_t> mask_tokens(std::vector<int32_t>& input_ids, const MlmMaskingOptions& options, uint64_t seed,
                                 uint64_t key) {
  options.validate();
  std::vector<int32_t> specials = options.special_ids;
  std::sort(specials.begin(), specials.end());
  SplitMix64 rng(mix64(seed + kGoldenGamma) ^ mix64(key ^ 0xD1B54A32D192ED03ULL));
  std::vector<int32_t> labels(input_ids.size(), kIgnoreIndex);
  const double keep_threshold = options.mask_fraction + options.random_fraction;
  for (size_t i = 0; i < input_ids.size(); ++i) {
    const int32_t id = input_ids[i];
    const double choose = rng.uniform();
    const double how = rng.uniform();
    if (is_special(specials, id) || choose >= options.probability) continue;
    labels[i] = id;
    if (how < options.mask_fraction) {
      input_ids[i] = options.mask_id;
    } else if (how < keep_threshold) {
      int32_t replacement;
      do replacement = static_cast<int32_t>(rng.below(static_cast<uint64_t>(options.vocab_size)));
      while (is_special(specials, replacement));
      input_ids[i] = replacement;
    }
  }
  return labels;
}

}  // namespace xlfuse::data
