#include "xlfuse/core/log.h"

#include <atomic>
#include <cstdlib>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "xlfuse/core/error.h"

namespace xlfuse {
namespace {

std::atomic<LogLevel> g_level{LogLevel::Info};

spdlog::logger& logger() {
  // Logs go to stderr so that stdout stays clean for command output.
  static std::shared_ptr<spdlog::logger> instance = [] {
    auto l = spdlog::stderr_color_mt("xlfuse");
    l->set_pattern("[%H:%M:%S] %^%l%$ %v");
    l->set_level(spdlog::level::trace);
    return l;
  }();
  return *instance;
}

}  // namespace

LogLevel log_level_from_string(std::string_view name) {
  if (name == "debug") return LogLevel::Debug;
  if (name == "info") return LogLevel::Info;
  if (name == "warning" || name == "warn") return LogLevel::Warning;
  if (name == "error") return LogLevel::Error;
  if (name == "off") return LogLevel::Off;
  throw ConfigError(fmt::format("unknown log level '{}': expected debug, info, warning, error or off", name));
}

std::string to_string(LogLevel level) {
  switch (level) {
    case LogLevel::Debug: return "debug";
    case LogLevel::Info: return "info";
    case LogLevel::Warning: return "warning";
    case LogLevel::Error: return "error";
    case LogLevel::Off: return "off";
  }
  return "?";
}

void set_log_level(LogLevel level) { g_level = level; }
LogLevel log_level() { return g_level; }

void init_logging_from_env() {
  if (const char* v = std::getenv("XLFUSE_LOG_LEVEL")) set_log_level(log_level_from_string(v));
}

namespace detail {
void log_message(LogLevel level, const std::string& message) {
  switch (level) {
    case LogLevel::Debug: logger().debug(message); break;
    case LogLevel::Info: logger().info(message); break;
    case LogLevel::Warning: logger().warn(message); break;
    case LogLevel::Error: logger().error(message); break;
    case LogLevel::Off: break;
  }
}
}  // namespace detail

}  // namespace xlfuse
