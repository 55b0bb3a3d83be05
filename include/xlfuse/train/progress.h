#pragma once
// Progress of long work (training) for a person watching: on a terminal a single line redrawn in
// place ("bar"), elsewhere plain log lines through XLFUSE_LOG_INFO ("lines"), or nothing ("off").
// "auto" picks "bar" when stderr is a terminal and "lines" otherwise. Machine-readable numbers go
// to metrics.jsonl (trainer.h), never parsed out of these lines. No libtorch.
//
//   ProgressReporter progress(ProgressMode::Auto, total_steps, log_every);
//   progress.update(stats);    // after every optimiser update
//   progress.clear();          // before logging something else while a bar is shown
//   progress.finish();         // ends the bar's line
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "xlfuse/core/enum_names.h"

namespace xlfuse::train {

// auto: a redrawn line on a terminal, plain log lines otherwise; bar; lines; off.
enum class ProgressMode { Auto, Bar, Lines, Off };
// "auto", "bar", "lines", "off".
const EnumTable<ProgressMode>& progress_mode_names();
// ConfigError listing the names.
ProgressMode parse_progress_mode(std::string_view name);
std::string to_string(ProgressMode mode);
// Auto -> Bar when `stream` is a terminal, Lines otherwise; other modes unchanged.
ProgressMode resolve_progress_mode(ProgressMode mode, std::FILE* stream = stderr);

// Where training stands after an update.
struct ProgressStats {
  // Updates done and the total of the run.
  int64_t step = 0;
  int64_t total = 0;
  // Sampler epoch in progress.
  int64_t epoch = 0;
  // Loss of the last update, and its learning rate.
  double loss = 0.0;
  double lr = 0.0;
  // Throughput of this call so far.
  double examples_per_second = 0.0;
  double tokens_per_second = 0.0;
  // Seconds since this call started and the updates this call has done (for the ETA).
  double elapsed_seconds = 0.0;
  int64_t steps_this_call = 0;
};

// "1:02:03" (hours present when >= 1 h), "--:--" for a negative or non-finite value.
std::string format_duration(double seconds);
// Estimated seconds to the end: elapsed per update of this call times the updates left; < 0 when
// unknown (no update yet).
double estimate_remaining_seconds(const ProgressStats& stats);
// The text of one progress line (no newline), e.g.
// "step 120/1000 (12%) | loss 0.4312 | lr 2.00e-05 | 85.3 ex/s | 9,812 tok/s | ETA 3:12".
std::string format_progress_line(const ProgressStats& stats);

class ProgressReporter {
 public:
  // `log_every`: Lines mode writes a line every this many updates and at the last (0 = only the
  // last); Bar mode redraws at most ~10 times a second and always at the last update.
  ProgressReporter(ProgressMode mode, int64_t log_every, std::FILE* stream = stderr);
  ~ProgressReporter();  // finish()
  ProgressReporter(const ProgressReporter&) = delete;
  ProgressReporter& operator=(const ProgressReporter&) = delete;

  // After every update.
  void update(const ProgressStats& stats);
  // Erases a drawn bar (the next update redraws it); call before logging while a bar is shown.
  void clear();
  // Ends a drawn bar with a newline (idempotent).
  void finish();

  // The resolved mode (never Auto).
  ProgressMode mode() const { return mode_; }

 private:
  ProgressMode mode_;
  int64_t log_every_;
  std::FILE* stream_;
  bool drawn_ = false;
  double last_draw_ = -1.0;
};

}  // namespace xlfuse::train

XLFUSE_ENUM_FORMATTER(xlfuse::train::ProgressMode);
