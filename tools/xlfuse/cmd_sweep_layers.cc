// xlfuse sweep-layers: train one layer-fusion model per lower layer and compare them zero-shot
// (train/sweep_layers.h); prints the table it writes to OUT/sweep.md.
#include <iostream>
#include <string>

#include <fmt/format.h>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/io/hf_config.h"
#include "xlfuse/pipeline/sweep_layers.h"

namespace xlfuse::cli {

int run_sweep_layers(int argc, char** argv) {
  CLI::App app{"For each lower layer l, fine-tune --init on the task's English training data with layer fusion\n"
               "(the last layer fused with layer l) into OUT/layer-<l>/, predict the task's languages zero-shot\n"
               "(OUT/layer-<l>/predictions/), and write OUT/sweep.json and OUT/sweep.md (rows = layers,\n"
               "columns = languages + average).",
               "sweep-layers"};
  pipeline::SweepLayersOptions options;
  std::string layers = "all";
  app.add_option("--task", options.task, "Task to train and predict (e.g. udpos, panx, xnli)");
  app.add_option("--init", options.init_dir, "Model folder to start from (config.json, model.safetensors, vocab.txt)");
  app.add_option("--data", options.data_dir, "Data folder in XTREME's download/ layout");
  app.add_option("--out", options.out_dir, "Output folder");
  CLI::Option* layers_flag =
      app.add_option("--layers", layers, "Lower layers: 'all' (1..L-1) or e.g. 1,4,8 or 2-5")->capture_default_str();
  add_enum_option(app, "--fusion", &options.fusion.kind, model::fusion_kind_names(),
                  "Fusion kind (one that fuses a lower layer: aif, iaff, sum, concat or lower_layer)", "fusion kind");
  app.add_option("--reduction", options.fusion.reduction, "aif/iaff: channel reduction r (E -> E/r -> E)")
      ->capture_default_str();
  add_enum_option(app, "--norm", &options.fusion.norm, model::fusion_norm_names(), "aif/iaff normalisation", "fusion norm");
  app.add_flag("--double-output", options.fusion.double_output, "aif/iaff: Z = 2 (W X + (1 - W) Y), as AFF's code");
  app.add_option("--split", options.split, "Split to predict and score (default: the test split, as predict)");
  app.add_option("--langs", options.langs, "'all' (the benchmark's languages present in --data) or l1,l2,...")
      ->capture_default_str();
  app.add_option("--epochs", options.epochs, "Passes over the training data (0 = task default)")->capture_default_str();
  app.add_option("--max-steps", options.max_steps, "Optimiser updates per run; > 0 overrides --epochs")
      ->capture_default_str();
  app.add_option("--batch-size", options.batch_size, "Features per update (0 = task default)")->capture_default_str();
  app.add_option("--lr", options.learning_rate, "Peak learning rate (0 = task default)")->capture_default_str();
  app.add_option("--seed", options.seed, "Seed of every run (-1 = task default)")->capture_default_str();
  app.add_flag("--no-eval", options.no_eval, "Skip the English dev evaluation during training (keep the final weights)");
  app.add_flag("--resume", options.resume, "Continue interrupted runs from OUT/layer-<l>/checkpoints");
  add_enum_option(app, "--progress", &options.progress, train::progress_mode_names(), "Training progress", "progress");
  add_device_option(app, &options.device);
  add_threads_flag(app, &options.threads);
  ConfigFlags config(app);
  config.require("--task", "task", [&] { return !options.task.empty(); });
  config.require("--init", "init_dir", [&] { return !options.init_dir.empty(); });
  config.require("--data", "data_dir", [&] { return !options.data_dir.empty(); });
  config.require("--out", "out_dir", [&] { return !options.out_dir.empty(); });
  if (int rc = config.parse(argc, argv, &options); rc >= 0) return rc;

  // --layers, when given, replaces the file's list ([] there means every lower layer).
  if (layers_flag->count() > 0) {
    const io::BertConfig model = io::read_bert_config(options.init_dir + "/config.json");
    options.layers = pipeline::parse_layer_list(layers, model.num_hidden_layers);
  }
  if (config.dump_requested()) return config.dump(options);
  const pipeline::SweepLayersResult r = pipeline::run_sweep_layers(options);
  std::cout << r.markdown;
  std::cout << fmt::format("\nwrote {} and {}\n", r.json_file, r.markdown_file);
  return 0;
}

}  // namespace xlfuse::cli
