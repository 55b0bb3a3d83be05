#pragma once
// Progress of a whole study (steps done / total, the current step, ETA) for a person watching, and
// the study log.
//
//   bar    (stderr is a terminal) one status line at the bottom, redrawn every second; finished and
//          failed steps scroll above it:
//            study 12/40 (30%) | train-target udpos.siqa.last_layer.seed1 2:31 | ETA 1:20:00
//   lines  (not a terminal) a plain line when a step starts, ends or fails, and one a minute while
//          a step runs
//   off    nothing
// Whatever the mode, every event also goes to the study log (OUT/study.log), one line each, from
// every worker of the study (appended with O_APPEND, a whole line per write):
//   2026-12-03T10:00:00Z host:1234 1/2 done train-target udpos.siqa.last_layer.seed1 <key> 812.4s
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>

#include "xlfuse/train/progress.h"

namespace xlfuse::pipeline {

// What the display shows about time left.
struct StudyEta {
  // Seconds of the steps left, including what is left of the current one.
  double seconds = 0.0;
  // Some steps left have no estimate (their kind has no recorded time yet): `seconds` is a lower
  // bound, shown as ">1:20:00".
  bool partial = false;
  // No step left has an estimate: shown as "--:--".
  bool unknown = true;
};

// "1:20:00", ">1:20:00" or "--:--".
std::string format_eta(const StudyEta& eta);

// The status line of the bar (no newline), e.g.
// "study 12/40 (30%) | train-target udpos.siqa.last_layer.seed1 2:31 | ETA 1:20:00".
std::string format_study_status(size_t done, size_t total, const std::string& current, double current_seconds,
                                const StudyEta& eta);

class StudyProgress {
 public:
  // `worker` names this worker in the log ("host:pid 1/2"). An empty `log_path` writes no log.
  StudyProgress(train::ProgressMode mode, size_t total, std::filesystem::path log_path, std::string worker,
                std::FILE* stream = stderr);
  ~StudyProgress();
  StudyProgress(const StudyProgress&) = delete;
  StudyProgress& operator=(const StudyProgress&) = delete;

  // The resolved mode (never Auto).
  train::ProgressMode mode() const { return mode_; }

  // Steps done so far (by any worker) and the time left.
  void update(size_t done, const StudyEta& eta);
  void step_started(const std::string& kind, const std::string& label, const std::string& key);
  void step_finished(const std::string& kind, const std::string& label, const std::string& key, double seconds);
  void step_failed(const std::string& kind, const std::string& label, const std::string& key, const std::string& error);
  // A line for the display (above the bar) and the log.
  void message(const std::string& text);
  // Ends the bar's line (idempotent; the destructor calls it).
  void finish();

 private:
  void log_line(const std::string& event);
  void print_line(const std::string& text);
  void draw_locked();
  void tick_loop();

  train::ProgressMode mode_;
  size_t total_;
  std::string worker_;
  std::FILE* stream_;
  int log_fd_ = -1;

  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  bool drawn_ = false;
  size_t done_ = 0;
  StudyEta eta_;
  double eta_at_ = 0.0;  // when eta_ was given: the bar counts it down from then
  std::string current_;  // "kind label", "" between steps
  double current_started_ = 0.0;
  double last_line_ = 0.0;
  std::thread ticker_;
};

}  // namespace xlfuse::pipeline
