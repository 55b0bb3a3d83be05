// The prediction option structs <-> canonical JSON (see core/json_fields.h). Keys are the field
// names; each to_json writes every field, and its from_json reads exactly those keys.
#include <nlohmann/json.hpp>

#include "xlfuse/core/json_fields.h"
#include "xlfuse/predict/embed.h"
#include "xlfuse/predict/evaluate.h"
#include "xlfuse/predict/predict.h"

namespace xlfuse::predict {

nlohmann::json to_json(const EvaluateOptions& o) {
  return {{"max_seq_length", o.max_seq_length},
          {"batch_size", o.batch_size},
          {"precision", model::to_string(o.precision)},
          {"device", o.device},
          {"retrieval_layer", o.retrieval_layer}};
}

void from_json(const nlohmann::json& json, EvaluateOptions* o, const std::string& path) {
  JsonFields f(json, path);
  f.read("max_seq_length", &o->max_seq_length);
  f.read("batch_size", &o->batch_size);
  f.read_enum("precision", &o->precision, model::precision_names());
  f.read("device", &o->device);
  f.read("retrieval_layer", &o->retrieval_layer);
  f.reject_unknown_keys();
}

nlohmann::json to_json(const PredictOptions& o) {
  return {{"model_dir", o.model_dir}, {"task", o.task},         {"langs", o.langs},
          {"split", o.split},         {"data_dir", o.data_dir}, {"out_dir", o.out_dir},
          {"benchmark", to_string(o.benchmark)}, {"evaluate", to_json(o.evaluate)}, {"threads", o.threads}};
}

void from_json(const nlohmann::json& json, PredictOptions* o, const std::string& path) {
  JsonFields f(json, path);
  f.read("model_dir", &o->model_dir);
  f.read("task", &o->task);
  f.read("langs", &o->langs);
  f.read("split", &o->split);
  f.read("data_dir", &o->data_dir);
  f.read("out_dir", &o->out_dir);
  f.read_enum("benchmark", &o->benchmark, benchmark_names());
  f.read_object("evaluate", &o->evaluate);
  f.read("threads", &o->threads);
  f.reject_unknown_keys();
}

nlohmann::json to_json(const EmbedOptions& o) {
  return {{"model_dir", o.model_dir},   {"input", o.input},
          {"output", o.output},         {"layer", o.layer},
          {"pooling", to_string(o.pooling)}, {"batch_size", o.batch_size},
          {"max_length", o.max_length}, {"threads", o.threads},
          {"lower_case", o.lower_case}, {"device", o.device}};
}

void from_json(const nlohmann::json& json, EmbedOptions* o, const std::string& path) {
  JsonFields f(json, path);
  f.read("model_dir", &o->model_dir);
  f.read("input", &o->input);
  f.read("output", &o->output);
  f.read("layer", &o->layer);
  f.read_enum("pooling", &o->pooling, pooling_names());
  f.read("batch_size", &o->batch_size);
  f.read("max_length", &o->max_length);
  f.read("threads", &o->threads);
  f.read("lower_case", &o->lower_case);
  f.read("device", &o->device);
  f.reject_unknown_keys();
}

}  // namespace xlfuse::predict
