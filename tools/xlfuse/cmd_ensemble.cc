// xlfuse ensemble: combine the stored raw outputs of several prediction folders into an ensemble's
// prediction folder and compare it with its members (ensemble/run_ensemble.h); `xlfuse ensemble
// search` scores every subset of the members (ensemble/run_search.h).
#include <cstring>
#include <iostream>
#include <string>

#include <fmt/format.h>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/ensemble/combiners.h"
#include "xlfuse/ensemble/run_ensemble.h"
#include "xlfuse/ensemble/run_search.h"
#include "xlfuse/runtime/threads.h"

namespace xlfuse::cli {
namespace {

// One line per method, with the outputs it combines.
std::string methods_help() {
  std::string out = "Methods (--method):\n";
  for (const auto& e : ensemble::all_combiners()) {
    std::string kinds;
    for (auto k : e.kinds) kinds += (kinds.empty() ? "" : ",") + io::to_string(k);
    out += fmt::format("  {:<12} [{}] {}\n", e.name, kinds, e.help);
  }
  return out;
}

int run_search_command(int argc, char** argv) {
  CLI::App app{"Score every subset of the members (up to 12) as a mean-prob ensemble (QA: mean-logit; retrieval:\n"
               "mean-sim) on English dev and on every target language, from their stored raw outputs. Writes\n"
               "OUT/search.json and OUT/search.md; the subset chosen on English dev is the zero-shot choice, the\n"
               "best subset per target language is reported as ORACLE.",
               "ensemble search"};
  ensemble::SearchOptions o;
  app.add_option("--members", o.members, "Prediction folders: F1,F2,... or name=F1,...")->required();
  app.add_option("--task", o.task, "Task name")->required();
  app.add_option("--langs", o.langs, "'all' (every language all members have) or l1,l2,...")->capture_default_str();
  app.add_option("--split", o.split, "Split (default: test when the members have it)");
  app.add_option("--data", o.data_dir, "Data folder in XTREME's download/ layout")->required();
  app.add_option("--out", o.out_dir, "Output folder")->required();
  int threads = 0;
  add_threads_flag(app, &threads);
  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;
  runtime::set_threads(threads);
  const ensemble::SearchSummary s = ensemble::run_search(o);
  std::cout << s.markdown << fmt::format("\nwrote {} and {} ({} subsets)\n", s.json_file, s.markdown_file, s.subsets);
  return 0;
}

}  // namespace

int run_ensemble(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "search") == 0) return run_search_command(argc - 1, argv + 1);
  CLI::App app{"Combine the stored raw outputs of prediction folders (written by xlfuse predict or xlfuse ensemble)\n"
               "into an ensemble's prediction folder: OUT/{task}/{split}-{lang}.*, OUT/raw/, OUT/scores.json and\n"
               "OUT/ensemble.json (each language's ensemble and member scores, the member chosen on English dev,\n"
               "the bootstrap interval of the difference, member disagreement, and the ORACLE member). Weights and\n"
               "the best member use English dev outputs only (predict --split dev --langs en into each member).\n"
               "`xlfuse ensemble search --help`: every subset of the members.\n\n" +
                   methods_help(),
               "ensemble"};
  ensemble::EnsembleOptions o;
  app.add_option("--members", o.members, "Prediction folders: F1,F2,... or name=F1,...")->required();
  app.add_option("--task", o.task, "Task name")->required();
  app.add_option("--method", o.method, "Combiner (see above)")->capture_default_str();
  app.add_option_function<std::string>(
         "--weights", [&o](const std::string& name) {
           try {
             o.weights = ensemble::parse_weight_source(name);
           } catch (const ConfigError& e) {
             throw CLI::ValidationError("--weights", e.what());
           }
         },
         "uniform, english-dev (proportional to English dev scores), fitted (English dev log-likelihood) or caruana "
         "(greedy selection on English dev)")
      ->type_name("TEXT")
      ->default_str("uniform");
  app.add_option("--langs", o.langs, "'all' (every language all members have) or l1,l2,...")->capture_default_str();
  app.add_option("--split", o.split, "Split (default: test when the members have it)");
  app.add_option("--data", o.data_dir, "Data folder in XTREME's download/ layout (to decode and score)")->required();
  app.add_option("--out", o.out_dir, "Output folder")->required();
  app.add_option("--bootstrap", o.bootstrap.resamples, "Bootstrap resamples")->capture_default_str();
  app.add_option("--seed", o.bootstrap.seed, "Seed of the bootstrap")->capture_default_str();
  int threads = 0;
  add_threads_flag(app, &threads);
  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;
  runtime::set_threads(threads);  // the BLAS of retrieval similarities

  const ensemble::EnsembleResult r = ensemble::run_ensemble(o);
  std::cout << fmt::format("{} {} ensemble of {} ({}): {} language(s) -> {}\n", o.task, o.method, o.members, r.split,
                           r.languages.size(), r.ensemble_file);
  if (!r.scores_file.empty()) std::cout << fmt::format("scores: {}\n", r.scores_file);
  return 0;
}

}  // namespace xlfuse::cli
