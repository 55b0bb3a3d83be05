#include "xlfuse/data/text_file.h"

#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::data {
namespace {

using test::TempDir;
using test::write_file;

TEST(TextFileTest, LineCursorNumbersLinesAndDropsCarriageReturns) {
  LineCursor c("a\r\nb\n\nc");
  std::string_view l;
  ASSERT_TRUE(c.next(&l));
  EXPECT_EQ(l, "a");
  ASSERT_TRUE(c.next(&l));
  EXPECT_EQ(l, "b");
  ASSERT_TRUE(c.next(&l));
  EXPECT_EQ(l, "");
  ASSERT_TRUE(c.next(&l));
  EXPECT_EQ(l, "c");
  EXPECT_EQ(c.line_number(), 4u);
  EXPECT_FALSE(c.next(&l));
}

TEST(TextFileTest, ReadTextFileStripsBomAndNamesMissingFile) {
  TempDir dir;
  write_file(dir / "bom.txt", "\xEF\xBB\xBFhello");
  EXPECT_EQ(read_text_file(dir / "bom.txt"), "hello");
  XLFUSE_EXPECT_THROW_WITH(read_text_file(dir / "nope.txt"), IoError, "nope.txt");
}

// A byte that is not UTF-8 is named by file, line and column when the file is read.
TEST(TextFileTest, InvalidUtf8NamesFileLineAndColumn) {
  TempDir dir;
  write_file(dir / "bad.tsv", "ok\tline\nab\xFF\tc\n");
  XLFUSE_EXPECT_THROW_WITH(read_text_file(dir / "bad.tsv"), FormatError, "bad.tsv:2: invalid UTF-8");
  XLFUSE_EXPECT_THROW_WITH(read_text_file(dir / "bad.tsv"), FormatError, "(column 3)");
  write_file(dir / "cut.txt", "caf\xC3");  // a multi-byte character cut at the end
  XLFUSE_EXPECT_THROW_WITH(read_text_file(dir / "cut.txt"), FormatError, "cut.txt:1: invalid UTF-8");
  write_file(dir / "fine.txt", "Zo\xC3\xAB \xE4\xB8\xAD\n");
  EXPECT_EQ(read_text_file(dir / "fine.txt"), "Zo\xC3\xAB \xE4\xB8\xAD\n");
}

TEST(TextFileTest, CsvQuotingUndoesPythonCsvWriter) {
  TempDir dir;
  // What csv.writer(delimiter='\t') writes for ['say "hi"', 'a\tb', 'two\nlines', 'plain'].
  write_file(dir / "q.tsv", "\"say \"\"hi\"\"\"\t\"a\tb\"\t\"two\nlines\"\tplain\nx\ty\n\n");
  auto records = read_tsv_records(dir / "q.tsv", /*csv_quoting=*/true);
  ASSERT_EQ(records.size(), 2u);
  ASSERT_EQ(records[0].fields.size(), 4u);
  EXPECT_EQ(records[0].fields[0], "say \"hi\"");
  EXPECT_EQ(records[0].fields[1], "a\tb");
  EXPECT_EQ(records[0].fields[2], "two\nlines");
  EXPECT_EQ(records[0].fields[3], "plain");
  EXPECT_EQ(records[1].line, 3u);  // the quoted newline moved the next record to line 3
  // Without quoting the same file splits on every tab.
  auto raw = read_tsv_records(dir / "q.tsv", false);
  EXPECT_EQ(raw[0].fields[0], "\"say \"\"hi\"\"\"");
}

TEST(TextFileTest, QuoteInsideUnquotedFieldIsLiteral) {
  TempDir dir;
  write_file(dir / "q.tsv", "He said \"no\" twice\tb\n");
  auto records = read_tsv_records(dir / "q.tsv", true);
  EXPECT_EQ(records[0].fields[0], "He said \"no\" twice");
}

TEST(TextFileTest, UnterminatedQuoteNamesFileAndLine) {
  TempDir dir;
  write_file(dir / "q.tsv", "a\tb\n\"open\tc\nd\te\n");
  XLFUSE_EXPECT_THROW_WITH(read_tsv_records(dir / "q.tsv", true), FormatError, "q.tsv:2: unterminated");
}

TEST(TextFileTest, JsonSyntaxErrorGivesTheLine) {
  TempDir dir;
  XLFUSE_EXPECT_THROW_WITH(parse_json("{\n\"a\": 1,\n\"b\": }\n", dir / "x.json"), FormatError, "x.json:3:");
}

// Fuzzing finding (fuzz_task_readers): a number too large for a double is no parse_error but
// nlohmann's out_of_range.406, which escaped every jsonl/json reader instead of a FormatError.
TEST(TextFileTest, JsonNumberOverflowIsAFormatError) {
  TempDir dir;
  XLFUSE_EXPECT_THROW_WITH(parse_json("{\"id\": \"c1\", \"question\": 4444444444444e44444444444}", dir / "x.jsonl", 7),
                           FormatError, "x.jsonl:7: invalid JSON");
}

TEST(TextFileTest, CodePointSubstring) {
  const std::string s = "Zoë in Köln";
  EXPECT_EQ(substr_code_points(s, 7, 11, "here"), "Köln");
  EXPECT_EQ(code_point_count(s), 11u);
  XLFUSE_EXPECT_THROW_WITH(substr_code_points(s, 7, 12, "here"), FormatError, "here: span [7, 12)");
}

}  // namespace
}  // namespace xlfuse::data
