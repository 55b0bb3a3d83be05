// The training option structs <-> canonical JSON (see core/json_fields.h). Keys are the field
// names; each to_json writes every field, and its from_json reads exactly those keys.
#include <nlohmann/json.hpp>

#include "xlfuse/core/json_fields.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/train/run_pretraining.h"
#include "xlfuse/train/run_training.h"
#include "xlfuse/train/trainer.h"

namespace xlfuse::train {

nlohmann::json to_json(const TrainOptions& o) {
  return {{"epochs", o.epochs},
          {"max_steps", o.max_steps},
          {"stop_at_step", o.stop_at_step},
          {"batch_size", o.batch_size},
          {"grad_accumulation", o.grad_accumulation},
          {"learning_rate", o.learning_rate},
          {"weight_decay", o.weight_decay},
          {"warmup_steps", o.warmup_steps},
          {"warmup_ratio", o.warmup_ratio},
          {"max_grad_norm", o.max_grad_norm},
          {"seed", o.seed},
          {"bucket_window_batches", o.bucket_window_batches},
          {"pad_id", o.pad_id},
          {"eval_every", o.eval_every},
          {"log_every", o.log_every},
          {"greater_is_better", o.greater_is_better},
          {"checkpoint_dir", o.checkpoint_dir},
          {"keep_last", o.keep_last},
          {"resume", o.resume},
          {"resume_if_present", o.resume_if_present},
          {"early_stopping_patience", o.early_stopping_patience},
          {"metrics_path", o.metrics_path},
          {"progress", to_string(o.progress)},
          {"precision", model::to_string(o.precision)},
          {"device", o.device},
          {"mlm", data::to_json(o.mlm)}};
}

void from_json(const nlohmann::json& json, TrainOptions* o, const std::string& path) {
  JsonFields f(json, path);
  f.read("epochs", &o->epochs);
  f.read("max_steps", &o->max_steps);
  f.read("stop_at_step", &o->stop_at_step);
  f.read("batch_size", &o->batch_size);
  f.read("grad_accumulation", &o->grad_accumulation);
  f.read("learning_rate", &o->learning_rate);
  f.read("weight_decay", &o->weight_decay);
  f.read("warmup_steps", &o->warmup_steps);
  f.read("warmup_ratio", &o->warmup_ratio);
  f.read("max_grad_norm", &o->max_grad_norm);
  f.read("seed", &o->seed);
  f.read("bucket_window_batches", &o->bucket_window_batches);
  f.read("pad_id", &o->pad_id);
  f.read("eval_every", &o->eval_every);
  f.read("log_every", &o->log_every);
  f.read("greater_is_better", &o->greater_is_better);
  f.read("checkpoint_dir", &o->checkpoint_dir);
  f.read("keep_last", &o->keep_last);
  f.read("resume", &o->resume);
  f.read("resume_if_present", &o->resume_if_present);
  f.read("early_stopping_patience", &o->early_stopping_patience);
  f.read("metrics_path", &o->metrics_path);
  f.read_enum("progress", &o->progress, progress_mode_names());
  f.read_enum("precision", &o->precision, model::precision_names());
  f.read("device", &o->device);
  f.read_object("mlm", &o->mlm);
  f.reject_unknown_keys();
}

nlohmann::json to_json(const RunTrainingOptions& o) {
  return {{"task", o.task},
          {"init_dir", o.init_dir},
          {"data_dir", o.data_dir},
          {"out_dir", o.out_dir},
          {"seed", o.seed},
          {"epochs", o.epochs},
          {"max_steps", o.max_steps},
          {"batch_size", o.batch_size},
          {"grad_accumulation", o.grad_accumulation},
          {"learning_rate", o.learning_rate},
          {"weight_decay", o.weight_decay},
          {"warmup_steps", o.warmup_steps},
          {"warmup_ratio", o.warmup_ratio},
          {"max_seq_length", o.max_seq_length},
          {"max_grad_norm", o.max_grad_norm},
          {"eval_every", o.eval_every},
          {"no_eval", o.no_eval},
          {"save_every", o.save_every},
          {"early_stopping_patience", o.early_stopping_patience},
          {"lower_case", o.lower_case},
          {"resume", o.resume},
          {"resume_if_present", o.resume_if_present},
          {"stop_at_step", o.stop_at_step},
          {"keep_snapshots", o.keep_snapshots},
          {"threads", o.threads},
          {"precision", model::to_string(o.precision)},
          {"device", o.device},
          {"progress", to_string(o.progress)},
          {"mlm_text", o.mlm_text},
          {"fusion", model::to_json(o.fusion)}};
}

void from_json(const nlohmann::json& json, RunTrainingOptions* o, const std::string& path) {
  JsonFields f(json, path);
  f.read("task", &o->task);
  f.read("init_dir", &o->init_dir);
  f.read("data_dir", &o->data_dir);
  f.read("out_dir", &o->out_dir);
  f.read("seed", &o->seed);
  f.read("epochs", &o->epochs);
  f.read("max_steps", &o->max_steps);
  f.read("batch_size", &o->batch_size);
  f.read("grad_accumulation", &o->grad_accumulation);
  f.read("learning_rate", &o->learning_rate);
  f.read("weight_decay", &o->weight_decay);
  f.read("warmup_steps", &o->warmup_steps);
  f.read("warmup_ratio", &o->warmup_ratio);
  f.read("max_seq_length", &o->max_seq_length);
  f.read("max_grad_norm", &o->max_grad_norm);
  f.read("eval_every", &o->eval_every);
  f.read("no_eval", &o->no_eval);
  f.read("save_every", &o->save_every);
  f.read("early_stopping_patience", &o->early_stopping_patience);
  f.read("lower_case", &o->lower_case);
  f.read("resume", &o->resume);
  f.read("resume_if_present", &o->resume_if_present);
  f.read("stop_at_step", &o->stop_at_step);
  f.read("keep_snapshots", &o->keep_snapshots);
  f.read("threads", &o->threads);
  f.read_enum("precision", &o->precision, model::precision_names());
  f.read("device", &o->device);
  f.read_enum("progress", &o->progress, progress_mode_names());
  f.read("mlm_text", &o->mlm_text);
  f.read_object("fusion", &o->fusion);
  f.reject_unknown_keys();
}

nlohmann::json to_json(const RunPretrainingOptions& o) {
  return {{"text_files", o.text_files},
          {"parallel_files", o.parallel_files},
          {"init_dir", o.init_dir},
          {"config_path", o.config_path},
          {"vocab_path", o.vocab_path},
          {"out_dir", o.out_dir},
          {"max_seq_length", o.max_seq_length},
          {"epochs", o.epochs},
          {"max_steps", o.max_steps},
          {"batch_size", o.batch_size},
          {"grad_accumulation", o.grad_accumulation},
          {"learning_rate", o.learning_rate},
          {"weight_decay", o.weight_decay},
          {"warmup_ratio", o.warmup_ratio},
          {"mlm_probability", o.mlm_probability},
          {"seed", o.seed},
          {"save_every", o.save_every},
          {"resume", o.resume},
          {"resume_if_present", o.resume_if_present},
          {"lower_case", o.lower_case},
          {"threads", o.threads},
          {"precision", model::to_string(o.precision)},
          {"device", o.device},
          {"progress", to_string(o.progress)}};
}

void from_json(const nlohmann::json& json, RunPretrainingOptions* o, const std::string& path) {
  JsonFields f(json, path);
  f.read("text_files", &o->text_files);
  f.read("parallel_files", &o->parallel_files);
  f.read("init_dir", &o->init_dir);
  f.read("config_path", &o->config_path);
  f.read("vocab_path", &o->vocab_path);
  f.read("out_dir", &o->out_dir);
  f.read("max_seq_length", &o->max_seq_length);
  f.read("epochs", &o->epochs);
  f.read("max_steps", &o->max_steps);
  f.read("batch_size", &o->batch_size);
  f.read("grad_accumulation", &o->grad_accumulation);
  f.read("learning_rate", &o->learning_rate);
  f.read("weight_decay", &o->weight_decay);
  f.read("warmup_ratio", &o->warmup_ratio);
  f.read("mlm_probability", &o->mlm_probability);
  f.read("seed", &o->seed);
  f.read("save_every", &o->save_every);
  f.read("resume", &o->resume);
  f.read("resume_if_present", &o->resume_if_present);
  f.read("lower_case", &o->lower_case);
  f.read("threads", &o->threads);
  f.read_enum("precision", &o->precision, model::precision_names());
  f.read("device", &o->device);
  f.read_enum("progress", &o->progress, progress_mode_names());
  f.reject_unknown_keys();
}

}  // namespace xlfuse::train
