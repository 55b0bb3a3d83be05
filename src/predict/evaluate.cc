// evaluate_model: features -> batched inference -> decoding -> the official metric. See evaluate.h.
#include "xlfuse/predict/evaluate.h"

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/data/task_features.h"
#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/decode_outputs.h"
#include "xlfuse/decode/scoring.h"
#include "xlfuse/predict/inference.h"
#include "xlfuse/runtime/device.h"

namespace xlfuse::predict {

void EvaluateOptions::validate() const {
  if (max_seq_length < 0) throw ConfigError(fmt::format("max_seq_length: expected >= 0 (0 = task default), got {}", max_seq_length));
  if (max_seq_length > 0 && max_seq_length < 8)
    throw ConfigError(fmt::format("max_seq_length: expected 0 (task default) or at least 8, got {}", max_seq_length));
  if (batch_size < 1) throw ConfigError(fmt::format("batch_size: expected at least 1, got {}", batch_size));
  if (retrieval_layer < -1)
    throw ConfigError(fmt::format("retrieval_layer: expected -1 (last) or 0..num_hidden_layers, got {}", retrieval_layer));
  runtime::check_device_name(device);
}

Evaluation make_evaluation(const data::TaskInfo& task, eval::MetricValues metrics) {
  Evaluation e;
  e.metric = decode::headline_metric(task);
  auto it = metrics.find(e.metric);
  if (it == metrics.end())
    throw std::logic_error(fmt::format("metric '{}' of task '{}' was not computed", e.metric, task.name));
  e.value = it->second;
  e.all = std::move(metrics);
  return e;
}

Evaluation evaluate_model(model::TaskModel& model, const std::string& task_name, const data::Dataset& dataset,
                          const text::Tokenizer& tokenizer, const EvaluateOptions& options,
                          const EvaluationShard& shard) {
  options.validate();
  const data::TaskInfo& task = data::task_info(task_name);
  if (!dataset.labelled)
    throw FormatError(fmt::format("evaluate: {} {}-{} has no labels ({})", task_name, dataset.split, dataset.lang,
                                  fmt::join(dataset.files, ", ")));
  data::TaskFeatureOptions feature_options;
  feature_options.max_seq_length = options.max_seq_length;
  const std::vector<data::Feature> features = data::make_task_features(task, dataset, tokenizer, feature_options);
  InferenceOptions inference;
  inference.batch_size = options.batch_size;
  inference.precision = options.precision;
  inference.device = options.device;
  inference.layer = options.retrieval_layer;
  inference.pooling = retrieval_pooling(task);
  inference.pad_id = tokenizer.specials().pad >= 0 ? tokenizer.specials().pad : 0;
  const bool was_training = model->is_training();
  io::RawOutputs raw;
  try {
    if (shard.parts > 1) {
      const auto n = static_cast<int64_t>(features.size());
      const auto begin = features.begin() + n * shard.part / shard.parts;
      const auto end = features.begin() + n * (shard.part + 1) / shard.parts;
      raw = shard.gather(run_inference(model, task, std::vector<data::Feature>(begin, end), inference));
      if (raw.size() != features.size())
        throw std::logic_error(fmt::format("evaluate: the gathered outputs hold {} features, expected {}", raw.size(),
                                           features.size()));
    } else {
      raw = run_inference(model, task, features, inference);
    }
  } catch (...) {
    model->train(was_training);
    throw;
  }
  model->train(was_training);  // the trainer calls this between steps
  const decode::Predictions predictions = decode::decode_outputs(task, dataset, features, raw);
  return make_evaluation(task, decode::score_predictions(task, dataset, predictions));
}

}  // namespace xlfuse::predict
