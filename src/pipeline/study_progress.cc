// The study's progress display and log. See study_progress.h.
#include "xlfuse/pipeline/study_progress.h"

#include <algorithm>
#include <chrono>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

#include "xlfuse/core/log.h"
#include "xlfuse/core/run_record.h"

namespace xlfuse::pipeline {
namespace {

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Lines mode: a "still running" line this often while a step runs.
constexpr double kLinesInterval = 60.0;

}  // namespace

std::string format_eta(const StudyEta& eta) {
  if (eta.unknown) return "--:--";
  return (eta.partial ? ">" : "") + train::format_duration(std::max(0.0, eta.seconds));
}

std::string format_study_status(size_t done, size_t total, const std::string& current, double current_seconds,
                                const StudyEta& eta) {
  const int percent = total == 0 ? 100 : static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total));
  std::string line = fmt::format("study {}/{} ({}%)", done, total, percent);
  if (current.empty())
    line += done == total ? " | finished" : " | waiting";
  else
    line += fmt::format(" | {} {}", current, train::format_duration(current_seconds));
  return line + " | ETA " + format_eta(eta);
}

StudyProgress::StudyProgress(train::ProgressMode mode, size_t total, std::filesystem::path log_path, std::string worker,
                             std::FILE* stream)
    : mode_(train::resolve_progress_mode(mode, stream)), total_(total), worker_(std::move(worker)), stream_(stream) {
  if (!log_path.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(log_path.parent_path(), ec);
    log_fd_ = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (log_fd_ < 0) XLFUSE_LOG_WARN("[run] cannot open the study log {}; the run goes on without it", log_path.string());
  }
  if (mode_ == train::ProgressMode::Bar || mode_ == train::ProgressMode::Lines)
    ticker_ = std::thread([this] { tick_loop(); });
}

StudyProgress::~StudyProgress() {
  finish();
  if (log_fd_ >= 0) ::close(log_fd_);
}

void StudyProgress::log_line(const std::string& event) {
  if (log_fd_ < 0) return;
  const std::string line = fmt::format("{} {} {}\n", utc_now_iso8601(), worker_, event);
  // One write per line: O_APPEND keeps lines of several workers whole.
  if (::write(log_fd_, line.data(), line.size()) < 0) {
    ::close(log_fd_);
    log_fd_ = -1;
  }
}

void StudyProgress::print_line(const std::string& text) {
  if (mode_ == train::ProgressMode::Off) return;
  if (drawn_) std::fputs("\r\033[K", stream_);
  std::fputs((text + "\n").c_str(), stream_);
  drawn_ = false;
  if (mode_ == train::ProgressMode::Bar) draw_locked();
  std::fflush(stream_);
}

void StudyProgress::draw_locked() {
  if (mode_ != train::ProgressMode::Bar || stopping_) return;
  StudyEta shown = eta_;
  const double elapsed = current_.empty() ? 0.0 : now_seconds() - current_started_;
  if (!shown.unknown) shown.seconds = std::max(0.0, shown.seconds - (now_seconds() - eta_at_));
  std::fputs(("\r\033[K" + format_study_status(done_, total_, current_, elapsed, shown)).c_str(), stream_);
  std::fflush(stream_);
  drawn_ = true;
}

void StudyProgress::tick_loop() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!wake_.wait_for(lock, std::chrono::seconds(1), [this] { return stopping_; })) {
    if (mode_ == train::ProgressMode::Bar) {
      draw_locked();
    } else if (!current_.empty() && now_seconds() - last_line_ >= kLinesInterval) {
      last_line_ = now_seconds();
      print_line(format_study_status(done_, total_, current_, now_seconds() - current_started_, eta_));
    }
  }
}

void StudyProgress::update(size_t done, const StudyEta& eta) {
  std::lock_guard<std::mutex> lock(mutex_);
  done_ = done;
  eta_ = eta;
  eta_at_ = now_seconds();
  draw_locked();
}

void StudyProgress::step_started(const std::string& kind, const std::string& label, const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  current_ = kind + " " + label;
  current_started_ = last_line_ = now_seconds();
  log_line(fmt::format("start {} {} {}", kind, label, key));
  if (mode_ == train::ProgressMode::Lines)
    print_line(fmt::format("[{}/{}] start {} {} (ETA study {})", done_, total_, kind, label, format_eta(eta_)));
  else
    draw_locked();
}

void StudyProgress::step_finished(const std::string& kind, const std::string& label, const std::string& key,
                                  double seconds) {
  std::lock_guard<std::mutex> lock(mutex_);
  current_.clear();
  ++done_;  // until the runner's next update() says how many others finished meanwhile
  log_line(fmt::format("done {} {} {} {:.1f}s", kind, label, key, seconds));
  print_line(fmt::format("[{}/{}] done {} {} in {}", done_, total_, kind, label, train::format_duration(seconds)));
}

void StudyProgress::step_failed(const std::string& kind, const std::string& label, const std::string& key,
                                const std::string& error) {
  std::lock_guard<std::mutex> lock(mutex_);
  current_.clear();
  log_line(fmt::format("failed {} {} {}: {}", kind, label, key, error));
  print_line(fmt::format("[{}/{}] FAILED {} {}: {}", done_, total_, kind, label, error));
}

void StudyProgress::message(const std::string& text) {
  std::lock_guard<std::mutex> lock(mutex_);
  log_line(text);
  print_line(text);
}

void StudyProgress::finish() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
    if (drawn_) {
      std::fputs("\n", stream_);
      std::fflush(stream_);
      drawn_ = false;
    }
  }
  wake_.notify_all();
  if (ticker_.joinable()) ticker_.join();
}

}  // namespace xlfuse::pipeline
