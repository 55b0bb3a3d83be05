// One name table per enum: parse, to_string, aliases, and errors that list the valid names.
#include "xlfuse/core/enum_names.h"

#include <fmt/format.h>

#include "test_utils.h"
#include "xlfuse/core/benchmark.h"
#include "xlfuse/core/error.h"

namespace xlfuse {
namespace {

enum class Colour { Red, Green };

const EnumTable<Colour>& colour_names() {
  static const EnumTable<Colour> table{{Colour::Red, "red"}, {Colour::Green, "green"}, {Colour::Green, "verde"}};
  return table;
}

TEST(EnumNames, ParsesCanonicalNamesAndAliases) {
  EXPECT_EQ(parse_enum(colour_names(), "red", "colour"), Colour::Red);
  EXPECT_EQ(parse_enum(colour_names(), "green", "colour"), Colour::Green);
  EXPECT_EQ(parse_enum(colour_names(), "verde", "colour"), Colour::Green);
  // The first name of a value is its canonical one; aliases are not listed.
  EXPECT_EQ(enum_name(colour_names(), Colour::Green), "green");
  EXPECT_EQ(enum_names(colour_names()), (std::vector<std::string>{"red", "green"}));
}

TEST(EnumNames, RefusesOtherNamesListingTheValidOnes) {
  XLFUSE_EXPECT_THROW_WITH(parse_enum(colour_names(), "Red", "colour"), ConfigError,
                           "colour: expected one of red, green; got \"Red\"");
  XLFUSE_EXPECT_THROW_WITH(parse_enum(colour_names(), "", "colour"), ConfigError, "got \"\"");
}

TEST(Benchmark, EveryNameRoundTripsAndAliasesParse) {
  for (const auto& name : enum_names(benchmark_names())) EXPECT_EQ(to_string(parse_benchmark(name)), name);
  EXPECT_EQ(parse_benchmark("xtreme"), Benchmark::Xtreme);
  EXPECT_EQ(parse_benchmark("xtreme-r"), Benchmark::XtremeR);
  EXPECT_EQ(parse_benchmark("xtreme_r"), Benchmark::XtremeR);
  XLFUSE_EXPECT_THROW_WITH(parse_benchmark("xtreme2"), ConfigError, "benchmark: expected one of xtreme, xtreme-r");
  EXPECT_EQ(fmt::format("{}", Benchmark::XtremeR), "xtreme-r");  // fmt prints the name
}

}  // namespace
}  // namespace xlfuse
