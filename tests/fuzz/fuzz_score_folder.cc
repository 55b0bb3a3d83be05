// libFuzzer target for `xlfuse score` inputs: prediction and label files in the leaderboard
// layout (eval::score_files, eval::score_folders). Input: byte 0 picks the task (every task of
// XTREME and XTREME-R) and, with its top bit, whole-folder scoring; byte 1 the language and the
// seqeval scheme; the rest is cut at kPartSeparator into the prediction file and the label file.
// Folder mode writes them as {predictions,labels}/{task}/test-{lang}.{ext} and runs
// score_folders, to_json and format_score_table. Any input either scores or throws an
// xlfuse::Error; anything else (a crash, a sanitizer report, another exception type) is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "fuzz_common.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"
#include "xlfuse/eval/score_folder.h"

namespace {

std::vector<const xlfuse::eval::TaskInfo*> g_tasks;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  using namespace xlfuse;
  set_log_level(LogLevel::Off);
  std::set<std::string> seen;
  for (Benchmark b : {Benchmark::XtremeR, Benchmark::Xtreme})
    for (const auto& task : eval::benchmark_info(b).tasks)
      if (seen.insert(task.name).second) g_tasks.push_back(&task);
  for (size_t i = 0; i < g_tasks.size(); ++i)
    std::fprintf(stderr, "fuzz_score_folder: byte0 %zu = task %s (.%s)\n", i, g_tasks[i]->name.c_str(),
                 g_tasks[i]->extension.c_str());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace xlfuse;
  if (size < 2) return 0;
  const eval::TaskInfo& task = *g_tasks[(data[0] & 0x7f) % g_tasks.size()];
  const bool folder_mode = data[0] & 0x80;
  const std::string& lang = task.languages.empty() ? std::string("en") : task.languages[data[1] % task.languages.size()];
  const eval::SeqevalScheme scheme = (data[1] & 0x80) ? eval::SeqevalScheme::V1 : eval::SeqevalScheme::Legacy;
  const auto parts = xlfuse_fuzz::split_parts(xlfuse_fuzz::as_view(data + 2, size - 2), 2);
  const std::string_view label = parts.size() > 1 ? parts[1] : std::string_view();
  xlfuse_fuzz::clear_scratch();
  try {
    if (!folder_mode) {
      const std::string pred_file = xlfuse_fuzz::write_file("pred." + task.extension, parts[0]);
      const std::string label_file = xlfuse_fuzz::write_file("label." + task.extension, label);
      (void)eval::score_files(task, pred_file, label_file, lang, scheme);
    } else {
      const std::string file = task.name + "/test-" + lang + "." + task.extension;
      xlfuse_fuzz::write_file("predictions/" + file, parts[0]);
      xlfuse_fuzz::write_file("labels/" + file, label);
      eval::ScoreOptions options;
      options.predictions_dir = xlfuse_fuzz::scratch_dir() + "/predictions";
      options.labels_dir = xlfuse_fuzz::scratch_dir() + "/labels";
      options.benchmark = task.in_official_score && (data[1] & 0x40) ? Benchmark::Xtreme : Benchmark::XtremeR;
      options.seqeval = scheme;
      const eval::ScoreReport report = eval::score_folders(options);
      (void)eval::to_json(report).dump();
      (void)eval::format_score_table(report);
    }
  } catch (const xlfuse::Error&) {
  }
  return 0;
}
