#include "xlfuse/data/classification_readers.h"

#include <algorithm>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::data {
namespace {
namespace fs = std::filesystem;

fs::path fixture(const std::string& rel) { return test::test_data_dir() / "data" / rel; }
fs::path xtreme(const std::string& rel) { return test::shared_dir() / "data/xtreme" / rel; }

const std::vector<std::string> kNli = {"contradiction", "entailment", "neutral"};

PairTsvOptions xnli_options() {
  PairTsvOptions o;
  o.labels = kNli;
  return o;
}

TEST(PairTsvTest, ReadsLabelledAndUnlabelledFixtures) {
  bool labelled = false;
  auto dev = read_pair_tsv(fixture("xnli/dev-en.tsv"), xnli_options(), &labelled);
  ASSERT_EQ(dev.size(), 5u);
  EXPECT_TRUE(labelled);
  EXPECT_EQ(dev[1].text_b, "No animal is present.");
  EXPECT_EQ(dev[1].label.value(), "contradiction");
  auto test = read_pair_tsv(fixture("xnli/test-en.tsv"), xnli_options(), &labelled);
  ASSERT_EQ(test.size(), 2u);
  EXPECT_FALSE(labelled);
  EXPECT_FALSE(test[0].label.has_value());
}

TEST(PairTsvTest, PawsxHeaderSkippedAndCsvQuotesUndone) {
  PairTsvOptions o;
  o.labels = {"0", "1"};
  bool labelled = false;
  auto ex = read_pair_tsv(fixture("pawsx/dev-en.tsv"), o, &labelled);
  ASSERT_EQ(ex.size(), 4u);  // header row skipped, the quoted newline joins two lines
  EXPECT_EQ(ex[0].text_a, "He called it \"the best\" album .");
  EXPECT_EQ(ex[1].text_b, "A \"tab\tinside\" quote");
  EXPECT_EQ(ex[2].text_a, "A field with a\nnewline in it .");
  EXPECT_EQ(ex[3].label.value(), "0");
}

TEST(PairTsvTest, MissingFieldGivesFileAndLine) {
  XLFUSE_EXPECT_THROW_WITH(read_pair_tsv(fixture("broken/xnli_missing_field.tsv"), xnli_options(), nullptr),
                           FormatError, "xnli_missing_field.tsv:5: expected 3 tab-separated fields");
}

TEST(PairTsvTest, UnknownLabelNamesLabelAndAllowedSet) {
  XLFUSE_EXPECT_THROW_WITH(
      read_pair_tsv(fixture("broken/xnli_unknown_label.tsv"), xnli_options(), nullptr), FormatError,
      "xnli_unknown_label.tsv:4: unknown label 'entails' for this task; expected one of contradiction, entailment, neutral");
}

TEST(PairTsvTest, UnterminatedQuoteGivesFileAndLine) {
  PairTsvOptions o;
  o.labels = {"0", "1"};
  XLFUSE_EXPECT_THROW_WITH(read_pair_tsv(fixture("broken/pawsx_unterminated_quote.tsv"), o, nullptr),
                           FormatError, "pawsx_unterminated_quote.tsv:3: unterminated quoted field");
}

TEST(PairTsvTest, XnliAliasMapsContradictory) {
  test::TempDir dir;
  test::write_file(dir / "train-en.tsv", "a\tb\tcontradictory\n");
  PairTsvOptions o = xnli_options();
  o.label_aliases = {{"contradictory", "contradiction"}};
  auto ex = read_pair_tsv(dir / "train-en.tsv", o, nullptr);
  EXPECT_EQ(ex[0].label.value(), "contradiction");
}

// Real data. Counts checked in the shell: `wc -l xnli/*.tsv` (2490 per dev file, 5010 per test
// file; no field contains a quote: `grep -c '"' xnli/dev-en.tsv` = 0).
TEST(PairTsvTest, RealXnliEveryFile) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/xnli");
  for (const char* lang : {"ar", "bg", "de", "el", "en", "es", "fr", "hi", "ru", "sw", "th", "tr", "ur", "vi", "zh"}) {
    bool labelled = false;
    auto ex = read_pair_tsv(xtreme(fmt::format("xnli/dev-{}.tsv", lang)), xnli_options(), &labelled);
    EXPECT_EQ(ex.size(), 2490u) << lang;
    EXPECT_TRUE(labelled) << lang;
  }
  bool labelled = true;
  auto test_de = read_pair_tsv(xtreme("xnli/test-de.tsv"), xnli_options(), &labelled);
  EXPECT_EQ(test_de.size(), 5010u);
  EXPECT_FALSE(labelled);
  auto dev_en = read_pair_tsv(xtreme("xnli/dev-en.tsv"), xnli_options(), nullptr);
  EXPECT_EQ(dev_en[0].text_a, "And he said, Mama, I'm home.");
  EXPECT_EQ(dev_en[0].label.value(), "neutral");
  // 830 of each label: `cut -f3 xnli/dev-en.tsv | sort | uniq -c`
  EXPECT_EQ(std::count_if(dev_en.begin(), dev_en.end(), [](const PairExample& e) { return *e.label == "entailment"; }), 830);
}

// `wc -l pawsx/*.tsv` = 2000 each; Python's csv.reader(delimiter='\t') also yields 2000 rows of 3
// fields for every dev file, and unquotes the Siebenberg line checked below.
TEST(PairTsvTest, RealPawsxQuotedFields) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/pawsx");
  PairTsvOptions o;
  o.labels = {"0", "1"};
  for (const char* lang : {"de", "en", "es", "fr", "ja", "ko", "zh"}) {
    auto ex = read_pair_tsv(xtreme(fmt::format("pawsx/dev-{}.tsv", lang)), o, nullptr);
    EXPECT_EQ(ex.size(), 2000u) << lang;
  }
  auto de = read_pair_tsv(xtreme("pawsx/dev-de.tsv"), o, nullptr);
  auto it = std::find_if(de.begin(), de.end(), [](const PairExample& e) {
    return e.text_a.rfind("Siebenberg bezeichnete", 0) == 0;
  });
  ASSERT_NE(it, de.end());
  EXPECT_EQ(it->text_a, "Siebenberg bezeichnete ihn als seinen Lieblingssong auf dem Album \", weil er so rein und persönlich ist.");
  EXPECT_EQ(*it->label, "1");
  // 1153 '0' labels in dev-es (python csv count).
  auto es = read_pair_tsv(xtreme("pawsx/dev-es.tsv"), o, nullptr);
  EXPECT_EQ(std::count_if(es.begin(), es.end(), [](const PairExample& e) { return *e.label == "0"; }), 1153);
  bool labelled = true;
  EXPECT_EQ(read_pair_tsv(xtreme("pawsx/test-en.tsv"), o, &labelled).size(), 2000u);
  EXPECT_FALSE(labelled);
}

TEST(NliJsonlTest, MultiNliSkipsNoConsensusRows) {
  bool labelled = false;
  auto ex = read_nli_jsonl(fixture("mnli/multinli_1.0_dev_matched.jsonl"), kNli, &labelled);
  ASSERT_EQ(ex.size(), 2u);
  EXPECT_TRUE(labelled);
  EXPECT_EQ(ex[0].id, "1n");
  EXPECT_EQ(ex[1].label.value(), "contradiction");
}

TEST(NliJsonlTest, AnliLettersBecomeLabelNames) {
  auto ex = read_nli_jsonl(fixture("anli/R1/dev.jsonl"), kNli, nullptr);
  ASSERT_EQ(ex.size(), 2u);
  EXPECT_EQ(ex[0].label.value(), "entailment");
  EXPECT_EQ(ex[1].label.value(), "contradiction");
  EXPECT_EQ(ex[1].text_a, "A red ball.");
}

TEST(NliJsonlTest, UnknownLabelGivesFileAndLine) {
  XLFUSE_EXPECT_THROW_WITH(read_nli_jsonl(fixture("broken/mnli_bad_label.jsonl"), kNli, nullptr), FormatError,
                           "mnli_bad_label.jsonl:4: unknown label 'contradictory'");
}

TEST(GlueTsvTest, MnliColumnsByHeaderWithLiteralQuotes) {
  bool labelled = false;
  auto ex = read_glue_tsv(fixture("mnli/train.tsv"), {"sentence1", "sentence2", "gold_label", "pairID"}, kNli, &labelled);
  ASSERT_EQ(ex.size(), 2u);
  EXPECT_TRUE(labelled);
  EXPECT_EQ(ex[0].text_b, "It is \"day\".");  // GLUE reads with QUOTE_NONE
  EXPECT_EQ(ex[1].id, "2n");
}

TEST(GlueTsvTest, QqpTestWithoutLabelColumn) {
  bool labelled = true;
  auto ex = read_glue_tsv(fixture("qqp/test.tsv"), {"question1", "question2", "is_duplicate", "id"}, {"0", "1"}, &labelled);
  ASSERT_EQ(ex.size(), 1u);
  EXPECT_FALSE(labelled);
  EXPECT_EQ(ex[0].id, "9");
}

TEST(GlueTsvTest, ShortRowGivesFileAndLine) {
  XLFUSE_EXPECT_THROW_WITH(read_glue_tsv(fixture("broken/qqp_short_row.tsv"),
                                         {"question1", "question2", "is_duplicate", "id"}, {"0", "1"}, nullptr),
                           FormatError, "qqp_short_row.tsv:4: expected 6 tab-separated fields");
}

}  // namespace
}  // namespace xlfuse::data
