// The xlfuse command: dispatches to one subcommand, prints errors, sets the exit code
// (0 success, 1 error, 2 usage error).
#include <algorithm>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/core/version.h"
#include "xlfuse/runtime/threads.h"

namespace {

struct Command {
  const char* name;
  int (*run)(int, char**);
  const char* summary;
};

const std::vector<Command>& commands() {
  // One line per subcommand (keep alphabetical).
  static const std::vector<Command> table = {
      {"data", xlfuse::cli::run_data, "check a data folder: tasks, languages, splits, counts (data check DIR)"},
      {"embed", xlfuse::cli::run_embed, "sentence embeddings of text lines from a chosen layer (mean or [CLS] pooling)"},
      {"ensemble", xlfuse::cli::run_ensemble,
       "combine prediction folders (raw outputs) into an ensemble and compare it with its members; `ensemble search`"},
      {"env", xlfuse::cli::run_env, "what this machine gives: libtorch, threads, BLAS and its rate, CPU"},
      {"init-model", xlfuse::cli::run_init_model, "write a randomly initialised BERT or XLM-R model folder"},
      {"inspect", xlfuse::cli::run_inspect, "describe a model folder and check that it loads strictly"},
      {"launch", xlfuse::cli::run_launch,
       "run N processes of a training command as one data-parallel run on this machine (docs/distributed.md)"},
      {"predict", xlfuse::cli::run_predict, "predict a task with a model folder per language: raw outputs, submission files, scores"},
      {"pretrain", xlfuse::cli::run_pretrain, "masked-LM (continued) pretraining of an encoder on plain text"},
      {"report", xlfuse::cli::run_report, "tables, results.sqlite and report.html of a study: ensembles vs members, XTREME-R"},
      {"retrieve", xlfuse::cli::run_retrieve, "cosine nearest neighbours between two embedding files (Tatoeba style)"},
      {"run", xlfuse::cli::run_run,
       "run a whole study from a TOML file: plan, cache, resume, --shard i/n, --dry-run (docs/study.md)"},
      {"score", xlfuse::cli::run_score, "score a prediction folder against labels like XTREME's evaluate.py"},
      {"soup", xlfuse::cli::run_soup, "average the weights of fine-tuned models or a run's snapshots (model soup)"},
      {"sweep-layers", xlfuse::cli::run_sweep_layers, "train and compare one layer-fusion model per lower layer (zero-shot table)"},
      {"tokenize", xlfuse::cli::run_tokenize, "tokenize text lines: WordPiece or a model folder's tokenizer (tokens, ids or jsonl)"},
      {"train", xlfuse::cli::run_train, "fine-tune an encoder on a task (English training data)"},
      {"vocab", xlfuse::cli::run_vocab, "vocabulary tools: `vocab restrict` keeps the tokens a corpus uses (small models)"},
  };
  return table;
}

void print_usage(std::ostream& out) {
  out << "xlfuse " << xlfuse::version() << ": zero-shot cross-lingual transfer toolkit\n\n"
      << "usage: xlfuse <command> [options]   (xlfuse <command> --help for its options)\n\ncommands:\n";
  for (const auto& c : commands()) out << "  " << c.name << std::string(std::max(2, 14 - static_cast<int>(std::strlen(c.name))), ' ') << c.summary << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  xlfuse::runtime::configure_allocator();  // reuse freed activation buffers (see runtime.h)
  if (argc < 2) {
    print_usage(std::cerr);
    return 2;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    print_usage(std::cout);
    return 0;
  }
  if (name == "--version" || name == "version") {
    std::cout << "xlfuse " << xlfuse::version() << "\n";
    return 0;
  }
  for (const auto& c : commands()) {
    if (name != c.name) continue;
    try {
      xlfuse::init_logging_from_env();
      return c.run(argc - 1, argv + 1);
    } catch (const xlfuse::UsageError& e) {
      std::cerr << "xlfuse: usage error: " << e.what() << "\n";
      return 2;
    } catch (const std::exception& e) {
      std::cerr << "xlfuse: error: " << e.what() << "\n";
      return 1;
    }
  }
  std::cerr << "xlfuse: usage error: unknown command '" << name << "'\n\n";
  print_usage(std::cerr);
  return 2;
}
