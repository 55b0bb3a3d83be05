// xlfuse train: fine-tune an encoder on the English training data of a task (or several, for
// multi-task intermediate training) with XTREME's per-task defaults, selecting on English dev
// data, and write a model folder (see train/run_training.h).
#include <iostream>
#include <string>

#include <fmt/format.h>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/core/error.h"
#include "xlfuse/model/fusion/fusion_options.h"
#include "xlfuse/train/run_training.h"

namespace xlfuse::cli {

int run_train(int argc, char** argv) {
  CLI::App app{"Fine-tune the encoder of --init on the English training data of --task and write the model\n"
               "folder --out (config.json, model.safetensors, vocab.txt or sentencepiece.bpe.model, xlfuse.json, metrics.jsonl, run.json).\n"
               "Every task (xnli, pawsx, udpos, panx, xquad, mlqa, tydiqa, xcopa, lareqa, mewslix and the\n"
               "intermediate tasks mnli, snli, anli, qqp, squad, squad2, siqa, copa, commonsenseqa, hellaswag,\n"
               "cosmosqa, ud-upos, ud-deprel) trains with XTREME's settings unless a flag overrides them;\n"
               "the best model on the English dev split is kept. --task A,B trains several tasks at once\n"
               "with one shared encoder (OUT/heads/<task>/ holds each task's model).",
               "train"};
  train::RunTrainingOptions o;
  const char* td = "task default";
  app.add_option("--task", o.task, "Task name, or a comma-separated list for multi-task training");
  app.add_option("--init", o.init_dir, "Model folder to start from (its encoder is kept, the head is new)");
  app.add_option("--data", o.data_dir, "Data folder in XTREME's layout");
  app.add_option("--out", o.out_dir, "Output model folder (checkpoints in OUT/checkpoints)");
  app.add_option("--seed", o.seed, "Seed of the head, the sampler and dropout (-1 = task default)")->default_str(td);
  app.add_option("--epochs", o.epochs, "Passes over the data (when --max-steps is 0)")->default_str(td);
  app.add_option("--max-steps", o.max_steps, "Optimiser updates; > 0 overrides --epochs")->capture_default_str();
  app.add_option("--batch-size", o.batch_size, "Features per micro-batch (multiple choice: examples)")->default_str(td);
  app.add_option("--grad-accumulation", o.grad_accumulation, "Micro-batches per update")->default_str(td);
  app.add_option("--lr", o.learning_rate, "Peak learning rate")->default_str(td);
  app.add_option("--weight-decay", o.weight_decay, "Decoupled weight decay (biases, LayerNorm excluded)")
      ->default_str(td);
  app.add_option("--warmup-steps", o.warmup_steps, "Linear warm-up updates")->default_str(td);
  app.add_option("--warmup-ratio", o.warmup_ratio, "Warm-up as a fraction of all updates (when warm-up steps are 0)")
      ->capture_default_str();
  app.add_option("--max-seq-length", o.max_seq_length, "Max tokens per feature (dual encoder: candidate side)")
      ->default_str(td);
  app.add_option("--max-grad-norm", o.max_grad_norm, "Clip gradients to this global norm (0 = off)")
      ->capture_default_str();
  app.add_option("--eval-every", o.eval_every, "Score on the English dev split every N updates")->default_str(td);
  app.add_flag("--no-eval", o.no_eval, "No dev selection: write the final weights");
  app.add_option("--save-every", o.save_every, "Checkpoint every N updates when not evaluating")
      ->default_str("task default, else --eval-every");
  app.add_option("--early-stopping-patience", o.early_stopping_patience,
                 "Stop after N evaluations without a better dev metric (0 = never)")
      ->capture_default_str();
  app.add_flag("--resume", o.resume,
               "Continue from OUT/checkpoints (an error when there is none) and allow overwriting OUT/model.safetensors");
  app.add_flag("--resume-if-present", o.resume_if_present,
               "Continue from OUT/checkpoints when it holds a checkpoint, else start afresh")
      ->excludes("--resume");
  app.add_option("--stop-at-step", o.stop_at_step, "Stop after N updates, keeping the schedule (to test resume)")
      ->capture_default_str();
  app.add_option("--keep-snapshots", o.keep_snapshots,
                 "Keep the last N checkpoints' weights as model folders OUT/snapshots/step-<k> (for xlfuse soup)")
      ->capture_default_str();
  add_enum_option(app, "--precision", &o.precision, model::precision_names(), "Matmul precision", "precision");
  add_enum_option(app, "--progress", &o.progress, train::progress_mode_names(), "Progress display", "progress");
  app.add_flag("--lower", o.lower_case, "Lower-case and strip accents (uncased vocabularies)");
  app.add_option("--mlm-text", o.mlm_text, "Multi-task: plain-text files for an added masked-LM slot")
      ->delimiter(',');
  add_enum_option(app, "--fusion", &o.fusion.kind, model::fusion_kind_names(), "Representation the head sees", "fusion kind");
  app.add_option("--fusion-layer", o.fusion.layer, "Lower layer fused with the last (hidden_states index)")
      ->capture_default_str();
  app.add_option("--fusion-reduction", o.fusion.reduction, "AIF channel reduction r")->capture_default_str();
  add_enum_option(app, "--fusion-norm", &o.fusion.norm, model::fusion_norm_names(), "AIF normalisation", "fusion norm");
  app.add_flag("--fusion-x2", o.fusion.double_output, "AIF: Z = 2 (W X + (1 - W) Y), as the official AFF code");
  add_device_option(app, &o.device);
  add_threads_flag(app, &o.threads);
  DistributedFlags dist;
  add_distributed_flags(app, &dist);
  ConfigFlags config(app);
  config.require("--task", "task", [&] { return !o.task.empty(); });
  config.require("--init", "init_dir", [&] { return !o.init_dir.empty(); });
  config.require("--data", "data_dir", [&] { return !o.data_dir.empty(); });
  config.require("--out", "out_dir", [&] { return !o.out_dir.empty(); });
  if (int rc = config.parse(argc, argv, &o); rc >= 0) return rc;
  if (o.threads < 0) throw UsageError(fmt::format("--threads must be >= 0 (0 = all cores), got {}", o.threads));
  if (config.dump_requested()) return config.dump(o);
  join_world(dist, o.batch_size);

  const train::RunTrainingResult r = train::run_training(o);
  std::string best;
  if (r.summary.has_best)
    best = fmt::format(", best dev {} {:.4f} at step {}", r.dev_metric, r.summary.best_metric, r.summary.best_step);
  if (prints_results())
    std::cout << fmt::format("wrote {}: {} ({}), {} features, {} steps, final loss {:.4f}{}{}{}, {:.2f}s\n", o.out_dir,
                           o.task, r.head_kind, r.features, r.summary.global_step, r.summary.final_loss, best,
                           r.summary.stopped_early ? ", stopped early" : "",
                           r.summary.resumed_from.empty() ? "" : ", resumed from " + r.summary.resumed_from,
                           r.seconds);
  return 0;
}

}  // namespace xlfuse::cli
