// read_json_file: a study file that is not usable JSON is a FormatError naming the file.
#include "xlfuse/report/json_fields.h"

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::report {
namespace {

TEST(ReadJsonFileTest, BrokenJsonAndNumbersPastADoubleAreFormatErrors) {
  const test::TempDir dir;
  const std::string broken = (dir.path() / "broken.json").string();
  test::write_file(broken, "{\"a\": ");
  XLFUSE_EXPECT_THROW_WITH(read_json_file(broken), FormatError, "broken.json");
  // nlohmann throws out_of_range (not parse_error) for a number no double holds: the fuzzers found
  // the same escape in the task and score readers.
  const std::string huge = (dir.path() / "huge.json").string();
  test::write_file(huge, "{\"f1\": 1e999}");
  XLFUSE_EXPECT_THROW_WITH(read_json_file(huge), FormatError, "huge.json");
  test::write_file(huge, "{\"f1\": 1.5}");
  EXPECT_EQ(read_json_file(huge).at("f1").get<double>(), 1.5);
}

}  // namespace
}  // namespace xlfuse::report
