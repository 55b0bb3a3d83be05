// Unit tests of the learning-rate schedules (values of transformers' get_linear_schedule_with_warmup
// and get_constant_schedule_with_warmup at known steps).
#include "xlfuse/train/schedule.h"

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::train {
namespace {

TEST(LrScheduleTest, LinearWarmupThenDecayToZero) {
  LrSchedule s(2e-5, 100, {ScheduleKind::Linear, 10, 0.0});
  EXPECT_EQ(s.warmup_steps(), 10);
  EXPECT_DOUBLE_EQ(s.lr_at(0), 0.0);
  EXPECT_DOUBLE_EQ(s.lr_at(5), 0.5 * 2e-5);
  EXPECT_DOUBLE_EQ(s.lr_at(10), 2e-5);
  EXPECT_DOUBLE_EQ(s.lr_at(55), 0.5 * 2e-5);   // (100 - 55) / 90
  EXPECT_DOUBLE_EQ(s.lr_at(91), 0.1 * 2e-5);   // (100 - 91) / 90
  EXPECT_DOUBLE_EQ(s.lr_at(100), 0.0);
  EXPECT_DOUBLE_EQ(s.lr_at(150), 0.0);
}

TEST(LrScheduleTest, NoWarmupStartsAtThePeak) {
  // The XTREME scripts' default (warmup_steps 0): the first update uses the full rate.
  LrSchedule s(5e-5, 40);
  EXPECT_DOUBLE_EQ(s.lr_at(0), 5e-5);
  EXPECT_DOUBLE_EQ(s.lr_at(10), 0.75 * 5e-5);
  EXPECT_DOUBLE_EQ(s.lr_at(39), 5e-5 / 40);
}

TEST(LrScheduleTest, WarmupRatioRoundsUp) {
  LrSchedule s(1.0, 95, {ScheduleKind::Linear, 0, 0.1});
  EXPECT_EQ(s.warmup_steps(), 10);  // ceil(9.5)
  EXPECT_DOUBLE_EQ(s.factor_at(5), 0.5);
  // warmup_steps wins over warmup_ratio.
  LrSchedule t(1.0, 95, {ScheduleKind::Linear, 4, 0.5});
  EXPECT_EQ(t.warmup_steps(), 4);
}

TEST(LrScheduleTest, ConstantWithAndWithoutWarmup) {
  LrSchedule c(3e-5, 100, {ScheduleKind::Constant, 0, 0.0});
  EXPECT_DOUBLE_EQ(c.lr_at(0), 3e-5);
  EXPECT_DOUBLE_EQ(c.lr_at(99), 3e-5);
  LrSchedule w(3e-5, 100, {ScheduleKind::Constant, 4, 0.0});
  EXPECT_DOUBLE_EQ(w.lr_at(1), 0.25 * 3e-5);
  EXPECT_DOUBLE_EQ(w.lr_at(500), 3e-5);
  EXPECT_EQ(schedule_kind_from_string("constant"), ScheduleKind::Constant);
  XLFUSE_EXPECT_THROW_WITH(schedule_kind_from_string("cosine"), ConfigError, "\"linear\" or \"constant\"");
}

TEST(LrScheduleTest, PositionAdvancesAndIsSettable) {
  LrSchedule s(1.0, 100, {ScheduleKind::Linear, 10, 0.0});
  for (int i = 0; i < 5; ++i) s.advance();
  EXPECT_EQ(s.step(), 5);
  EXPECT_DOUBLE_EQ(s.current_lr(), 0.5);
  s.set_step(55);
  EXPECT_DOUBLE_EQ(s.current_lr(), 0.5);
  EXPECT_THROW(s.set_step(-1), std::invalid_argument);
}

TEST(LrScheduleTest, BadOptionsAreRefused) {
  XLFUSE_EXPECT_THROW_WITH(LrSchedule(1.0, 0), ConfigError, "total_steps");
  XLFUSE_EXPECT_THROW_WITH(LrSchedule(1.0, 10, {ScheduleKind::Linear, -1, 0.0}), ConfigError, "warmup_steps");
  XLFUSE_EXPECT_THROW_WITH(LrSchedule(1.0, 10, {ScheduleKind::Linear, 0, 1.5}), ConfigError, "warmup_ratio");
}

}  // namespace
}  // namespace xlfuse::train
