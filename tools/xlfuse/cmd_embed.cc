// xlfuse embed: one sentence embedding per input line from a chosen hidden layer, pooled by mean
// or [CLS], written as the F32 safetensors tensor `embeddings` [lines, hidden].
#include <iostream>
#include <string>

#include <fmt/format.h>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/predict/embed.h"

namespace xlfuse::cli {

int run_embed(int argc, char** argv) {
  CLI::App app{"Embed every line of a text file with a BERT encoder: the hidden state of --layer pooled by\n"
               "--pool, one row per line, written to --out as safetensors tensor 'embeddings' [lines, hidden].",
               "embed"};
  predict::EmbedOptions options;
  app.add_option("--model", options.model_dir, "Model folder (config.json, model.safetensors, vocab.txt or sentencepiece.bpe.model)");
  app.add_option("--input", options.input, "Text file, one input per line");
  app.add_option("--out", options.output, "Output .safetensors file");
  app.add_option("--layer", options.layer, "Hidden state: 0 = embedding output, L = layer L, -1 = last")
      ->capture_default_str();
  add_enum_option(app, "--pool", &options.pooling, predict::pooling_names(),
                  "mean (all non-padding tokens incl. [CLS]/[SEP]) or cls (first token)", "pool");
  app.add_option("--batch-size", options.batch_size, "Lines per forward pass")->capture_default_str();
  app.add_option("--max-length", options.max_length, "Max tokens per line incl. [CLS]/[SEP] (0 = model maximum)")
      ->capture_default_str();
  app.add_flag("--lower", options.lower_case, "Lower-case and strip accents (uncased vocabularies)");
  add_device_option(app, &options.device);
  add_threads_flag(app, &options.threads);
  ConfigFlags config(app);
  config.require("--model", "model_dir", [&] { return !options.model_dir.empty(); });
  config.require("--input", "input", [&] { return !options.input.empty(); });
  config.require("--out", "output", [&] { return !options.output.empty(); });
  if (int rc = config.parse(argc, argv, &options); rc >= 0) return rc;
  if (options.threads < 0) throw UsageError(fmt::format("--threads must be >= 0 (0 = all cores), got {}", options.threads));
  if (config.dump_requested()) return config.dump(options);

  const predict::EmbedResult r = predict::run_embed(options);
  std::cout << fmt::format("wrote {}: embeddings [{}, {}] (layer {}, pool {}), {} truncated, {:.2f}s\n", options.output,
                           r.lines, r.hidden, r.layer, options.pooling, r.truncated, r.seconds);
  return 0;
}

}  // namespace xlfuse::cli
