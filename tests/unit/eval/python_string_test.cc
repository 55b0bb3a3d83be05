// Python string behaviour the official scripts depend on; expectations are Python's documented
// results for these inputs.
#include "xlfuse/eval/python_string.h"

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::eval {
namespace {

TEST(PythonStringTest, LinesLikeTextModeIteration) {
  EXPECT_EQ(py::split_lines("a\nb\n"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(py::split_lines("a\r\nb"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(py::split_lines("a\rb\n\n"), (std::vector<std::string>{"a", "b", ""}));
  EXPECT_TRUE(py::split_lines("").empty());
  EXPECT_EQ(py::split_lines("\n"), (std::vector<std::string>{""}));
}

TEST(PythonStringTest, StripAndSplitUseUnicodeWhitespace) {
  EXPECT_EQ(py::strip(" \t x y \r"), "x y");
  EXPECT_EQ(py::strip("\u00a0x\u3000"), "x");  // NBSP and ideographic space are whitespace
  EXPECT_EQ(py::split(std::string_view("a\u2003b  c")), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(py::strip("\u200bx"), "\u200bx");  // ZERO WIDTH SPACE is not (Cf)
}

TEST(PythonStringTest, LowerHandlesDottedIAndFinalSigma) {
  EXPECT_EQ(py::encode(py::lower(py::decode("İ"))), "i\u0307");
  // 'ΟΔΟΣ' -> 'οδος' with final sigma; a lone Σ stays σ.
  EXPECT_EQ(py::encode(py::lower(py::decode("ΟΔΟΣ"))), "οδος");
  EXPECT_EQ(py::encode(py::lower(py::decode("Σ"))), "σ");
  EXPECT_EQ(py::encode(py::lower(py::decode("ΣΑ"))), "σα");
}

TEST(PythonStringTest, WholeWordsUseUnicodeWordCharacters) {
  std::vector<std::u32string> words = {U"the"};
  EXPECT_EQ(py::encode(py::replace_whole_words(U"the_x the théa the", words, U" ")), "the_x   théa  ");
}

TEST(PythonStringTest, InvalidUtf8IsReported) {
  XLFUSE_EXPECT_THROW_WITH(py::decode("ab\xff"), FormatError, "byte offset 2");
}

}  // namespace
}  // namespace xlfuse::eval
