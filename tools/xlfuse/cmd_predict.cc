// xlfuse predict: zero-shot prediction of a model folder on a task, per language: raw outputs,
// leaderboard-layout predictions and scores where labels exist (train/predict.h).
#include <iostream>
#include <string>

#include <fmt/format.h>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/core/error.h"
#include "xlfuse/model/precision.h"
#include "xlfuse/predict/predict.h"

namespace xlfuse::cli {

int run_predict(int argc, char** argv) {
  CLI::App app{"Predict a task with a model folder, language by language (zero-shot transfer). Writes\n"
               "OUT/{task}/{split}-{lang}.{tsv|json|jsonl} (leaderboard layout), OUT/raw/{task}/{split}-{lang}.safetensors\n"
               "(raw outputs for ensembles) and OUT/scores.json (where the data has labels).\n"
               "Default --split: the dev split for tasks whose test labels XTREME strips (xnli pawsx udpos panx mlqa\n"
               "tydiqa bucc2018 xcopa mewslix), test for xquad, tatoeba and lareqa.",
               "predict"};
  predict::PredictOptions options;
  app.add_option("--model", options.model_dir, "Model folder (config.json, model.safetensors, vocab.txt or sentencepiece.bpe.model, xlfuse.json)");
  app.add_option("--task", options.task, "Task name (xlfuse data tasks lists them)");
  app.add_option("--langs", options.langs, "'all' (the benchmark's languages present in --data) or l1,l2,...")
      ->capture_default_str();
  app.add_option("--split", options.split, "Split to predict (default: see above)");
  app.add_option("--data", options.data_dir, "Data folder in XTREME's download/ layout");
  app.add_option("--out", options.out_dir, "Output folder");
  app.add_option("--batch-size", options.evaluate.batch_size, "Features per inference batch")->capture_default_str();
  app.add_option("--max-seq-length", options.evaluate.max_seq_length,
                 "Max tokens per feature (0 = xlfuse.json's, else the task default: 384 QA, 128 others)")
      ->capture_default_str();
  add_enum_option(app, "--precision", &options.evaluate.precision, model::precision_names(), "Matmul precision (bf16: CPU autocast)", "precision");
  app.add_option("--layer", options.evaluate.retrieval_layer,
                 "Retrieval without a dual-encoder head: hidden state to pool (8 = transformer layer 8, -1 = last)")
      ->capture_default_str();
  add_enum_option(app, "--benchmark", &options.benchmark, benchmark_names(), "Whose languages 'all' means", "benchmark");
  add_device_option(app, &options.evaluate.device);
  add_threads_flag(app, &options.threads);
  ConfigFlags config(app);
  config.require("--model", "model_dir", [&] { return !options.model_dir.empty(); });
  config.require("--task", "task", [&] { return !options.task.empty(); });
  config.require("--data", "data_dir", [&] { return !options.data_dir.empty(); });
  config.require("--out", "out_dir", [&] { return !options.out_dir.empty(); });
  if (int rc = config.parse(argc, argv, &options); rc >= 0) return rc;
  if (config.dump_requested()) return config.dump(options);

  const predict::PredictResult r = predict::run_predict(options);
  for (const auto& l : r.languages) {
    const std::string score =
        l.scored ? fmt::format("{} {:.2f}", l.evaluation.metric, l.evaluation.value) : std::string("no labels");
    std::cout << fmt::format("{} {}-{}: {} examples, {} features, {}  ({:.1f}s) -> {} ; raw {}\n", options.task,
                             r.split, l.lang, l.examples, l.features, score, l.seconds, l.prediction_file, l.raw_file);
  }
  for (const auto& m : r.missing) std::cout << fmt::format("missing: {}\n", m);
  if (!r.scores_file.empty()) std::cout << fmt::format("scores: {}\n", r.scores_file);
  std::cout << fmt::format("{} language(s) in {:.1f}s\n", r.languages.size(), r.seconds);
  return 0;
}

}  // namespace xlfuse::cli
