#include "xlfuse/core/log.h"

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/core/threads.h"

namespace xlfuse {

TEST(LogTest, LevelNamesRoundTrip) {
  for (auto level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error, LogLevel::Off})
    EXPECT_EQ(log_level_from_string(to_string(level)), level);
}

TEST(LogTest, UnknownLevelNamesTheChoices) {
  XLFUSE_EXPECT_THROW_WITH(log_level_from_string("loud"), ConfigError, "expected debug, info");
}

TEST(ThreadsTest, ZeroMeansAllCores) {
  EXPECT_GE(available_cores(), 1);
  EXPECT_EQ(resolve_threads(0), available_cores());
  EXPECT_EQ(resolve_threads(3), 3);
}

}  // namespace xlfuse
