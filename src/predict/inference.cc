// Batched inference: features -> raw outputs. See inference.h.
#include "xlfuse/predict/inference.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>
#include <torch/torch.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/batching.h"
#include "xlfuse/model/heads/head_registry.h"
#include "xlfuse/runtime/device.h"

namespace xlfuse::predict {

namespace {

torch::Tensor as_tensor(std::vector<int64_t>& values, std::vector<int64_t> shape) {
  return torch::from_blob(values.data(), shape, torch::kLong);  // the batch outlives the forward pass
}

// The batches of `features`, by length; multiple choice keeps each example's choices together.
std::vector<std::vector<int64_t>> inference_batches(const std::vector<data::Feature>& features, int64_t group_size,
                                                    int64_t batch_size) {
  std::vector<int64_t> lengths;
  lengths.reserve(features.size());
  for (const auto& f : features) lengths.push_back(static_cast<int64_t>(f.length()));
  data::SamplerOptions sampler;
  sampler.batch_size = batch_size;
  sampler.shuffle = false;
  sampler.bucket_by_length = true;
  sampler.validate();
  if (group_size > 1) return data::make_group_batches(lengths, group_size, sampler);
  return data::make_batches(lengths, sampler);
}

// Copies the first `count` floats of row `r` of a contiguous float tensor.
std::vector<float> row_values(const torch::Tensor& t, int64_t r, size_t count) {
  const float* base = t.data_ptr<float>() + r * t.stride(0);
  return std::vector<float>(base, base + count);
}

io::RawOutputs empty_outputs(io::RawOutputKind kind, const std::vector<data::Feature>& features) {
  io::RawOutputs out;
  out.kind = kind;
  const size_t n = features.size();
  out.example_index.resize(n);
  out.window.resize(n);
  out.choice.resize(n);
  out.lengths.resize(n);
  for (size_t i = 0; i < n; ++i) {
    out.example_index[i] = features[i].example_index;
    out.window[i] = features[i].window;
    out.choice[i] = features[i].choice;
    out.lengths[i] = static_cast<int64_t>(features[i].length());
  }
  switch (kind) {
    case io::RawOutputKind::Qa:
      out.start_logits.resize(n);
      out.end_logits.resize(n);
      break;
    case io::RawOutputKind::Embeddings:
      out.embeddings.resize(n);
      break;
    default:
      out.logits.resize(n);
  }
  return out;
}

// Pooled hidden state `layer` of a batch: [rows, hidden] float.
torch::Tensor pool_layer(model::BertModel& encoder, const torch::Tensor& ids, const torch::Tensor& mask,
                         const torch::Tensor& types, int64_t layer, Pooling pooling) {
  model::ForwardOptions fo;
  fo.all_hidden_states = false;
  fo.layer = layer;
  fo.pooled = false;
  model::EncoderOutput out = encoder->forward(ids, mask, types, fo);
  const int64_t index = layer < 0 ? static_cast<int64_t>(out.hidden_states.size()) - 1 : layer;
  const torch::Tensor h = out.hidden_states.at(static_cast<size_t>(index)).to(torch::kFloat);
  if (pooling == Pooling::Cls) return h.select(1, 0);
  const torch::Tensor m = mask.to(torch::kFloat).unsqueeze(-1);
  return (h * m).sum(1) / m.sum(1);  // every real token, [CLS] and [SEP] included (XTREME's mean)
}

void check_layer(int64_t layer, const io::BertConfig& config) {
  if (layer > config.num_hidden_layers)
    throw ConfigError(fmt::format("layer: {} is out of range: the model has {} layers (valid: 0..{}, -1 = last)", layer,
                                  config.num_hidden_layers, config.num_hidden_layers));
}

// Runs `step` on every batch under eval mode, inference mode and the precision's autocast.
template <typename Step>
void for_each_batch(const std::vector<data::Feature>& features, int64_t group_size, const InferenceOptions& options,
                    Step step) {
  torch::InferenceMode inference;
  model::AutocastGuard autocast(options.precision);
  for (const auto& indices : inference_batches(features, group_size, options.batch_size)) {
    data::Batch batch = data::collate(features, indices, options.pad_id);
    step(batch);
  }
}

}  // namespace

void InferenceOptions::validate() const {
  if (batch_size < 1) throw ConfigError(fmt::format("batch_size: expected at least 1, got {}", batch_size));
  if (layer < -1) throw ConfigError(fmt::format("layer: expected -1 (last) or 0..num_hidden_layers, got {}", layer));
  runtime::check_device_name(device);
}

Pooling retrieval_pooling(const data::TaskInfo& task) {
  return task.name == "bucc2018" ? Pooling::Cls : Pooling::Mean;
}

void check_head_serves(model::HeadKind head_kind, const data::TaskInfo& task) {
  if (task.kind == data::TaskKind::Retrieval) return;  // any encoder can be pooled
  const model::HeadKind needed = model::head_serving(task.kind).kind;
  if (head_kind != needed)
    throw ConfigError(fmt::format("the model's head is \"{}\" but task '{}' is a {} task and needs a \"{}\" head",
                                  head_kind, task.name, data::to_string(task.kind), needed));
}

io::RawOutputs run_inference(model::TaskModel& model, const data::TaskInfo& task,
                         const std::vector<data::Feature>& features, const InferenceOptions& options) {
  options.validate();
  const model::HeadKind head = model->head_kind();
  check_head_serves(head, task);
  const torch::Device device = runtime::resolve_device(options.device);
  model->to(device);
  model->eval();
  io::RawOutputKind kind = io::RawOutputKind::Embeddings;
  switch (task.kind) {
    case data::TaskKind::Classification: kind = io::RawOutputKind::Classification; break;
    case data::TaskKind::MultipleChoice: kind = io::RawOutputKind::MultipleChoice; break;
    case data::TaskKind::Tagging: kind = io::RawOutputKind::Tagging; break;
    case data::TaskKind::Qa: kind = io::RawOutputKind::Qa; break;
    case data::TaskKind::Retrieval: kind = io::RawOutputKind::Embeddings; break;
  }
  if (kind == io::RawOutputKind::Embeddings && head != model::HeadKind::DualEncoder) {
    io::RawOutputs out = run_encoder_inference(model->bert, features, options);
    out.meta.head_kind = to_string(head);
    out.meta.extra["pooled_from"] = "encoder";
    return out;
  }
  io::RawOutputs out = empty_outputs(kind, features);
  out.meta.head_kind = to_string(head);
  if (kind == io::RawOutputKind::Classification || kind == io::RawOutputKind::Tagging) out.meta.labels = task.labels;
  if (kind == io::RawOutputKind::Embeddings) out.meta.extra["pooled_from"] = "dual_encoder";
  const size_t num_labels = task.labels.size();

  int64_t group = 1;
  if (kind == io::RawOutputKind::MultipleChoice && !features.empty()) {
    // multiple_choice_features gives every example the same number of consecutive rows.
    while (group < static_cast<int64_t>(features.size()) && features[group].example_index == features[0].example_index)
      ++group;
  }

  const model::HeadEntry& entry = model::find_head(head);
  for_each_batch(features, group, options, [&](data::Batch& batch) {
    const model::TaskInputs in = entry.collate({batch, group, nullptr, /*with_targets=*/false});
    model::TaskOutput y = model->forward(model::to_device(in, device));
    // Float CPU copies once per batch (bf16 under autocast).
    auto host = [](const torch::Tensor& t) { return t.to(torch::kCPU, torch::kFloat).contiguous(); };
    torch::Tensor main, start, end;
    if (kind == io::RawOutputKind::Qa) {
      start = host(y.start_logits);
      end = host(y.end_logits);
    } else if (kind == io::RawOutputKind::Embeddings) {
      main = host(y.embeddings);
    } else if (kind == io::RawOutputKind::MultipleChoice) {
      main = host(y.logits).reshape({-1, 1}).contiguous();  // [B*C, 1], rows in batch order
    } else {
      main = host(y.logits);
      const int64_t got = main.size(main.dim() - 1);
      if (static_cast<size_t>(got) != num_labels)
        throw ConfigError(fmt::format("the model's head has {} outputs but task '{}' has {} labels ({})", got,
                                      task.name, num_labels, fmt::join(task.labels, " ")));
    }
    for (int64_t r = 0; r < batch.rows; ++r) {
      const auto f = static_cast<size_t>(batch.feature_indices[static_cast<size_t>(r)]);
      const size_t len = features[f].length();
      switch (kind) {
        case io::RawOutputKind::Classification: out.logits[f] = row_values(main, r, num_labels); break;
        case io::RawOutputKind::MultipleChoice: out.logits[f] = row_values(main, r, 1); break;
        case io::RawOutputKind::Tagging: out.logits[f] = row_values(main, r, len * num_labels); break;
        case io::RawOutputKind::Qa:
          out.start_logits[f] = row_values(start, r, len);
          out.end_logits[f] = row_values(end, r, len);
          break;
        case io::RawOutputKind::Embeddings: out.embeddings[f] = row_values(main, r, static_cast<size_t>(main.size(1))); break;
      }
    }
  });
  return out;
}

io::RawOutputs run_encoder_inference(model::BertModel& encoder, const std::vector<data::Feature>& features,
                                 const InferenceOptions& options) {
  options.validate();
  check_layer(options.layer, encoder->config());
  const torch::Device device = runtime::resolve_device(options.device);
  encoder->to(device);
  encoder->eval();
  io::RawOutputs out = empty_outputs(io::RawOutputKind::Embeddings, features);
  out.meta.head_kind = "encoder";
  const int64_t layer = options.layer < 0 ? encoder->config().num_hidden_layers : options.layer;
  out.meta.extra["layer"] = std::to_string(layer);
  out.meta.extra["pooling"] = to_string(options.pooling);
  for_each_batch(features, 1, options, [&](data::Batch& batch) {
    const torch::Tensor ids = as_tensor(batch.input_ids, {batch.rows, batch.width}).to(device);
    const torch::Tensor mask = as_tensor(batch.attention_mask, {batch.rows, batch.width}).to(device);
    const torch::Tensor types = as_tensor(batch.type_ids, {batch.rows, batch.width}).to(device);
    const torch::Tensor pooled =
        pool_layer(encoder, ids, mask, types, layer, options.pooling).to(torch::kCPU).contiguous();
    for (int64_t r = 0; r < batch.rows; ++r)
      out.embeddings[static_cast<size_t>(batch.feature_indices[static_cast<size_t>(r)])] =
          row_values(pooled, r, static_cast<size_t>(pooled.size(1)));
  });
  return out;
}

}  // namespace xlfuse::predict
