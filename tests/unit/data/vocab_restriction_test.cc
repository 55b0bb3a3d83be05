// A vocabulary restricted to a corpus's tokens tokenizes that corpus exactly as the full one.
#include "xlfuse/data/vocab_restriction.h"

#include <filesystem>

#include "test_utils.h"
#include "xlfuse/core/error.h"
#include "xlfuse/data/text_file.h"
#include "xlfuse/text/vocab.h"

namespace xlfuse::data {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> pieces(const text::BertTokenizer& tok, std::string_view line) {
  std::vector<std::string> out;
  for (const auto& t : tok.tokenize(line)) out.push_back(t.text);
  return out;
}

// Real text in four languages and scripts (the bundled XQuAD questions) with the real mBERT
// vocabulary: every line tokenizes to the same pieces with the restricted vocabulary, which is
// a small fraction of the full one.
TEST(VocabRestriction, RestrictedVocabularyTokenizesTheCorpusIdentically) {
  const fs::path root = fs::path(XLFUSE_SOURCE_DIR) / "examples/data";
  const text::BertTokenizer full(text::Vocab::load((root / "mbert-vocab/vocab.txt").string()));
  VocabRestrictionInputs inputs;
  for (const char* lang : {"de", "en", "es", "zh"})
    inputs.text_files.push_back((root / "xquad-questions" / (std::string(lang) + ".txt")).string());
  inputs.word_files.push_back((root / "xtreme-mini/udpos/test-fi.tsv").string());
  const VocabRestriction r = restrict_vocab(full, inputs);
  EXPECT_GT(r.tokens.size(), 1000u);
  EXPECT_LT(r.tokens.size() * 10, full.vocab().size()) << "restricted: " << r.tokens.size();
  EXPECT_EQ(r.lines, 4 * 300 + 4357);  // 4 x 300 questions + the Finnish words
  EXPECT_GT(r.pieces, r.lines);
  const text::BertTokenizer small{text::Vocab(r.tokens)};
  for (const char* special : {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"}) EXPECT_TRUE(small.vocab().contains(special));
  // Same relative order as the full vocabulary.
  for (size_t i = 1; i < r.tokens.size(); ++i)
    ASSERT_LT(full.vocab().id(r.tokens[i - 1]), full.vocab().id(r.tokens[i])) << r.tokens[i];
  size_t compared = 0;
  for (const auto& file : inputs.text_files) {
    const std::string text = read_text_file(file);
    LineCursor cursor(text);
    std::string_view line;
    while (cursor.next(&line)) {
      ASSERT_EQ(pieces(small, line), pieces(full, line)) << file << ":" << cursor.line_number();
      ++compared;
    }
  }
  EXPECT_EQ(compared, 1200u);
}

TEST(VocabRestriction, WordFilesTakeTheFirstColumnAndBadInputIsAnError) {
  test::TempDir dir;
  test::write_file(dir / "train-en.tsv", "the\tDET\nfox\tNOUN\n\nhello\tINTJ\n");
  test::write_file(dir / "empty.txt", "\n\n");
  const text::BertTokenizer tok(text::Vocab::load((test::test_data_dir() / "text/vocab_small.txt").string()));
  VocabRestrictionInputs inputs;
  inputs.word_files = {(dir / "train-en.tsv").string()};
  const VocabRestriction r = restrict_vocab(tok, inputs);
  EXPECT_EQ(r.tokens, (std::vector<std::string>{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "fox", "hello"}));
  EXPECT_EQ(r.lines, 3);
  EXPECT_EQ(r.unknown, 0);

  XLFUSE_EXPECT_THROW_WITH(restrict_vocab(tok, {}), FormatError, "no text or word files");
  XLFUSE_EXPECT_THROW_WITH(restrict_vocab(tok, {{(dir / "empty.txt").string()}, {}}), FormatError, "no tokens");
  XLFUSE_EXPECT_THROW_WITH(restrict_vocab(tok, {{(dir / "missing.txt").string()}, {}}), IoError, "missing.txt");
  test::write_file(dir / "bad.txt", "the\nfox \xff\n");
  XLFUSE_EXPECT_THROW_WITH(restrict_vocab(tok, {{(dir / "bad.txt").string()}, {}}), FormatError, "bad.txt:2");
}

}  // namespace
}  // namespace xlfuse::data
