// xlfuse score: scores a prediction folder in the XTREME / XTREME-R leaderboard layout against a
// label folder, like the official evaluate.py (logic in src/eval/score_folder.cc).
#include <iostream>
#include <string>

#include "cli_common.h"
#include "commands.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/eval/score_folder.h"
#include "xlfuse/eval/submission.h"

namespace xlfuse::cli {

int run_score(int argc, char** argv) {
  CLI::App app{"Score {task}/test-{lang}.{ext} predictions against labels with the official XTREME metrics", "score"};
  std::string predictions, labels, seqeval = "legacy", out;
  Benchmark benchmark = kDefaultBenchmark;
  app.add_option("--predictions", predictions, "Prediction folder (leaderboard layout)")->required();
  app.add_option("--labels", labels, "Label folder (same layout)")->required();
  add_enum_option(app, "--benchmark", &benchmark, benchmark_names(), "Whose tasks and score", "benchmark");
  app.add_option("--out", out, "Write the scores as JSON to this file (atomically)");
  app.add_option("--seqeval", seqeval, "Chunking for udpos/panx: legacy (seqeval 0.0.12, XTREME's numbers) | v1 (seqeval 1.x)")
      ->capture_default_str();
  if (int rc = parse_or_exit(app, argc, argv); rc >= 0) return rc;

  eval::ScoreOptions options;
  options.predictions_dir = predictions;
  options.labels_dir = labels;
  try {
    options.benchmark = benchmark;
    options.seqeval = eval::seqeval_scheme_from_string(seqeval);
  } catch (const ConfigError& e) {
    throw UsageError(e.what());
  }
  eval::ScoreReport report = eval::score_folders(options);
  std::cout << eval::format_score_table(report);
  if (!out.empty()) {
    eval::write_text_atomic(out, eval::to_json(report).dump(2) + "\n");
    XLFUSE_LOG_INFO("[score] wrote {}", out);
  }
  return 0;
}

}  // namespace xlfuse::cli
