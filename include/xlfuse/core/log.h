#pragma once
// Logging for the whole library. Messages carry a [component] tag; the backend (spdlog) is private
// to src/core/log.cc. The library never writes to std::cout.
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace xlfuse {

enum class LogLevel { Debug, Info, Warning, Error, Off };

LogLevel log_level_from_string(std::string_view name);  // throws ConfigError listing the names
std::string to_string(LogLevel level);

void set_log_level(LogLevel level);
LogLevel log_level();
// Reads XLFUSE_LOG_LEVEL (debug|info|warning|error|off) if set.
void init_logging_from_env();

namespace detail {
void log_message(LogLevel level, const std::string& message);
}

}  // namespace xlfuse

#define XLFUSE_LOG_AT(level, ...)                                          \
  do {                                                                     \
    if (static_cast<int>(level) >= static_cast<int>(::xlfuse::log_level())) \
      ::xlfuse::detail::log_message(level, fmt::format(__VA_ARGS__));      \
  } while (false)
#define XLFUSE_LOG_DEBUG(...) XLFUSE_LOG_AT(::xlfuse::LogLevel::Debug, __VA_ARGS__)
#define XLFUSE_LOG_INFO(...) XLFUSE_LOG_AT(::xlfuse::LogLevel::Info, __VA_ARGS__)
#define XLFUSE_LOG_WARN(...) XLFUSE_LOG_AT(::xlfuse::LogLevel::Warning, __VA_ARGS__)
#define XLFUSE_LOG_ERROR(...) XLFUSE_LOG_AT(::xlfuse::LogLevel::Error, __VA_ARGS__)
