// Line-aligned parallel text packed into TLM blocks: [CLS] a [SEP] b [SEP], segments 0/1.
#include "xlfuse/data/parallel_blocks.h"

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/text/vocab.h"

namespace xlfuse::data {
namespace {

text::BertTokenizer small() {
  return text::BertTokenizer(text::Vocab::load((test::test_data_dir() / "text/vocab_small.txt").string()));
}

std::vector<std::string> tokens(const text::BertTokenizer& tok, const Feature& f) {
  std::vector<std::string> out;
  for (int32_t id : f.input_ids) out.push_back(tok.vocab().token(id));
  return out;
}

TEST(ParallelBlocks, ParsesSpecs) {
  EXPECT_EQ(parse_parallel_spec("a.en:b.de"), (std::pair<std::string, std::string>{"a.en", "b.de"}));
  for (const char* bad : {"a.en", ":b.de", "a.en:", "a:b:c", ""})
    XLFUSE_EXPECT_THROW_WITH(parse_parallel_spec(bad), std::invalid_argument, "expected A.txt:B.txt");
}

TEST(ParallelBlocks, OneBlockPerLinePairWithSegments) {
  test::TempDir dir;
  test::write_file(dir / "a.en", "the quick fox\n\nhello world\n");
  test::write_file(dir / "a.xx", "中 文\n \nthe fox !\n");
  const auto tok = small();
  ParallelPackStats stats;
  const auto blocks =
      pack_parallel_blocks({(dir / "a.en").string() + ":" + (dir / "a.xx").string()}, tok, 32, &stats);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(stats.pairs, 2);
  EXPECT_EQ(stats.skipped, 1);  // blank on both sides
  EXPECT_EQ(stats.truncated, 0);
  EXPECT_EQ(tokens(tok, blocks[0]),
            (std::vector<std::string>{"[CLS]", "the", "quick", "fox", "[SEP]", "中", "文", "[SEP]"}));
  EXPECT_EQ(blocks[0].type_ids, (std::vector<int32_t>{0, 0, 0, 0, 0, 1, 1, 1}));
  EXPECT_EQ(tokens(tok, blocks[1]),
            (std::vector<std::string>{"[CLS]", "hello", "world", "[SEP]", "the", "fox", "!", "[SEP]"}));
  EXPECT_EQ(blocks[1].type_ids, (std::vector<int32_t>{0, 0, 0, 0, 1, 1, 1, 1}));
  EXPECT_EQ(blocks[0].example_index, 0);
  EXPECT_EQ(blocks[1].example_index, 1);
}

TEST(ParallelBlocks, LongPairsLoseTokensFromTheLongerSide) {
  test::TempDir dir;
  test::write_file(dir / "a", "the quick brown fox\n");
  test::write_file(dir / "b", "hello\n");
  const auto tok = small();
  ParallelPackStats stats;
  // 8 - 3 = 5 sub-words: 4 + 1 fits; 7 leaves 4 = 3 + 1.
  auto blocks = pack_parallel_blocks({(dir / "a").string() + ":" + (dir / "b").string()}, tok, 8, &stats);
  EXPECT_EQ(stats.truncated, 0);
  blocks = pack_parallel_blocks({(dir / "a").string() + ":" + (dir / "b").string()}, tok, 7, &stats);
  EXPECT_EQ(stats.truncated, 1);
  EXPECT_EQ(tokens(tok, blocks[0]),
            (std::vector<std::string>{"[CLS]", "the", "quick", "brown", "[SEP]", "hello", "[SEP]"}));
}

TEST(ParallelBlocks, BrokenInputIsAnErrorNamingTheFiles) {
  test::TempDir dir;
  test::write_file(dir / "three", "the\nfox\nhello\n");
  test::write_file(dir / "two", "the\nfox\n");
  test::write_file(dir / "gap", "the\n\nhello\n");
  test::write_file(dir / "blank", "\n \n");
  const auto tok = small();
  const std::string three = (dir / "three").string(), two = (dir / "two").string(), gap = (dir / "gap").string(),
                    blank = (dir / "blank").string();
  // Different line counts: both files and both counts.
  XLFUSE_EXPECT_THROW_WITH(pack_parallel_blocks({three + ":" + two}, tok, 16), FormatError,
                           three + " has 3 lines but " + two + " has 2");
  // A line blank on one side only: file:line.
  XLFUSE_EXPECT_THROW_WITH(pack_parallel_blocks({three + ":" + gap}, tok, 16), FormatError, gap + ":2: blank line");
  XLFUSE_EXPECT_THROW_WITH(pack_parallel_blocks({gap + ":" + three}, tok, 16), FormatError, gap + ":2: blank line");
  // Only blank pairs: nothing to train on.
  XLFUSE_EXPECT_THROW_WITH(pack_parallel_blocks({blank + ":" + blank}, tok, 16), FormatError, "no line pairs");
  // Missing file, bad spec, too short a block.
  XLFUSE_EXPECT_THROW_WITH(pack_parallel_blocks({three + ":" + (dir / "missing").string()}, tok, 16), IoError,
                           "missing");
  EXPECT_THROW(pack_parallel_blocks({three}, tok, 16), std::invalid_argument);
  EXPECT_THROW(pack_parallel_blocks({three + ":" + three}, tok, 4), std::invalid_argument);
}

}  // namespace
}  // namespace xlfuse::data
