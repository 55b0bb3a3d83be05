#include "xlfuse/data/tagging_readers.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::data {
namespace {
namespace fs = std::filesystem;

fs::path fixture(const std::string& rel) { return test::test_data_dir() / "data" / rel; }
fs::path shared(const std::string& rel) { return test::shared_dir() / "data" / rel; }

const std::vector<std::string> kUpos = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
                                        "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
const std::vector<std::string> kNer = {"B-LOC", "B-ORG", "B-PER", "I-LOC", "I-ORG", "I-PER", "O"};

struct FileCount {
  const char* name;
  size_t sentences;
  size_t words;
};

size_t count_words(const std::vector<TaggingExample>& ex) {
  size_t n = 0;
  for (const auto& e : ex) n += e.words.size();
  return n;
}

TEST(ConllTagsTest, LabelledAndTokenOnlyFiles) {
  ConllTagsOptions o;
  o.labels = kUpos;
  bool labelled = false;
  auto train = read_conll_tags(fixture("udpos/train-en.tsv"), o, &labelled);
  ASSERT_EQ(train.size(), 2u);
  EXPECT_TRUE(labelled);
  EXPECT_EQ(train[0].words, (std::vector<std::string>{"The", "cat", "sleeps", "."}));
  EXPECT_EQ(train[1].tags, (std::vector<std::string>{"NOUN", "VERB"}));
  auto test = read_conll_tags(fixture("udpos/test-de.tsv"), o, &labelled);
  ASSERT_EQ(test.size(), 2u);  // no trailing blank line: the last sentence still counts
  EXPECT_FALSE(labelled);
  EXPECT_TRUE(test[0].tags.empty());
  EXPECT_EQ(test[1].words[1], "bellen");
}

TEST(ConllTagsTest, PanxLanguagePrefixStripped) {
  ConllTagsOptions o;
  o.labels = kNer;
  o.lang = "en";
  auto ex = read_conll_tags(fixture("panx/dev-en.tsv"), o, nullptr);
  ASSERT_EQ(ex.size(), 2u);
  EXPECT_EQ(ex[0].words[0], "Paris");
  EXPECT_EQ(ex[1].words[2], "works:here");  // only the text up to the first ':' goes
  EXPECT_EQ(ex[1].tags[1], "I-PER");
}

TEST(ConllTagsTest, ExtraFieldGivesFileAndLine) {
  ConllTagsOptions o;
  o.labels = kUpos;
  XLFUSE_EXPECT_THROW_WITH(read_conll_tags(fixture("broken/udpos_extra_field.tsv"), o, nullptr), FormatError,
                           "udpos_extra_field.tsv:5: expected 2 tab-separated fields (token, tag)");
}

TEST(ConllTagsTest, UnknownTagNamesAllowedSet) {
  test::TempDir dir;
  test::write_file(dir / "dev-en.tsv", "Paris\tB-LOC\nis\tO\nnice\tB-MISC\n");
  ConllTagsOptions o;
  o.labels = kNer;
  XLFUSE_EXPECT_THROW_WITH(read_conll_tags(dir / "dev-en.tsv", o, nullptr), FormatError,
                           "dev-en.tsv:3: unknown label 'B-MISC' for this task; expected one of B-LOC");
}

// Sentences = blank-line separated blocks, words = non-blank lines, counted with
//   awk -F'\t' '{if($0==""){if(inS)s++; inS=0} else {inS=1;w++}} END{if(inS)s++; print s, w}' FILE
// Every udpos file (test files included) has 2 fields per word line.
TEST(ConllTagsTest, RealUdposEveryFile) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/udpos");
  const std::vector<FileCount> files = {
      {"dev-en", 3974, 62632},
      {"test-af", 425, 10065},
      {"test-ar", 1680, 44952},
      {"test-bg", 1116, 15724},
      {"test-el", 456, 10422},
      {"test-en", 5440, 84970},
      {"test-es", 3147, 86988},
      {"test-et", 3760, 58579},
      {"test-eu", 1799, 24374},
      {"test-fa", 600, 15925},
      {"test-fi", 4422, 53111},
      {"test-fr", 5009, 79620},
      {"test-he", 491, 8829},
      {"test-hi", 2684, 59259},
      {"test-hu", 449, 10448},
      {"test-id", 1557, 31680},
      {"test-it", 3518, 74955},
      {"test-ja", 2372, 53592},
      {"test-kk", 1047, 9872},
      {"test-ko", 4276, 56627},
      {"test-lt", 739, 11906},
      {"test-mr", 47, 376},
      {"test-nl", 1471, 22602},
      {"test-pl", 4942, 64802},
      {"test-pt", 2681, 60701},
      {"test-ro", 2272, 51862},
      {"test-ru", 8976, 158356},
      {"test-ta", 120, 1772},
      {"test-te", 146, 721},
      {"test-th", 1000, 22322},
      {"test-tl", 55, 292},
      {"test-tr", 4785, 42843},
      {"test-uk", 892, 17114},
      {"test-ur", 535, 14806},
      {"test-vi", 800, 11955},
      {"test-wo", 470, 10049},
      {"test-yo", 100, 2664},
      {"test-zh", 3455, 62569},
      {"train-en", 21253, 375194},  };
  ConllTagsOptions o;
  o.labels = kUpos;
  for (const auto& f : files) {
    bool labelled = false;
    auto ex = read_conll_tags(shared(fmt::format("xtreme/udpos/{}.tsv", f.name)), o, &labelled);
    EXPECT_EQ(ex.size(), f.sentences) << f.name;
    EXPECT_EQ(count_words(ex), f.words) << f.name;
    EXPECT_TRUE(labelled) << f.name;
  }
}

TEST(ConllTagsTest, RealPanxEveryFile) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/panx");
  const std::vector<FileCount> files = {
      {"dev-af", 1000, 10894},
      {"dev-ar", 10000, 64291},
      {"dev-az", 1000, 8866},
      {"dev-bg", 10000, 83582},
      {"dev-bn", 1000, 4361},
      {"dev-de", 10000, 97805},
      {"dev-el", 10000, 89878},
      {"dev-en", 10000, 80536},
      {"dev-es", 10000, 64329},
      {"dev-et", 10000, 80803},
      {"dev-eu", 10000, 92741},
      {"dev-fa", 10000, 59953},
      {"dev-fi", 10000, 83558},
      {"dev-fr", 10000, 68220},
      {"dev-gu", 100, 1286},
      {"dev-he", 10000, 85897},
      {"dev-hi", 1000, 5808},
      {"dev-hu", 10000, 88792},
      {"dev-id", 10000, 61913},
      {"dev-it", 10000, 80005},
      {"dev-ja", 10000, 300844},
      {"dev-jv", 100, 585},
      {"dev-ka", 10000, 81159},
      {"dev-kk", 1000, 8039},
      {"dev-ko", 10000, 80786},
      {"dev-lt", 10000, 72838},
      {"dev-ml", 1000, 7025},
      {"dev-mr", 1000, 7060},
      {"dev-ms", 1000, 5867},
      {"dev-my", 100, 853},
      {"dev-nl", 10000, 84146},
      {"dev-pa", 100, 571},
      {"dev-pl", 10000, 83706},
      {"dev-pt", 10000, 64114},
      {"dev-qu", 100, 578},
      {"dev-ro", 10000, 66843},
      {"dev-ru", 10000, 70279},
      {"dev-sw", 1000, 5609},
      {"dev-ta", 1000, 7293},
      {"dev-te", 1000, 8080},
      {"dev-tl", 1000, 4473},
      {"dev-tr", 10000, 75930},
      {"dev-uk", 10000, 79498},
      {"dev-ur", 1000, 5027},
      {"dev-vi", 10000, 64222},
      {"dev-yo", 100, 489},
      {"dev-zh", 10000, 213682},
      {"train-en", 20000, 160394},  };
  ConllTagsOptions o;
  o.labels = kNer;
  for (const auto& f : files) {
    o.lang = std::string(f.name).substr(std::string(f.name).find('-') + 1);
    auto ex = read_conll_tags(shared(fmt::format("xtreme/panx/{}.tsv", f.name)), o, nullptr);
    EXPECT_EQ(ex.size(), f.sentences) << f.name;
    EXPECT_EQ(count_words(ex), f.words) << f.name;
  }
  o.lang = "en";
  auto train = read_conll_tags(shared("xtreme/panx/train-en.tsv"), o, nullptr);
  EXPECT_EQ(train[0].words, (std::vector<std::string>{"R.H.", "Saunders", "(", "St.", "Lawrence", "River", ")", "(", "968", "MW", ")"}));
}

TEST(ConlluTest, SkipsRangesAndEmptyNodesAndStripsSubtypes) {
  ConlluOptions o;
  o.labels = kUpos;
  auto upos = read_conllu(fixture("ud/UD_English-Tiny/en_tiny-ud-dev.conllu"), o);
  ASSERT_EQ(upos.size(), 2u);
  EXPECT_EQ(upos[0].id, "tiny-1");
  EXPECT_EQ(upos[0].words, (std::vector<std::string>{"I", "do", "n't", "know", "."}));
  EXPECT_EQ(upos[0].tags, (std::vector<std::string>{"PRON", "AUX", "PART", "VERB", "PUNCT"}));
  EXPECT_EQ(upos[1].words.size(), 3u);  // "2.1 fed" (empty node) skipped
  o.column = ConlluColumn::Deprel;
  o.labels = {};
  auto deprel = read_conllu(fixture("ud/UD_English-Tiny/en_tiny-ud-dev.conllu"), o);
  EXPECT_EQ(deprel[1].tags, (std::vector<std::string>{"nsubj", "aux", "root"}));
  o.universal_deprel = false;
  EXPECT_EQ(read_conllu(fixture("ud/UD_English-Tiny/en_tiny-ud-dev.conllu"), o)[1].tags[0], "nsubj:pass");
}

TEST(ConlluTest, NineColumnsGiveFileAndLine) {
  XLFUSE_EXPECT_THROW_WITH(read_conllu(fixture("broken/conllu_nine_columns.conllu"), ConlluOptions()), FormatError,
                           "conllu_nine_columns.conllu:4: expected 10 tab-separated CoNLL-U fields, got 9");
}

// Counted with: grep -c '^# sent_id' FILE (sentences) and grep -cE '^[0-9]+\s' FILE (words, i.e.
// without "3-4" ranges and "8.1" empty nodes).
TEST(ConlluTest, RealTreebanks) {
  XLFUSE_REQUIRE_SHARED("data/ud");
  const std::vector<FileCount> files = {
      {"UD_English-EWT/en_ewt-ud-dev.conllu", 2001, 25147},
      {"UD_English-EWT/en_ewt-ud-test.conllu", 2077, 25094},
      {"UD_English-LinES/en_lines-ud-train.conllu", 3457, 64684},
      {"UD_English-ParTUT/en_partut-ud-train.conllu", 1781, 43504},
      {"UD_Finnish-TDT/fi_tdt-ud-dev.conllu", 1364, 18308},
      {"UD_German-GSD/de_gsd-ud-test.conllu", 977, 16499},
      {"UD_Spanish-GSD/es_gsd-ud-dev.conllu", 1400, 37154},
      {"UD_Chinese-GSD/zh_gsd-ud-test.conllu", 500, 12010},
  };
  ConlluOptions upos;
  upos.labels = kUpos;
  ConlluOptions deprel;
  deprel.column = ConlluColumn::Deprel;
  for (const auto& f : files) {
    auto ex = read_conllu(shared(std::string("ud/") + f.name), upos);
    EXPECT_EQ(ex.size(), f.sentences) << f.name;
    EXPECT_EQ(count_words(ex), f.words) << f.name;
    EXPECT_EQ(read_conllu(shared(std::string("ud/") + f.name), deprel).size(), f.sentences) << f.name;
  }
}

}  // namespace
}  // namespace xlfuse::data
