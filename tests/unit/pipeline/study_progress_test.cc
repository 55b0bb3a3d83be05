// The study's status line, its ETA, the plain-lines display and the study log.
#include "xlfuse/pipeline/study_progress.h"

#include <cstdio>

#include <gtest/gtest.h>

#include "test_utils.h"

namespace xlfuse::pipeline {
namespace {

TEST(StudyProgressTest, StatusLineAndEta) {
  StudyEta eta;
  eta.unknown = false;
  eta.seconds = 4800;
  EXPECT_EQ(format_study_status(12, 40, "train-target udpos.siqa.last_layer.seed1", 151, eta),
            "study 12/40 (30%) | train-target udpos.siqa.last_layer.seed1 2:31 | ETA 1:20:00");
  eta.partial = true;
  EXPECT_EQ(format_eta(eta), ">1:20:00");
  EXPECT_EQ(format_study_status(3, 40, "", 0, StudyEta{}), "study 3/40 (7%) | waiting | ETA --:--");
  StudyEta none;
  none.unknown = false;
  EXPECT_EQ(format_study_status(40, 40, "", 0, none), "study 40/40 (100%) | finished | ETA 0:00");
}

TEST(StudyProgressTest, PlainLinesOnTheStreamAndEveryEventInTheLog) {
  test::TempDir dir;
  std::FILE* stream = std::tmpfile();
  ASSERT_NE(stream, nullptr);
  {
    StudyProgress progress(train::ProgressMode::Lines, 3, dir / "study.log", "host:1 1/2", stream);
    EXPECT_EQ(progress.mode(), train::ProgressMode::Lines);
    StudyEta eta;
    eta.unknown = false;
    eta.seconds = 90;
    progress.update(0, eta);
    progress.step_started("predict", "udpos.none", "00000000000000aa");
    progress.step_finished("predict", "udpos.none", "00000000000000aa", 61.0);
    progress.step_failed("ensemble", "udpos.pool", "00000000000000bb", "it broke");
  }
  std::rewind(stream);
  std::string shown;
  for (int c; (c = std::fgetc(stream)) != EOF;) shown += static_cast<char>(c);
  std::fclose(stream);
  EXPECT_NE(shown.find("[0/3] start predict udpos.none (ETA study 1:30)\n"), std::string::npos) << shown;
  EXPECT_NE(shown.find("[1/3] done predict udpos.none in 1:01\n"), std::string::npos) << shown;
  EXPECT_NE(shown.find("[1/3] FAILED ensemble udpos.pool: it broke\n"), std::string::npos) << shown;
  EXPECT_EQ(shown.find("\033[K"), std::string::npos) << "no terminal codes in lines mode";
  const std::string log = test::read_file(dir / "study.log");
  EXPECT_NE(log.find("Z host:1 1/2 start predict udpos.none 00000000000000aa\n"), std::string::npos) << log;
  EXPECT_NE(log.find("Z host:1 1/2 done predict udpos.none 00000000000000aa 61.0s\n"), std::string::npos) << log;
  EXPECT_NE(log.find("Z host:1 1/2 failed ensemble udpos.pool 00000000000000bb: it broke\n"), std::string::npos) << log;
}

}  // namespace
}  // namespace xlfuse::pipeline
