// xlfuse inspect: what a model folder holds (config, vocabulary, tensors with dtype and shape,
// parameter counts), what loading ignores, and every problem loading would hit. Exit 1 when the
// folder cannot be loaded.
#include <iostream>
#include <string>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/core/log.h"
#include "xlfuse/model/inspect.h"

namespace xlfuse::cli {

int run_inspect(int argc, char** argv) {
  CLI::App app{"Describe a model folder (config.json, model.safetensors, vocab.txt or sentencepiece.bpe.model;\n"
               "BERT or XLM-R) and check that the encoder would load strictly and that the tokenizer's vocabulary\n"
               "fits the embedding matrix. Exits 1 when it would not.",
               "inspect"};
  std::string dir;
  bool all = false;
  app.add_option("MODEL_DIR", dir, "Model folder")->required();
  app.add_flag("--all", all, "List every tensor (default: group tensors that differ only in their layer)");
  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;

  const model::InspectReport report = model::inspect_model_dir(dir);
  std::cout << model::format_inspect_report(report, all);
  return report.problems.empty() ? 0 : 1;
}

}  // namespace xlfuse::cli
