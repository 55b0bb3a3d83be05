// xlfuse train: fine-tune an encoder on the English training split of a classification or
// tagging task and write a model folder (see train/run_training.h).
#include <iostream>
#include <string>

#include <fmt/format.h>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/core/error.h"
#include "xlfuse/train/run_training.h"

namespace xlfuse::cli {

int run_train(int argc, char** argv) {
  CLI::App app{"Fine-tune the encoder of --init on the English training split (train, en) of --task and\n"
               "write the model folder --out (config.json, model.safetensors, vocab.txt, xlfuse.json).\n"
               "Supported: classification tasks (xnli, pawsx, ...) and tagging tasks (udpos, panx).",
               "train"};
  train::RunTrainingOptions options;
  app.add_option("--task", options.task, "Task name (xlfuse data check lists what a folder has)")->required();
  app.add_option("--init", options.init_dir, "Model folder to start from (its encoder is used)")->required();
  app.add_option("--data", options.data_dir, "Data folder in XTREME's layout")->required();
  app.add_option("--out", options.out_dir, "Output model folder (checkpoints in OUT/checkpoints)")->required();
  app.add_option("--seed", options.seed, "Seed of the head, the sampler and dropout")->capture_default_str();
  app.add_option("--epochs", options.epochs, "Passes over the data (when --max-steps is 0)")->capture_default_str();
  app.add_option("--max-steps", options.max_steps, "Optimiser updates; > 0 overrides --epochs")->capture_default_str();
  app.add_option("--batch-size", options.batch_size, "Features per update")->capture_default_str();
  app.add_option("--lr", options.learning_rate, "Peak learning rate")->capture_default_str();
  app.add_option("--max-seq-length", options.max_seq_length,
                 "Max tokens per feature (0 = 128, capped by the model's positions)")
      ->capture_default_str();
  app.add_flag("--lower", options.lower_case, "Lower-case and strip accents (uncased vocabularies)");
  app.add_flag("--resume", options.resume,
               "Continue from OUT/checkpoints and allow overwriting OUT/model.safetensors");
  add_threads_flag(app, &options.threads);
  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;
  if (options.threads < 0) throw UsageError(fmt::format("--threads must be >= 0 (0 = all cores), got {}", options.threads));

  const train::RunTrainingResult r = train::run_training(options);
  std::cout << fmt::format("wrote {}: {} ({}), {} features, {} steps, final loss {:.4f}{}, {:.2f}s\n",
                           options.out_dir, options.task, r.head_kind, r.features, r.summary.global_step,
                           r.summary.final_loss,
                           r.summary.resumed_from.empty() ? "" : ", resumed from " + r.summary.resumed_from,
                           r.seconds);
  return 0;
}

}  // namespace xlfuse::cli
