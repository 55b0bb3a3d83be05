// shard_batch: one rank's rows of a collated batch and its share of the loss. See batch_shard.h.
#include "xlfuse/train/batch_shard.h"

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/feature.h"

namespace xlfuse::train {
namespace {

torch::Tensor rows_of(const torch::Tensor& t, int64_t begin, int64_t end) {
  return t.defined() ? t.narrow(0, begin, end - begin) : t;
}

// The loss's denominator: target tokens for the token-level heads, rows otherwise.
double loss_elements(const model::TaskInputs& in, model::HeadKind kind) {
  if (kind == model::HeadKind::TokenClassification || kind == model::HeadKind::MaskedLm)
    return in.labels.defined() ? static_cast<double>(in.labels.ne(data::kIgnoreIndex).sum().item<int64_t>()) : 0.0;
  return static_cast<double>(in.input_ids.size(0));
}

}  // namespace

BatchShard shard_batch(const model::TaskInputs& batch, model::HeadKind kind, int part, int parts) {
  if (kind == model::HeadKind::DualEncoder)
    throw ConfigError("dual_encoder training takes its negatives from the batch; split over several processes each "
                      "would see only its slice of them, a different recipe: train it in one process");
  const int64_t rows = batch.input_ids.size(0);
  const int64_t begin = rows * part / parts, end = rows * (part + 1) / parts;
  BatchShard s;
  s.rows = end - begin;
  s.total_weight = loss_elements(batch, kind);
  if (s.rows == 0) return s;
  s.inputs.input_ids = rows_of(batch.input_ids, begin, end);
  s.inputs.attention_mask = rows_of(batch.attention_mask, begin, end);
  s.inputs.token_type_ids = rows_of(batch.token_type_ids, begin, end);
  s.inputs.labels = rows_of(batch.labels, begin, end);
  s.inputs.start_positions = rows_of(batch.start_positions, begin, end);
  s.inputs.end_positions = rows_of(batch.end_positions, begin, end);
  s.weight = loss_elements(s.inputs, kind);
  return s;
}

}  // namespace xlfuse::train
