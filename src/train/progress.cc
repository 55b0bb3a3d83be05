#include "xlfuse/train/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "xlfuse/core/error.h"
#include "xlfuse/core/log.h"

namespace xlfuse::train {
namespace {

// "9,812" for readability of large rates.
std::string with_commas(double value) {
  const auto n = static_cast<long long>(std::llround(value));
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

}  // namespace

const EnumTable<ProgressMode>& progress_mode_names() {
  static const EnumTable<ProgressMode> table{
      {ProgressMode::Auto, "auto"}, {ProgressMode::Bar, "bar"}, {ProgressMode::Lines, "lines"}, {ProgressMode::Off, "off"}};
  return table;
}

ProgressMode parse_progress_mode(std::string_view name) { return parse_enum(progress_mode_names(), name, "progress"); }

std::string to_string(ProgressMode mode) { return enum_name(progress_mode_names(), mode); }

ProgressMode resolve_progress_mode(ProgressMode mode, std::FILE* stream) {
  if (mode != ProgressMode::Auto) return mode;
  return stream != nullptr && ::isatty(::fileno(stream)) ? ProgressMode::Bar : ProgressMode::Lines;
}

std::string format_duration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "--:--";
  const auto s = static_cast<long long>(std::llround(seconds));
  const long long h = s / 3600, m = (s % 3600) / 60, sec = s % 60;
  if (h > 0) return fmt::format("{}:{:02d}:{:02d}", h, m, sec);
  return fmt::format("{:d}:{:02d}", m, sec);
}

double estimate_remaining_seconds(const ProgressStats& stats) {
  if (stats.steps_this_call <= 0 || stats.total <= 0) return -1.0;
  const double per_step = stats.elapsed_seconds / static_cast<double>(stats.steps_this_call);
  return per_step * static_cast<double>(std::max<int64_t>(0, stats.total - stats.step));
}

std::string format_progress_line(const ProgressStats& stats) {
  const double percent =
      stats.total > 0 ? 100.0 * static_cast<double>(stats.step) / static_cast<double>(stats.total) : 0.0;
  return fmt::format("step {}/{} ({:.0f}%) | epoch {} | loss {:.4f} | lr {:.2e} | {:.1f} ex/s | {} tok/s | ETA {}",
                     stats.step, stats.total, percent, stats.epoch, stats.loss, stats.lr, stats.examples_per_second,
                     with_commas(stats.tokens_per_second), format_duration(estimate_remaining_seconds(stats)));
}

ProgressReporter::ProgressReporter(ProgressMode mode, int64_t log_every, std::FILE* stream)
    : mode_(resolve_progress_mode(mode, stream)), log_every_(log_every), stream_(stream) {
  if (mode_ == ProgressMode::Bar && stream_ == nullptr) mode_ = ProgressMode::Lines;
}

ProgressReporter::~ProgressReporter() { finish(); }

void ProgressReporter::update(const ProgressStats& stats) {
  const bool last = stats.step >= stats.total;
  if (mode_ == ProgressMode::Lines) {
    if ((log_every_ > 0 && stats.step % log_every_ == 0) || last)
      XLFUSE_LOG_INFO("[train] {}", format_progress_line(stats));
  } else if (mode_ == ProgressMode::Bar) {
    // Redraws are cheap but a terminal flooded with them is not: at most ~10 a second.
    if (!last && drawn_ && stats.elapsed_seconds - last_draw_ < 0.1) return;
    last_draw_ = stats.elapsed_seconds;
    std::fprintf(stream_, "\r\033[K[train] %s", format_progress_line(stats).c_str());
    std::fflush(stream_);
    drawn_ = true;
  }
}

void ProgressReporter::clear() {
  if (!drawn_) return;
  std::fputs("\r\033[K", stream_);
  std::fflush(stream_);
  drawn_ = false;
  last_draw_ = -1.0;
}

void ProgressReporter::finish() {
  if (!drawn_) return;
  std::fputc('\n', stream_);
  std::fflush(stream_);
  drawn_ = false;
}

}  // namespace xlfuse::train
