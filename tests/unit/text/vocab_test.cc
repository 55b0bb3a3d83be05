#include "xlfuse/text/vocab.h"

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::text {
namespace {

std::string small_vocab_path() { return (test::test_data_dir() / "text/vocab_small.txt").string(); }

TEST(VocabTest, LoadsIdsInLineOrder) {
  Vocab v = Vocab::load(small_vocab_path());
  EXPECT_EQ(v.size(), 37u);
  EXPECT_EQ(v.pad_id(), 0);
  EXPECT_EQ(v.unk_id(), 1);
  EXPECT_EQ(v.cls_id(), 2);
  EXPECT_EQ(v.sep_id(), 3);
  EXPECT_EQ(v.mask_id(), 4);
  EXPECT_EQ(v.id("the"), 5);
  EXPECT_EQ(v.token(5), "the");
  for (int32_t i = 0; i < static_cast<int32_t>(v.size()); ++i) EXPECT_EQ(v.find(v.token(i)), i);
  EXPECT_EQ(v.find("absent"), -1);
  EXPECT_FALSE(v.contains("absent"));
  EXPECT_TRUE(v.contains("##ing"));
}

TEST(VocabTest, ContinuationLookupMatchesPrefixedToken) {
  Vocab v = Vocab::load(small_vocab_path());
  EXPECT_EQ(v.find_continuation("ing"), v.id("##ing"));
  EXPECT_EQ(v.find_continuation("é"), v.id("##é"));
  EXPECT_EQ(v.find_continuation("the"), -1);  // "the" exists, "##the" does not
  EXPECT_EQ(v.find("ing"), -1);
  EXPECT_EQ(v.max_token_bytes(), std::string("##stanbul").size());
}

TEST(VocabTest, CopiesStayUsable) {
  Vocab v = Vocab::load(small_vocab_path());
  Vocab copy = v;
  Vocab moved = std::move(v);
  EXPECT_EQ(copy.find("quick"), 6);
  EXPECT_EQ(moved.find_continuation("able"), copy.id("##able"));
}

TEST(VocabTest, HandlesCrLfAndNoFinalNewline) {
  test::TempDir dir;
  test::write_file(dir / "v.txt", "[PAD]\r\n[UNK]\r\nhello");
  Vocab v = Vocab::load((dir / "v.txt").string());
  EXPECT_EQ(v.size(), 3u);
  EXPECT_EQ(v.find("[UNK]"), 1);
  EXPECT_EQ(v.find("hello"), 2);
}

TEST(VocabTest, DuplicateTokenNamesFileAndLine) {
  test::TempDir dir;
  const std::string path = (dir / "dup.txt").string();
  test::write_file(path, "[PAD]\n[UNK]\nhello\nworld\nhello\n");
  XLFUSE_EXPECT_THROW_WITH(Vocab::load(path), FormatError, path + ":5: duplicate token 'hello'");
  XLFUSE_EXPECT_THROW_WITH(Vocab::load(path), FormatError, "first at id 2 (line 3)");
  XLFUSE_EXPECT_THROW_WITH(Vocab(std::vector<std::string>({"a", "b", "a"})), FormatError, "duplicate token 'a'");
}

TEST(VocabTest, MissingFileIsIoError) {
  test::TempDir dir;
  const std::string path = (dir / "nope.txt").string();
  XLFUSE_EXPECT_THROW_WITH(Vocab::load(path), IoError, path);
}

TEST(VocabTest, MissingUnkIsFormatError) {
  test::TempDir dir;
  const std::string path = (dir / "nounk.txt").string();
  test::write_file(path, "[PAD]\nhello\n");
  XLFUSE_EXPECT_THROW_WITH(Vocab::load(path), FormatError, "expected the token [UNK]");
}

TEST(VocabTest, EmptyLineAndEmptyFileAreErrors) {
  test::TempDir dir;
  const std::string path = (dir / "gap.txt").string();
  test::write_file(path, "[UNK]\n\nhello\n");
  XLFUSE_EXPECT_THROW_WITH(Vocab::load(path), FormatError, path + ":2: expected a token, found an empty line");
  test::write_file(path, "");
  XLFUSE_EXPECT_THROW_WITH(Vocab::load(path), FormatError, "empty file");
}

TEST(VocabTest, InvalidUtf8NamesLine) {
  test::TempDir dir;
  const std::string path = (dir / "bad.txt").string();
  test::write_file(path, "[UNK]\nok\nbad\xff\n");
  XLFUSE_EXPECT_THROW_WITH(Vocab::load(path), FormatError, path + ":3: invalid UTF-8 at byte offset 3");
}

TEST(VocabTest, UnknownTokenAndIdAreReported) {
  Vocab v = Vocab::load(small_vocab_path());
  XLFUSE_EXPECT_THROW_WITH(v.id("zebra"), FormatError, "'zebra'");
  XLFUSE_EXPECT_THROW_WITH(v.token(37), std::out_of_range, "token id 37");
  XLFUSE_EXPECT_THROW_WITH(v.token(-1), std::out_of_range, "token id -1");
}

TEST(VocabTest, FingerprintDependsOnTokensAndOrder) {
  Vocab a(std::vector<std::string>{"[UNK]", "x", "y"});
  Vocab b(std::vector<std::string>{"[UNK]", "y", "x"});
  Vocab c(std::vector<std::string>{"[UNK]", "x", "y"});
  EXPECT_EQ(a.fingerprint().size(), 16u);
  EXPECT_EQ(a.fingerprint(), c.fingerprint());
  EXPECT_NE(a.fingerprint(), b.fingerprint());
}

}  // namespace
}  // namespace xlfuse::text
