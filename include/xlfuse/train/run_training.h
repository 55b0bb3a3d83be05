#pragma once
// `xlfuse train` as a library call: fine-tune an encoder on the English training data of a task
// (or of several tasks at once) and write a complete model folder.
//
//   RunTrainingOptions o;
//   o.task = "udpos"; o.init_dir = "mbert"; o.data_dir = "/data/xtreme"; o.out_dir = "runs/udpos";
//   RunTrainingResult r = run_training(o);
//
// What a task trains on, and every "task default" (-1 / 0 / "" below), comes from
// task_defaults.h (XTREME's scripts, mBERT column):
//   classification   xnli, pawsx, mnli, snli, anli, qqp        sequence_classification
//   tagging          udpos, panx, ud-upos, ud-deprel          token_classification
//   QA               xquad, mlqa (SQuAD v1.1 train), tydiqa (its train-en), squad, squad2
//                                                             question_answering
//   multiple choice  xcopa (COPA train-en), copa, siqa, commonsenseqa, hellaswag, cosmosqa
//                                                             multiple_choice
//   retrieval        lareqa (SQuAD v1.1: question -> [CLS] answer sentence [SEP] paragraph [SEP],
//                    sentences from sentence_breaks.h as XTREME's run_retrieval_qa.py),
//                    mewslix (wikipedia_pairs-train.jsonl: mention -> entity description)
//                                                             dual_encoder (in-batch negatives)
//   tatoeba, bucc2018: no training (ConfigError).
// Only English (or, for mewslix, the multilingual Wikipedia pairs) is read; target-language data
// never is.
//
// Model selection: when the training task has a labelled English dev split, the model is scored on
// it with evaluate_model every eval_every updates and each new best is written to out_dir at once
// (so out_dir always holds the best model so far); otherwise the final weights are written.
//
// Output folder (single task):
//   OUT/config.json         HF config with architectures and id2label/label2id
//   OUT/model.safetensors   the whole task model under HF names (bert.*, head, representation.*)
//   OUT/vocab.txt           copied from --init
//   OUT/xlfuse.json         model::ModelInfo; extra: training_args (resolved), task_defaults,
//                           best_metric, best_step, dev_metric, global_step, final_loss, chain
//   OUT/metrics.jsonl       one JSON object per logged update and per evaluation
//   OUT/run.json            core/run_record.h
//   OUT/checkpoints/        resumable checkpoints (--resume)
//   OUT/snapshots/step-<k>/ with keep_snapshots: the last N checkpoints' weights as model folders
// Multi-task (task = "mnli,squad", and/or mlm_text):
//   OUT/model.safetensors etc.   the first task's full model (shared encoder bert.* + its head), so
//                                OUT works as --init of a later run (load_task_encoder takes bert.*)
//                                and as that task's model; xlfuse.json task = "mnli+squad",
//                                extra.tasks = every slot
//   OUT/heads/<task>/            a complete model folder per task (and "mlm" for the MLM slot)
//   The shared schedule (lr, epochs, batch, seed) is the first task's; each slot keeps its own
//   sequence length; the MLM text is packed into blocks of the first task's max_seq_length
//   (as run_pretraining.h). No dev selection: the final weights are written.
//
// Chaining: init_dir may be any model folder (pretrained, fine-tuned, multi-task): its encoder is
// kept, the head is new. xlfuse.json records parent = init_dir and extra.chain = the parent's
// chain + this task (e.g. ["siqa", "xcopa"]).
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/train/trainer.h"

#include "xlfuse/model/precision.h"
#include "xlfuse/train/progress.h"

namespace xlfuse::train {

struct RunTrainingOptions {
  // Registry task name (see the file comment), or a comma-separated list for multi-task training.
  std::string task;
  // Model folder to start from: config.json, model.safetensors (any checkpoint; only its encoder
  // is used) and vocab.txt.
  std::string init_dir;
  // Data folder in XTREME's layout.
  std::string data_dir;
  // Output model folder (see the file comment).
  std::string out_dir;
  // Seed of the head's initialisation, the sampler and dropout; -1 = task default.
  int64_t seed = -1;
  // Passes over the data (used when max_steps is 0); 0 = task default.
  int64_t epochs = 0;
  // Optimiser updates of the run; > 0 overrides epochs.
  int64_t max_steps = 0;
  // Features per micro-batch (multiple choice: examples); 0 = task default.
  int64_t batch_size = 0;
  // Micro-batches per update; 0 = task default.
  int64_t grad_accumulation = 0;
  // Peak learning rate; 0 = task default.
  double learning_rate = 0.0;
  // Decoupled weight decay; < 0 = task default.
  double weight_decay = -1.0;
  // Warm-up updates; < 0 = task default (0 then lets warmup_ratio decide).
  int64_t warmup_steps = -1;
  // Warm-up as a fraction of all updates, used when the warm-up steps are 0.
  double warmup_ratio = 0.0;
  // Maximum sequence length (dual encoder: candidate side); 0 = task default, capped by the
  // model's positions.
  int max_seq_length = 0;
  // Clip gradients to this global norm (0 = off).
  double max_grad_norm = 1.0;
  // Evaluate on the English dev split every this many updates; 0 = task default.
  int64_t eval_every = 0;
  // Never evaluate (the final weights are written).
  bool no_eval = false;
  // Checkpoint every this many updates when not evaluating; 0 = task default (or eval_every).
  int64_t save_every = 0;
  // Stop after this many evaluations without improvement (0 = never).
  int64_t early_stopping_patience = 0;
  // Lower-case and strip accents (uncased vocabularies).
  bool lower_case = false;
  // Continue from out_dir/checkpoints (an error when there is none) and allow overwriting an
  // existing out_dir/model.safetensors.
  bool resume = false;
  // Continue when out_dir/checkpoints holds a checkpoint, else start afresh.
  bool resume_if_present = false;
  // Stop after this many updates without changing the schedule (testing resume; 0 = off).
  int64_t stop_at_step = 0;
  // Keep the weights of the last N checkpoints (every evaluation, or every save_every updates) as
  // model folders OUT/snapshots/step-<k>/, for averaging them (`xlfuse soup`, "Free Lunch"
  // checkpoint averaging); 0 = none. Single-task runs only.
  int64_t keep_snapshots = 0;
  // Compute threads (0 = all cores).
  int threads = 0;
  // "fp32" or "bf16" (autocast matmuls).
  model::Precision precision = model::Precision::Float32;
  // Where to compute: "cpu", "cuda" or "cuda:N" (runtime/device.h).
  std::string device = "cpu";
  // Progress display: auto | bar | lines | off.
  ProgressMode progress = ProgressMode::Auto;
  // Plain-text files for an added masked-LM slot (continued MLM); makes even a single task a
  // multi-task run (the task + MLM sharing the encoder).
  std::vector<std::string> mlm_text;
  // The representation the head sees (layer fusion).
  model::FusionOptions fusion;
  // Throws ConfigError naming the field.
  void validate() const;
};
// Canonical JSON (core/json_fields.h); from_json reads the keys present over *options.
nlohmann::json to_json(const RunTrainingOptions& options);
void from_json(const nlohmann::json& json, RunTrainingOptions* options, const std::string& path = "");

struct RunTrainingResult {
  // Training features (multiple choice: rows; dual encoder: pairs), all slots together.
  int64_t features = 0;
  // Head kind of the written model (multi-task: the first slot's).
  model::HeadKind head_kind = model::HeadKind::SequenceClassification;
  // What the trainer reported.
  TrainSummary summary;
  // Dev metric name ("" when nothing was evaluated).
  std::string dev_metric;
  // Wall-clock seconds of the whole call.
  double seconds = 0.0;
};

// Head kind for a task (task_defaults); ConfigError for tasks that are not trained.
model::HeadKind head_kind_for_task(const std::string& task);

// The resolved options of `options` for `task` (every task default filled in) as JSON, what
// xlfuse.json's training_args and run.json's config hold.
nlohmann::json resolved_training_args(const RunTrainingOptions& options, const std::string& task);

// Reads, featurises, trains and writes the model folder; see the file comment. Throws IoError when
// the training data is missing (naming the expected paths) or out_dir/model.safetensors exists
// without resume, ConfigError on bad options or a task that is not trained.
RunTrainingResult run_training(const RunTrainingOptions& options);

}  // namespace xlfuse::train
