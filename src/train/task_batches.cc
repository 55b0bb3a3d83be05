// TaskBatches: sampler, MLM masking and collation of one head's training data. See task_batches.h.
#include "xlfuse/train/task_batches.h"

#include <optional>
#include <stdexcept>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/rng.h"

namespace xlfuse::train {
namespace {

// The masking key of row `row` of batch `index` of `epoch`: distinct for every triple.
uint64_t masking_key(int64_t epoch, int64_t index, int64_t row) {
  return mix64(mix64(mix64(static_cast<uint64_t>(epoch) + kGoldenGamma) + static_cast<uint64_t>(index)) +
               static_cast<uint64_t>(row));
}

}  // namespace

TaskBatches::TaskBatches(model::HeadKind kind, const TrainData& data, const TrainOptions& options,
                         uint64_t sampler_seed, const io::BertConfig& config)
    : kind_(kind), entry_(model::find_head(kind)), data_(data), pad_id_(options.pad_id), seed_(sampler_seed) {
  using model::HeadKind;
  const auto& features = data.features;
  if (features.empty()) throw std::invalid_argument("train_task_model: no training features");
  if (kind != HeadKind::MultipleChoice && data.choices != 0)
    throw ConfigError(fmt::format("TrainData::choices: only multiple_choice uses it; expected 0 for {}, got {}", kind,
                                  data.choices));
  if (kind != HeadKind::DualEncoder && !data.candidates.empty())
    throw ConfigError(fmt::format("TrainData::candidates: only dual_encoder uses them; got {} for {}",
                                  data.candidates.size(), kind));

  lengths_.reserve(features.size());
  for (const auto& f : features) lengths_.push_back(static_cast<int64_t>(f.length()));
  examples_ = static_cast<int64_t>(features.size());

  if (kind == HeadKind::TokenClassification) {
    bool any = false;
    for (const auto& f : features) any |= !f.token_labels.empty();
    if (!any) throw std::invalid_argument("token_classification: no feature has token labels");
  } else if (kind == HeadKind::MultipleChoice) {
    if (data.choices <= 1)
      throw ConfigError(fmt::format("TrainData::choices: multiple_choice needs the number of choices per example "
                                    "(> 1), got {}",
                                    data.choices));
    group_ = data.choices;
    if (features.size() % static_cast<size_t>(group_) != 0)
      throw std::invalid_argument(fmt::format("multiple_choice: {} features are not a whole number of examples of {} "
                                              "choices",
                                              features.size(), group_));
    for (size_t g = 0; g < features.size(); g += static_cast<size_t>(group_)) {
      const auto& first = features[g];
      if (first.label < 0 || first.label >= group_)
        throw std::invalid_argument(fmt::format("multiple_choice: feature {} (example {}): label {} is not a choice "
                                                "index in [0, {})",
                                                g, first.example_index, first.label, group_));
      for (int64_t k = 1; k < group_; ++k) {
        const auto& f = features[g + static_cast<size_t>(k)];
        if (f.example_index != first.example_index || f.label != first.label)
          throw std::invalid_argument(fmt::format(
              "multiple_choice: feature {} (example {}, label {}) does not belong with feature {} (example {}, label "
              "{}): each example needs {} consecutive features",
              g + static_cast<size_t>(k), f.example_index, f.label, g, first.example_index, first.label, group_));
      }
    }
    examples_ = static_cast<int64_t>(features.size()) / group_;
  } else if (kind == HeadKind::DualEncoder) {
    if (data.candidates.size() != features.size())
      throw std::invalid_argument(fmt::format("dual_encoder: expected one candidate per query ({}), got {}",
                                              features.size(), data.candidates.size()));
    for (size_t i = 0; i < features.size(); ++i)
      lengths_[i] = std::max<int64_t>(lengths_[i], static_cast<int64_t>(data.candidates[i].length()));
  } else if (kind == HeadKind::MaskedLm) {
    mlm_ = options.mlm;
    if (mlm_.vocab_size == 0) mlm_.vocab_size = config.vocab_size;  // the model's vocabulary by default
    if (mlm_.vocab_size > config.vocab_size)
      throw ConfigError(fmt::format("mlm.vocab_size: expected <= the model's vocab_size {}, got {}", config.vocab_size,
                                    mlm_.vocab_size));
    mlm_.validate();
  }

  sampler_.batch_size = options.batch_size;
  sampler_.shuffle = true;
  sampler_.bucket_by_length = true;
  sampler_.bucket_window_batches = options.bucket_window_batches;
  sampler_.seed = sampler_seed;
  sampler_.validate();
  batches_per_epoch_ = static_cast<int64_t>(batches(0).size());
}

const std::vector<std::vector<int64_t>>& TaskBatches::batches(int64_t epoch) {
  if (cached_epoch_ != epoch) {
    cached_ = group_ > 1 ? data::make_group_batches(lengths_, group_, sampler_, static_cast<uint64_t>(epoch))
                         : data::make_batches(lengths_, sampler_, static_cast<uint64_t>(epoch));
    cached_epoch_ = epoch;
  }
  return cached_;
}

bool TaskBatches::mask_batch(data::Batch* batch, const std::vector<int64_t>& rows, int64_t epoch,
                             int64_t index) const {
  // Each row's real tokens are masked (pads never are); the targets go where the head's collation
  // takes them (token_labels).
  batch->token_labels.assign(static_cast<size_t>(batch->rows * batch->width), data::kIgnoreIndex);
  int64_t chosen = 0;
  for (int64_t r = 0; r < batch->rows; ++r) {
    const auto& f = data_.features[static_cast<size_t>(rows[static_cast<size_t>(r)])];
    std::vector<int32_t> ids = f.input_ids;
    const auto row_labels = data::mask_tokens(ids, mlm_, seed_, masking_key(epoch, index, r));
    const size_t base = static_cast<size_t>(r * batch->width);
    for (size_t t = 0; t < ids.size(); ++t) {
      batch->input_ids[base + t] = ids[t];
      batch->token_labels[base + t] = row_labels[t];
      chosen += row_labels[t] != data::kIgnoreIndex;
    }
  }
  return chosen > 0;
}

PreparedBatch TaskBatches::prepare(int64_t epoch, int64_t index) {
  const auto& all = batches(epoch);
  if (index < 0 || index >= static_cast<int64_t>(all.size()))
    throw std::out_of_range(fmt::format("batch {} of epoch {}: the epoch has {} batches", index, epoch, all.size()));
  const auto& rows = all[static_cast<size_t>(index)];
  data::Batch batch = data::collate(data_.features, rows, pad_id_);
  PreparedBatch out;
  out.examples = batch.rows / group_;
  out.real_tokens = batch.real_tokens;
  if (kind_ == model::HeadKind::MaskedLm) out.has_targets = mask_batch(&batch, rows, epoch, index);
  std::optional<data::Batch> candidates;
  if (kind_ == model::HeadKind::DualEncoder) {
    // The positive candidates at the same indices.
    candidates = data::collate(data_.candidates, rows, pad_id_);
    out.real_tokens += candidates->real_tokens;
  }
  out.inputs = entry_.collate({batch, group_, candidates ? &*candidates : nullptr, /*with_targets=*/true});
  return out;
}

}  // namespace xlfuse::train
