#include "xlfuse/data/batching.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/rng.h"

namespace xlfuse::data {
namespace {

template <typename T>
void shuffle(std::vector<T>& v, SplitMix64& rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.below(i)]);
}

}  // namespace

void SamplerOptions::validate() const {
  if (batch_size <= 0) throw ConfigError(fmt::format("batch_size must be positive, got {}", batch_size));
  if (bucket_window_batches <= 0)
    throw ConfigError(fmt::format("bucket_window_batches must be positive, got {}", bucket_window_batches));
}

std::vector<std::vector<int64_t>> make_batches(const std::vector<int64_t>& lengths, const SamplerOptions& options,
                                               uint64_t epoch) {
  options.validate();
  const int64_t n = static_cast<int64_t>(lengths.size());
  std::vector<int64_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  SplitMix64 rng(options.seed * 0x100000001B3ULL + epoch);
  auto by_length_desc = [&](int64_t a, int64_t b) { return lengths[a] > lengths[b]; };

  if (options.shuffle) {
    shuffle(order, rng);
    if (options.bucket_by_length) {
      const int64_t window = options.batch_size * options.bucket_window_batches;
      for (int64_t begin = 0; begin < n; begin += window)
        std::stable_sort(order.begin() + begin, order.begin() + std::min(n, begin + window), by_length_desc);
    }
  } else if (options.bucket_by_length) {
    std::stable_sort(order.begin(), order.end(), by_length_desc);
  }

  std::vector<std::vector<int64_t>> batches;
  for (int64_t begin = 0; begin < n; begin += options.batch_size) {
    const int64_t end = std::min(n, begin + options.batch_size);
    if (options.drop_last && end - begin < options.batch_size) break;
    batches.emplace_back(order.begin() + begin, order.begin() + end);
  }
  // Length-sorted batches would otherwise come longest first every epoch.
  if (options.shuffle) shuffle(batches, rng);
  return batches;
}

std::vector<std::vector<int64_t>> make_group_batches(const std::vector<int64_t>& lengths, int64_t group_size,
                                                     const SamplerOptions& options, uint64_t epoch) {
  if (group_size <= 0) throw ConfigError(fmt::format("group_size must be positive, got {}", group_size));
  if (lengths.size() % group_size != 0)
    throw std::invalid_argument(fmt::format("{} features cannot be split into groups of {}", lengths.size(), group_size));
  std::vector<int64_t> group_lengths(lengths.size() / group_size, 0);
  for (size_t i = 0; i < lengths.size(); ++i)
    group_lengths[i / group_size] = std::max(group_lengths[i / group_size], lengths[i]);
  auto group_batches = make_batches(group_lengths, options, epoch);
  for (auto& batch : group_batches) {
    std::vector<int64_t> expanded;
    expanded.reserve(batch.size() * group_size);
    for (int64_t g : batch)
      for (int64_t k = 0; k < group_size; ++k) expanded.push_back(g * group_size + k);
    batch = std::move(expanded);
  }
  return group_batches;
}

Batch collate(const std::vector<Feature>& features, const std::vector<int64_t>& indices, int32_t pad_id) {
  Batch b;
  b.rows = static_cast<int64_t>(indices.size());
  bool any_token_labels = false;
  for (int64_t i : indices) {
    if (i < 0 || i >= static_cast<int64_t>(features.size()))
      throw std::invalid_argument(fmt::format("feature index {} out of range [0, {})", i, features.size()));
    b.width = std::max<int64_t>(b.width, features[i].length());
    any_token_labels |= !features[i].token_labels.empty();
  }
  const size_t cells = static_cast<size_t>(b.rows * b.width);
  b.input_ids.assign(cells, pad_id);
  b.type_ids.assign(cells, 0);
  b.attention_mask.assign(cells, 0);
  if (any_token_labels) b.token_labels.assign(cells, kIgnoreIndex);
  b.feature_indices = indices;
  for (int64_t r = 0; r < b.rows; ++r) {
    const Feature& f = features[indices[r]];
    if (f.type_ids.size() != f.input_ids.size())
      throw std::invalid_argument(fmt::format("feature {}: {} type ids for {} input ids", indices[r],
                                              f.type_ids.size(), f.input_ids.size()));
    const size_t row = static_cast<size_t>(r * b.width);
    for (size_t t = 0; t < f.input_ids.size(); ++t) {
      b.input_ids[row + t] = f.input_ids[t];
      b.type_ids[row + t] = f.type_ids[t];
      b.attention_mask[row + t] = 1;
    }
    if (!f.token_labels.empty()) {
      if (f.token_labels.size() != f.input_ids.size())
        throw std::invalid_argument(fmt::format("feature {}: {} token labels for {} input ids", indices[r],
                                                f.token_labels.size(), f.input_ids.size()));
      std::copy(f.token_labels.begin(), f.token_labels.end(), b.token_labels.begin() + row);
    }
    b.labels.push_back(f.label);
    b.start_positions.push_back(f.start_position);
    b.end_positions.push_back(f.end_position);
    b.real_tokens += static_cast<int64_t>(f.input_ids.size());
  }
  return b;
}

}  // namespace xlfuse::data
