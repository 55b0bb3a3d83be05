#include "xlfuse/train/progress.h"

#include <cstdio>
#include <string>

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::train {
namespace {

ProgressStats stats(int64_t step, int64_t total) {
  ProgressStats s;
  s.step = step;
  s.total = total;
  s.epoch = 1;
  s.loss = 0.43125;
  s.lr = 2e-5;
  s.examples_per_second = 85.31;
  s.tokens_per_second = 9812.4;
  s.elapsed_seconds = 60;
  s.steps_this_call = step;
  return s;
}

TEST(ProgressTest, ModesParseAndUnknownIsAConfigError) {
  EXPECT_EQ(parse_progress_mode("auto"), ProgressMode::Auto);
  EXPECT_EQ(parse_progress_mode("bar"), ProgressMode::Bar);
  EXPECT_EQ(parse_progress_mode("lines"), ProgressMode::Lines);
  EXPECT_EQ(parse_progress_mode("off"), ProgressMode::Off);
  for (auto m : {ProgressMode::Auto, ProgressMode::Bar, ProgressMode::Lines, ProgressMode::Off})
    EXPECT_EQ(parse_progress_mode(to_string(m)), m);
  XLFUSE_EXPECT_THROW_WITH(parse_progress_mode("tqdm"), ConfigError, "\"tqdm\"");
}

TEST(ProgressTest, AutoIsLinesWhenNotATerminal) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(resolve_progress_mode(ProgressMode::Auto, f), ProgressMode::Lines);
  EXPECT_EQ(resolve_progress_mode(ProgressMode::Bar, f), ProgressMode::Bar);
  EXPECT_EQ(resolve_progress_mode(ProgressMode::Off, f), ProgressMode::Off);
  std::fclose(f);
}

TEST(ProgressTest, DurationAndEta) {
  EXPECT_EQ(format_duration(0), "0:00");
  EXPECT_EQ(format_duration(75), "1:15");
  EXPECT_EQ(format_duration(3723), "1:02:03");
  EXPECT_EQ(format_duration(-1), "--:--");
  // 60 s for 120 updates -> 0.5 s each, 880 left.
  EXPECT_DOUBLE_EQ(estimate_remaining_seconds(stats(120, 1000)), 440.0);
  EXPECT_LT(estimate_remaining_seconds(stats(0, 1000)), 0);
}

TEST(ProgressTest, LineShowsStepLossLrThroughputAndEta) {
  const std::string line = format_progress_line(stats(120, 1000));
  EXPECT_NE(line.find("step 120/1000 (12%)"), std::string::npos) << line;
  EXPECT_NE(line.find("loss 0.4313"), std::string::npos) << line;
  EXPECT_NE(line.find("lr 2.00e-05"), std::string::npos) << line;
  EXPECT_NE(line.find("85.3 ex/s"), std::string::npos) << line;
  EXPECT_NE(line.find("9,812 tok/s"), std::string::npos) << line;
  EXPECT_NE(line.find("ETA 7:20"), std::string::npos) << line;
}

std::string contents(std::FILE* f) {
  std::fflush(f);
  std::rewind(f);
  std::string out;
  char buf[256];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) out.append(buf, n);
  return out;
}

TEST(ProgressTest, BarRedrawsOneLineAndEndsItWithANewline) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  {
    ProgressReporter bar(ProgressMode::Bar, 10, f);
    EXPECT_EQ(bar.mode(), ProgressMode::Bar);
    auto s = stats(1, 3);
    bar.update(s);
    s = stats(3, 3);
    s.elapsed_seconds = 61;
    bar.update(s);  // the last update is always drawn
  }
  const std::string out = contents(f);
  std::fclose(f);
  EXPECT_NE(out.find("\r\033[K[train] step 1/3"), std::string::npos) << out;
  EXPECT_NE(out.find("\r\033[K[train] step 3/3"), std::string::npos) << out;
  EXPECT_EQ(out.find('\n'), out.size() - 1) << "one newline, at the end";
}

TEST(ProgressTest, OffAndLinesWriteNothingToTheStream) {
  for (auto mode : {ProgressMode::Off, ProgressMode::Lines}) {
    std::FILE* f = std::tmpfile();
    ASSERT_NE(f, nullptr);
    {
      ProgressReporter p(mode, 1, f);
      p.update(stats(1, 2));
      p.clear();
      p.update(stats(2, 2));
    }
    EXPECT_EQ(contents(f), "") << to_string(mode);
    std::fclose(f);
  }
}

}  // namespace
}  // namespace xlfuse::train
