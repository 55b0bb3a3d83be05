// JsonFields: typed readers that keep defaults, errors naming the key path, unknown keys refused.
#include "xlfuse/core/json_fields.h"

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse {
namespace {

enum class Colour { Red, Green };
const EnumTable<Colour>& colour_names() {
  static const EnumTable<Colour> t{{Colour::Red, "red"}, {Colour::Green, "green"}, {Colour::Green, "verde"}};
  return t;
}

struct Inner {
  int64_t layer = 0;
  Colour colour = Colour::Red;
};

void from_json(const nlohmann::json& json, Inner* o, const std::string& path) {
  JsonFields f(json, path);
  f.read("layer", &o->layer);
  f.read_enum("colour", &o->colour, colour_names());
  f.reject_unknown_keys();
}

struct Outer {
  bool flag = false;
  int32_t small = 1;
  int64_t big = 2;
  uint64_t seed = 3;
  double rate = 0.5;
  std::string name = "x";
  std::vector<std::string> files{"a"};
  std::vector<int32_t> ids{1};
  std::vector<int64_t> layers{2};
  Colour colour = Colour::Red;
  Inner inner;
};

void from_json(const nlohmann::json& json, Outer* o, const std::string& path) {
  JsonFields f(json, path);
  f.read("flag", &o->flag);
  f.read("small", &o->small);
  f.read("big", &o->big);
  f.read("seed", &o->seed);
  f.read("rate", &o->rate);
  f.read("name", &o->name);
  f.read("files", &o->files);
  f.read("ids", &o->ids);
  f.read("layers", &o->layers);
  f.read_enum("colour", &o->colour, colour_names());
  f.read_object("inner", &o->inner);
  f.reject_unknown_keys();
}

Outer load(const std::string& text, const std::string& path = "") {
  Outer o;
  from_json(nlohmann::json::parse(text), &o, path);
  return o;
}

TEST(JsonFieldsTest, ReadsEveryType) {
  const Outer o = load(R"({"flag": true, "small": -7, "big": 9007199254740993, "seed": 18446744073709551615,
                           "rate": 2e-05, "name": "udpos", "files": ["p", "q"], "ids": [], "layers": [1, 4, 8],
                           "colour": "verde", "inner": {"layer": 6, "colour": "green"}})");
  EXPECT_TRUE(o.flag);
  EXPECT_EQ(o.small, -7);
  EXPECT_EQ(o.big, 9007199254740993LL);
  EXPECT_EQ(o.seed, 18446744073709551615ULL);
  EXPECT_EQ(o.rate, 2e-5);
  EXPECT_EQ(o.name, "udpos");
  EXPECT_EQ(o.files, (std::vector<std::string>{"p", "q"}));
  EXPECT_TRUE(o.ids.empty());
  EXPECT_EQ(o.layers, (std::vector<int64_t>{1, 4, 8}));
  EXPECT_EQ(o.colour, Colour::Green);  // an alias
  EXPECT_EQ(o.inner.layer, 6);
  EXPECT_EQ(o.inner.colour, Colour::Green);
  EXPECT_EQ(load(R"({"rate": 3})").rate, 3.0);  // doubles take integers too
}

TEST(JsonFieldsTest, AbsentKeysKeepTheCurrentValues) {
  Outer o;
  o.big = 77;
  o.inner.layer = 5;
  from_json(nlohmann::json::parse(R"({"name": "y", "inner": {}})"), &o, "");
  EXPECT_EQ(o.name, "y");
  EXPECT_EQ(o.big, 77);
  EXPECT_EQ(o.inner.layer, 5);
  EXPECT_EQ(o.files, (std::vector<std::string>{"a"}));
  EXPECT_EQ(o.colour, Colour::Red);
}

TEST(JsonFieldsTest, WrongTypesNameTheKeyTheExpectedAndTheFound) {
  XLFUSE_EXPECT_THROW_WITH(load(R"({"big": "6"})"), ConfigError, "big: expected an integer, found string \"6\"");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"flag": 1})"), ConfigError, "flag: expected a boolean, found number 1");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"rate": null})"), ConfigError, "rate: expected a number, found null");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"name": ["a"]})"), ConfigError, "name: expected a string, found array");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"files": "a"})"), ConfigError, "files: expected an array of strings");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"files": ["a", 2]})"), ConfigError, "files[1]: expected a string, found number 2");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"layers": [1, true]})"), ConfigError,
                           "layers[1]: expected an integer, found boolean true");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"inner": 3})"), ConfigError, "inner: expected a JSON object, found number 3");
  XLFUSE_EXPECT_THROW_WITH(load("[1]"), ConfigError, "expected a JSON object, found array");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"colour": 2})"), ConfigError, "colour: expected a string (one of red, green)");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"colour": "blue"})"), ConfigError,
                           "colour: expected one of red, green, found \"blue\"");
}

TEST(JsonFieldsTest, IntegersRefuseFractionsAndValuesOutOfRange) {
  XLFUSE_EXPECT_THROW_WITH(load(R"({"big": 1.5})"), ConfigError, "big: expected an integer, found number 1.5");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"big": 2.0})"), ConfigError, "big: expected an integer, found number 2.0");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"seed": -1})"), ConfigError, "seed: expected a non-negative integer, found number -1");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"small": 2147483648})"), ConfigError,
                           "small: expected an integer in [-2147483648, 2147483647], found number 2147483648");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"big": 9223372036854775808})"), ConfigError, "big: expected an integer in");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"ids": [1, -2147483649]})"), ConfigError, "ids[1]: expected an integer in");
  // A signed C++ value that is non-negative is a fine unsigned one.
  Outer o;
  from_json(nlohmann::json{{"seed", int64_t{5}}}, &o, "");
  EXPECT_EQ(o.seed, 5u);
  XLFUSE_EXPECT_THROW_WITH(from_json(nlohmann::json{{"seed", int64_t{-5}}}, &o, ""), ConfigError,
                           "seed: expected a non-negative integer");
}

TEST(JsonFieldsTest, UnknownKeysAreNamedWithTheKnownOnes) {
  XLFUSE_EXPECT_THROW_WITH(load(R"({"nmae": "y"})"), ConfigError,
                           "nmae: unknown key; the known keys are: big, colour, files, flag, ids, inner, layers, name, "
                           "rate, seed, small");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"inner": {"layr": 1}})"), ConfigError,
                           "inner.layr: unknown key; the known keys of inner are: colour, layer");
}

TEST(JsonFieldsTest, NestedPathsPrefixEveryMessage) {
  XLFUSE_EXPECT_THROW_WITH(load(R"({"inner": {"layer": "6"}})", "training"), ConfigError,
                           "training.inner.layer: expected an integer, found string \"6\"");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"inner": {"colour": "blue"}})", "training"), ConfigError,
                           "training.inner.colour: expected one of red, green, found \"blue\"");
  XLFUSE_EXPECT_THROW_WITH(load(R"({"x": 1})", "training"), ConfigError,
                           "training.x: unknown key; the known keys of training are:");
  XLFUSE_EXPECT_THROW_WITH(load("3", "training"), ConfigError, "training: expected a JSON object, found number 3");
}

}  // namespace
}  // namespace xlfuse
