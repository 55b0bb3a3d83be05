// SweepLayersOptions <-> canonical JSON (see core/json_fields.h). Keys are the field names;
// `layers` is a list of integers ([] = every lower layer).
#include <nlohmann/json.hpp>

#include "xlfuse/core/json_fields.h"
#include "xlfuse/pipeline/sweep_layers.h"

namespace xlfuse::pipeline {

nlohmann::json to_json(const SweepLayersOptions& o) {
  return {{"task", o.task},
          {"init_dir", o.init_dir},
          {"data_dir", o.data_dir},
          {"out_dir", o.out_dir},
          {"layers", o.layers},
          {"fusion", model::to_json(o.fusion)},
          {"langs", o.langs},
          {"split", o.split},
          {"epochs", o.epochs},
          {"max_steps", o.max_steps},
          {"batch_size", o.batch_size},
          {"learning_rate", o.learning_rate},
          {"seed", o.seed},
          {"no_eval", o.no_eval},
          {"resume", o.resume},
          {"threads", o.threads},
          {"device", o.device},
          {"progress", train::to_string(o.progress)}};
}

void from_json(const nlohmann::json& json, SweepLayersOptions* o, const std::string& path) {
  JsonFields f(json, path);
  f.read("task", &o->task);
  f.read("init_dir", &o->init_dir);
  f.read("data_dir", &o->data_dir);
  f.read("out_dir", &o->out_dir);
  f.read("layers", &o->layers);
  f.read_object("fusion", &o->fusion);
  f.read("langs", &o->langs);
  f.read("split", &o->split);
  f.read("epochs", &o->epochs);
  f.read("max_steps", &o->max_steps);
  f.read("batch_size", &o->batch_size);
  f.read("learning_rate", &o->learning_rate);
  f.read("seed", &o->seed);
  f.read("no_eval", &o->no_eval);
  f.read("resume", &o->resume);
  f.read("threads", &o->threads);
  f.read("device", &o->device);
  f.read_enum("progress", &o->progress, train::progress_mode_names());
  f.reject_unknown_keys();
}

}  // namespace xlfuse::pipeline
