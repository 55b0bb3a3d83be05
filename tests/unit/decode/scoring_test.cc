// The scorer's label sets (eval/) agree with the readers' (data/): a prediction xlfuse writes is
// always one the scorer accepts.
#include <algorithm>

#include <gtest/gtest.h>

#include "xlfuse/data/task_registry.h"
#include "xlfuse/decode/scoring.h"

namespace xlfuse::decode {
namespace {

TEST(Scoring, EvalLabelSetsAreTheTaskLabels) {
  for (const char* name : {"xnli", "pawsx", "udpos", "panx"}) {
    const eval::TaskInfo scoring = scoring_task(data::task_info(name));
    auto a = scoring.labels, b = data::task_info(name).labels;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    EXPECT_EQ(a, b) << name;
    EXPECT_FALSE(a.empty()) << name;
  }
  EXPECT_TRUE(scoring_task(data::task_info("tatoeba")).integer_lines);
}

}  // namespace
}  // namespace xlfuse::decode
