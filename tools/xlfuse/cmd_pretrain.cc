// xlfuse pretrain: masked-LM (continued) pretraining of an encoder on plain text; writes a model
// folder that `xlfuse train --init` accepts (see train/run_pretraining.h).
#include <iostream>
#include <string>

#include <fmt/format.h>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/core/error.h"
#include "xlfuse/train/run_pretraining.h"

namespace xlfuse::cli {

int run_pretrain(int argc, char** argv) {
  CLI::App app{"Masked-LM pretraining (15 % of tokens; 80 % [MASK], 10 % random, 10 % kept) of the encoder of\n"
               "--init, or of a fresh model from --model-config and --vocab, on plain-text lines packed into blocks of\n"
               "--max-seq-length tokens and/or (translation LM) on line pairs of parallel text, one block each.\n"
               "Writes --out (config.json, model.safetensors, vocab.txt, run.json).",
               "pretrain"};
  train::RunPretrainingOptions o;
  app.add_option("--text", o.text_files, "Plain-text files (comma-separated), one sentence/paragraph per line")
      ->delimiter(',');
  app.add_option("--parallel", o.parallel_files,
                 "Translation LM: line-aligned file pairs A.txt:B.txt (comma-separated); each line pair is one\n"
                 "block [CLS] a [SEP] b [SEP] (segments 0/1), mixed with the --text blocks")
      ->delimiter(',');
  app.add_option("--init", o.init_dir, "Model folder to continue from");
  app.add_option("--model-config", o.config_path, "config.json of a fresh model (with --vocab)");
  app.add_option("--vocab", o.vocab_path, "Tokenizer of a fresh model (with --model-config): vocab.txt, or an XLM-R sentencepiece .model");
  app.add_option("--out", o.out_dir, "Output model folder (checkpoints in OUT/checkpoints)");
  app.add_option("--max-seq-length", o.max_seq_length, "Tokens per block with [CLS] and [SEP]")
      ->capture_default_str();
  app.add_option("--epochs", o.epochs, "Passes over the blocks (when --max-steps is 0)")->capture_default_str();
  app.add_option("--max-steps", o.max_steps, "Optimiser updates; > 0 overrides --epochs")->capture_default_str();
  app.add_option("--batch-size", o.batch_size, "Blocks per micro-batch")->capture_default_str();
  app.add_option("--grad-accumulation", o.grad_accumulation, "Micro-batches per update")->capture_default_str();
  app.add_option("--lr", o.learning_rate, "Peak learning rate")->capture_default_str();
  app.add_option("--weight-decay", o.weight_decay, "Decoupled weight decay")->capture_default_str();
  app.add_option("--warmup-ratio", o.warmup_ratio, "Warm-up fraction of all updates")->capture_default_str();
  app.add_option("--mlm-probability", o.mlm_probability, "Fraction of tokens chosen for prediction")
      ->capture_default_str();
  app.add_option("--seed", o.seed, "Seed of initialisation, sampler, masking and dropout")->capture_default_str();
  app.add_option("--save-every", o.save_every, "Checkpoint every N updates (0 = only at the end)")
      ->capture_default_str();
  app.add_flag("--resume", o.resume, "Continue from OUT/checkpoints (an error when there is none)");
  app.add_flag("--resume-if-present", o.resume_if_present,
               "Continue from OUT/checkpoints when it holds a checkpoint, else start afresh")
      ->excludes("--resume");
  app.add_flag("--lower", o.lower_case, "Lower-case and strip accents (uncased vocabularies)");
  add_enum_option(app, "--precision", &o.precision, model::precision_names(), "Matmul precision", "precision");
  add_enum_option(app, "--progress", &o.progress, train::progress_mode_names(), "Progress display", "progress");
  add_device_option(app, &o.device);
  add_threads_flag(app, &o.threads);
  DistributedFlags dist;
  add_distributed_flags(app, &dist);
  ConfigFlags config(app);
  config.require("--out", "out_dir", [&] { return !o.out_dir.empty(); });
  if (int rc = config.parse(argc, argv, &o); rc >= 0) return rc;
  if (o.text_files.empty() && o.parallel_files.empty())
    throw UsageError("--text or --parallel is required: give one on the command line or as \"text_files\" / "
                     "\"parallel_files\" in the --config file");
  if (o.init_dir.empty() == (o.config_path.empty() && o.vocab_path.empty()))
    throw UsageError("give either --init DIR or --model-config config.json --vocab vocab.txt");
  if (!o.init_dir.empty() ? false : (o.config_path.empty() || o.vocab_path.empty()))
    throw UsageError("a fresh model needs both --model-config and --vocab");
  if (config.dump_requested()) return config.dump(o);
  join_world(dist, o.batch_size);

  const train::RunPretrainingResult r = train::run_pretraining(o);
  if (prints_results())
    std::cout << fmt::format("wrote {}: {} blocks ({} TLM pairs; {} tokens), {} steps, final loss {:.4f}{}, {:.2f}s\n",
                           o.out_dir, r.blocks, r.parallel_blocks, r.tokens, r.summary.global_step, r.summary.final_loss,
                           r.summary.resumed_from.empty() ? "" : ", resumed from " + r.summary.resumed_from,
                           r.seconds);
  return 0;
}

}  // namespace xlfuse::cli
