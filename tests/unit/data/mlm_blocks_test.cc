// Plain text packed into masked-LM blocks: sub-words across lines, [CLS] block [SEP].
#include "xlfuse/data/mlm_blocks.h"

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/text/vocab.h"

namespace xlfuse::data {
namespace {

text::BertTokenizer small() {
  return text::BertTokenizer(text::Vocab::load((test::test_data_dir() / "text/vocab_small.txt").string()));
}

TEST(MlmBlocks, PacksSubwordsAcrossLinesIntoFramedBlocks) {
  test::TempDir dir;
  test::write_file(dir / "a.txt", "the quick brown fox\n\nhello world\n");
  test::write_file(dir / "b.txt", "the fox\n");
  const auto tok = small();
  // 8 sub-words in all: blocks of 5 - 2 = 3 -> 3 + 3 + 2.
  const auto blocks = pack_text_blocks({(dir / "a.txt").string(), (dir / "b.txt").string()}, tok, 5);
  ASSERT_EQ(blocks.size(), 3u);
  std::vector<std::string> all;
  for (size_t b = 0; b < blocks.size(); ++b) {
    const auto& ids = blocks[b].input_ids;
    EXPECT_EQ(blocks[b].example_index, static_cast<int64_t>(b));
    EXPECT_EQ(ids.front(), tok.vocab().cls_id());
    EXPECT_EQ(ids.back(), tok.vocab().sep_id());
    EXPECT_EQ(blocks[b].type_ids.size(), ids.size());
    for (size_t i = 1; i + 1 < ids.size(); ++i) all.push_back(tok.vocab().token(ids[i]));
  }
  EXPECT_EQ(blocks[2].input_ids.size(), 4u);
  EXPECT_EQ(all, (std::vector<std::string>{"the", "quick", "brown", "fox", "hello", "world", "the", "fox"}));
}

TEST(MlmBlocks, TextWithoutTokensAndMissingFilesAreErrors) {
  test::TempDir dir;
  test::write_file(dir / "empty.txt", "\n \n");
  XLFUSE_EXPECT_THROW_WITH(pack_text_blocks({(dir / "empty.txt").string()}, small(), 8), FormatError, "no tokens");
  EXPECT_THROW(pack_text_blocks({(dir / "missing.txt").string()}, small(), 8), IoError);
  EXPECT_THROW(pack_text_blocks({(dir / "empty.txt").string()}, small(), 2), std::invalid_argument);
}

}  // namespace
}  // namespace xlfuse::data
