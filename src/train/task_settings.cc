// Resolving a task's training settings. See task_settings.h.
#include "xlfuse/train/task_settings.h"

#include <algorithm>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/model/fusion/fusion_options.h"

namespace xlfuse::train {

TaskSettings resolve_task_settings(const RunTrainingOptions& o, const std::string& task) {
  TaskSettings r;
  r.defaults = task_training_defaults(task);
  const TaskTrainingDefaults& d = r.defaults;
  r.seed = o.seed >= 0 ? static_cast<uint64_t>(o.seed) : d.seed;
  r.epochs = o.epochs > 0 ? o.epochs : d.epochs;
  r.batch_size = o.batch_size > 0 ? o.batch_size : d.batch_size;
  r.grad_accumulation = o.grad_accumulation > 0 ? o.grad_accumulation : d.grad_accumulation;
  r.learning_rate = o.learning_rate > 0 ? o.learning_rate : d.learning_rate;
  r.weight_decay = o.weight_decay >= 0 ? o.weight_decay : d.weight_decay;
  r.warmup_steps = o.warmup_steps >= 0 ? o.warmup_steps : d.warmup_steps;
  r.max_seq_length = o.max_seq_length > 0 ? o.max_seq_length : d.max_seq_length;
  r.max_query_seq_length = d.max_query_seq_length > 0 ? std::min(d.max_query_seq_length, r.max_seq_length) : 0;
  r.doc_stride = d.doc_stride;
  r.max_query_length = d.max_query_length;
  r.eval_every = o.eval_every > 0 ? o.eval_every : d.eval_every;
  r.save_every = o.save_every > 0 ? o.save_every : (d.save_every > 0 ? d.save_every : r.eval_every);
  return r;
}

void fit_to_model(TaskSettings* r, const RunTrainingOptions& o, const io::BertConfig& config, const std::string& where,
                  int pair_specials) {
  // XLM-R's position table starts at pad_token_id + 1: 514 rows hold 512 tokens.
  const int limit = static_cast<int>(config.max_sequence_length());
  if (o.max_seq_length > 0 && o.max_seq_length > limit)
    throw ConfigError(fmt::format("max_seq_length: {} exceeds the {} tokens the model's position table holds "
                                  "(max_position_embeddings {}, {}); pass a smaller --max-seq-length",
                                  o.max_seq_length, limit, config.max_position_embeddings, where));
  if (r->max_seq_length > limit) {
    XLFUSE_LOG_INFO("[train] {}: max_seq_length {} capped to the model's {} positions", r->defaults.task,
                    r->max_seq_length, limit);
    r->max_seq_length = limit;
  }
  r->max_query_seq_length = std::min(r->max_query_seq_length, limit);
  // QA: keep room for a document after the question (run_squad would fail instead).
  r->max_query_length = std::min(r->max_query_length, r->max_seq_length / 2);
  r->doc_stride = std::min(r->doc_stride, r->max_seq_length - r->max_query_length - pair_specials);
}

nlohmann::json to_json(const TaskSettings& r, const RunTrainingOptions& o) {
  return {{"task", r.defaults.task},
          {"train_task", r.defaults.train_task},
          {"train_split", r.defaults.train_split},
          {"train_lang", r.defaults.train_lang},
          {"dev_task", o.no_eval ? "" : r.defaults.dev_task},
          {"dev_split", o.no_eval ? "" : r.defaults.dev_split},
          {"head_kind", to_string(r.defaults.head_kind)},
          {"seed", r.seed},
          {"epochs", r.epochs},
          {"max_steps", o.max_steps},
          {"batch_size", r.batch_size},
          {"grad_accumulation", r.grad_accumulation},
          {"effective_batch_size", r.batch_size * r.grad_accumulation},
          {"learning_rate", r.learning_rate},
          {"weight_decay", r.weight_decay},
          {"warmup_steps", r.warmup_steps},
          {"warmup_ratio", o.warmup_ratio},
          {"max_seq_length", r.max_seq_length},
          {"max_query_seq_length", r.max_query_seq_length},
          {"doc_stride", r.doc_stride},
          {"max_query_length", r.max_query_length},
          {"max_grad_norm", o.max_grad_norm},
          {"eval_every", o.no_eval ? 0 : r.eval_every},
          {"save_every", r.save_every},
          {"early_stopping_patience", o.early_stopping_patience},
          {"lower_case", o.lower_case},
          {"precision", to_string(o.precision)},
          {"device", o.device},
          {"fusion", model::fusion_to_json(o.fusion)},
          {"init", o.init_dir},
          {"data", o.data_dir},
          {"mlm_text", o.mlm_text},
          {"adam_epsilon", 1e-8},
          {"defaults_source", r.defaults.source}};
}

TrainOptions make_train_options(const RunTrainingOptions& o, const TaskSettings& r, const std::filesystem::path& out, int32_t pad_id,
                                bool evaluating) {
  TrainOptions t;
  t.epochs = r.epochs;
  t.max_steps = o.max_steps;
  t.stop_at_step = o.stop_at_step;
  t.batch_size = r.batch_size;
  t.grad_accumulation = r.grad_accumulation;
  t.learning_rate = r.learning_rate;
  t.weight_decay = r.weight_decay;
  t.warmup_steps = r.warmup_steps;
  t.warmup_ratio = o.warmup_ratio;
  t.max_grad_norm = o.max_grad_norm;
  t.seed = r.seed;
  t.pad_id = pad_id;
  // The trainer checkpoints at its evaluation interval: the dev interval when evaluating, else
  // the save interval (an EvalFn-less "evaluation" only saves).
  t.eval_every = evaluating ? r.eval_every : r.save_every;
  t.checkpoint_dir = (out / "checkpoints").string();
  t.resume = o.resume;
  t.resume_if_present = o.resume_if_present;
  t.early_stopping_patience = evaluating ? o.early_stopping_patience : 0;
  t.metrics_path = (out / "metrics.jsonl").string();
  t.progress = o.progress;
  t.precision = o.precision;
  t.device = o.device;
  t.greater_is_better = true;
  t.validate();
  return t;
}

}  // namespace xlfuse::train
