#include "xlfuse/data/retrieval_readers.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "test_utils.h"
#include "xlfuse/core/error.h"

namespace xlfuse::data {
namespace {
namespace fs = std::filesystem;

fs::path fixture(const std::string& rel) { return test::test_data_dir() / "data" / rel; }
fs::path xtreme(const std::string& rel) { return test::shared_dir() / "data/xtreme" / rel; }

TEST(TatoebaTest, LineAlignedFixture) {
  auto ex = read_tatoeba(fixture("tatoeba/de-en.de"), fixture("tatoeba/de-en.en"));
  ASSERT_EQ(ex.source.size(), 3u);
  EXPECT_EQ(ex.target[0].text, "Where is Tom?");
  EXPECT_EQ(ex.gold[1], std::make_pair(std::string("1"), std::string("1")));
}

TEST(TatoebaTest, SortedEnglishSideHidesTheAlignment) {
  test::TempDir dir;
  test::write_file(dir / "de-en.de", "Wo ist Tom?\nIch bin hier.\nDas ist gut.\n");
  test::write_file(dir / "de-en.en", "I am here.\nThat is good.\nWhere is Tom?\n");
  auto ex = read_tatoeba(dir / "de-en.de", dir / "de-en.en");
  EXPECT_EQ(ex.target.size(), 3u);
  EXPECT_TRUE(ex.gold.empty());
}

TEST(TatoebaTest, MissingTranslationGivesFileAndLine) {
  XLFUSE_EXPECT_THROW_WITH(read_tatoeba(fixture("broken/tatoeba-de-en.de"), fixture("broken/tatoeba-de-en.en")),
                           FormatError, "tatoeba-de-en.en:5: line 5 has no translation");
}

// Line counts: for f in *-en.en; do wc -l $f; done (each {l}-en.{l} has the same count).
TEST(TatoebaTest, RealEveryLanguage) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/tatoeba");
  const std::vector<std::pair<const char*, size_t>> langs = {{"af", 1000}, {"ar", 1000}, {"az", 1000}, {"bg", 1000}, {"bn", 1000}, {"de", 1000}, {"el", 1000}, {"es", 1000}, {"et", 1000}, {"eu", 1000}, {"fa", 1000}, {"fi", 1000}, {"fr", 1000}, {"he", 1000}, {"hi", 1000}, {"hu", 1000}, {"id", 1000}, {"it", 1000}, {"ja", 1000}, {"jv", 205}, {"ka", 746}, {"kk", 575}, {"ko", 1000}, {"lt", 1000}, {"ml", 687}, {"mr", 1000}, {"nl", 1000}, {"pl", 1000}, {"pt", 1000}, {"ro", 1000}, {"ru", 1000}, {"sw", 390}, {"ta", 307}, {"te", 234}, {"th", 548}, {"tl", 1000}, {"tr", 1000}, {"uk", 1000}, {"ur", 1000}, {"vi", 1000}, {"zh", 1000}, };
  EXPECT_EQ(langs.size(), 41u);
  for (const auto& [lang, n] : langs) {
    auto ex = read_tatoeba(xtreme(fmt::format("tatoeba/{0}-en.{0}", lang)), xtreme(fmt::format("tatoeba/{}-en.en", lang)));
    EXPECT_EQ(ex.source.size(), n) << lang;
    // XTREME's layout: the English side is sorted, so the alignment is hidden (no gold).
    EXPECT_TRUE(ex.gold.empty()) << lang;
  }
  auto de = read_tatoeba(xtreme("tatoeba/de-en.de"), xtreme("tatoeba/de-en.en"));
  EXPECT_EQ(de.source[0].text, "Maria sagte, sie wisse nicht, wo Tom sei.");
  // Its translation is not line 0 of the sorted English file (checked: line 572 is).
  EXPECT_EQ(de.target[571].text, "Mary said she didn't know where Tom was.");
}

TEST(BuccTest, SyntheticFixtureWithGold) {
  const fs::path gold = fixture("bucc2018/de-en.dev.gold");
  auto ex = read_bucc(fixture("bucc2018/de-en.dev.de"), fixture("bucc2018/de-en.dev.en"), &gold);
  ASSERT_EQ(ex.source.size(), 3u);
  EXPECT_EQ(ex.source[0].id, "de-000001");
  EXPECT_EQ(ex.target[1].text, "I am here.");
  ASSERT_EQ(ex.gold.size(), 2u);
  EXPECT_EQ(ex.gold[0].second, "en-000011");
  auto no_gold = read_bucc(fixture("bucc2018/de-en.test.de"), fixture("bucc2018/de-en.test.en"), nullptr);
  EXPECT_TRUE(no_gold.gold.empty());
}

TEST(BuccTest, MalformedLinesGiveFileAndLine) {
  XLFUSE_EXPECT_THROW_WITH(read_bucc(fixture("broken/bucc-de-en.dev.de"), fixture("broken/bucc-de-en.dev.en"), nullptr),
                           FormatError, "bucc-de-en.dev.de:3: expected 2 tab-separated fields (id, sentence), got 1");
  const fs::path gold = fixture("broken/bucc-de-en.dev.gold");
  XLFUSE_EXPECT_THROW_WITH(read_bucc(fixture("bucc2018/de-en.dev.de"), fixture("bucc2018/de-en.dev.en"), &gold),
                           FormatError, "bucc-de-en.dev.gold:2: expected 2 tab-separated fields");
}

TEST(LareqaTest, CandidatesFromSentenceBreaks) {
  auto ex = read_lareqa_json(fixture("lareqa/xquad-r/en.json"), "en");
  ASSERT_EQ(ex.questions.size(), 3u);
  ASSERT_EQ(ex.candidates.size(), 5u);  // 3 + 2 sentences
  EXPECT_EQ(ex.candidates[0].uid, "en_1_0");
  EXPECT_EQ(ex.candidates[0].sentence, "Zoë moved to Köln.");  // code-point breaks over UTF-8
  EXPECT_EQ(ex.candidates[4].uid, "en_2_1");
  EXPECT_EQ(ex.questions[0].uid, "x1_en");
  EXPECT_EQ(ex.questions[0].answer_candidate, 0u);
  EXPECT_EQ(ex.questions[1].answer_candidate, 2u);  // "big" is in "It is big."
  EXPECT_EQ(ex.questions[2].answer_candidate, 3u);
  EXPECT_EQ(ex.candidates[2].xling_ids, std::vector<std::string>{"x2"});
  // answer sentence + paragraph, no separator, newlines removed
  EXPECT_EQ(ex.candidates[1].candidate_text(), "She likes it.Zoë moved to Köln.She likes it. It is big.");
}

TEST(LareqaTest, BreakOutsideParagraphNamesIt) {
  XLFUSE_EXPECT_THROW_WITH(read_lareqa_json(fixture("broken/lareqa_break_out_of_range.json"), "en"), FormatError,
                           "data[0].paragraphs[1].sentence_breaks[0]: span [0, 60) is outside the text");
}

// Questions: 1190 per language; candidates = sum of len(sentence_breaks), which equals the table
// in lareqa/README.md (ar 1222, de 1276, el 1234, en 1180, es 1215, hi 1244, ru 1219, th 852,
// tr 1167, vi 1209, zh 1196).
TEST(LareqaTest, RealXquadR) {
  XLFUSE_REQUIRE_SHARED("data/xtreme/lareqa");
  const std::vector<std::pair<const char*, size_t>> candidates = {
      {"ar", 1222}, {"de", 1276}, {"el", 1234}, {"en", 1180}, {"es", 1215}, {"hi", 1244},
      {"ru", 1219}, {"th", 852},  {"tr", 1167}, {"vi", 1209}, {"zh", 1196}};
  for (const auto& [lang, n] : candidates) {
    auto ex = read_lareqa_json(xtreme(fmt::format("lareqa/xquad-r/{}.json", lang)), lang);
    EXPECT_EQ(ex.questions.size(), 1190u) << lang;
    EXPECT_EQ(ex.candidates.size(), n) << lang;
  }
  auto en = read_lareqa_json(xtreme("lareqa/xquad-r/en.json"), "en");
  EXPECT_EQ(en.questions[0].xling_id, "56beb4343aeaaa14008c925b");
  EXPECT_EQ(en.candidates[en.questions[0].answer_candidate].sentence,
            "The Panthers defense gave up just 308 points, ranking sixth in the league, while also leading the NFL in "
            "interceptions with 24 and boasting four Pro Bowl selections.");
}

// Mewsli-X has no real copy here: the fixture under tests/data/data/mewslix is synthetic, written
// in the schema of utils_mewslix.py (ContextualMention / Entity / MentionEntityPair). The expected
// strings were produced by the Python preprocess_mention / preprocess_entity_description logic.
TEST(MewslixTest, QueryStringAsInPreprocessMention) {
  const fs::path labels = fixture("mewslix/wikinews_labels/dev-en.json");
  auto m = read_mewslix_mentions(fixture("mewslix/wikinews_mentions/dev-en.jsonl"), "en", &labels);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].query, "Köln: Zoë (the tourist) visited { Köln } with friends.");
  EXPECT_EQ(m[1].query, "Zoë: { Zoë } (the tourist) visited Köln with friends.");
  EXPECT_EQ(m[0].entity_id, "Q1");
  EXPECT_EQ(m[1].entity_id, "Q2");  // "Q2 " stripped as utils_mewslix.evaluate does
  EXPECT_EQ(m[0].lang, "en");
}

TEST(MewslixTest, EntitiesAndPairs) {
  auto e = read_mewslix_entities(fixture("mewslix/candidate_set_entities.jsonl"));
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].text, "Köln is a city in Germany. It lies on the Rhine.");
  EXPECT_EQ(e[1].text, "Zoë Example is a fictional person.");
  auto pairs = read_mewslix_pairs(fixture("mewslix/wikipedia_pairs-dev.jsonl"));
  ASSERT_EQ(pairs.mentions.size(), 1u);
  EXPECT_EQ(pairs.entities[0].entity_id, pairs.mentions[0].entity_id);
}

TEST(MewslixTest, MentionTextMismatchGivesFileAndLine) {
  XLFUSE_EXPECT_THROW_WITH(read_mewslix_mentions(fixture("broken/mewslix_bad_span.jsonl"), "en", nullptr), FormatError,
                           "mewslix_bad_span.jsonl:3: mention text 'Kiel' differs");
}

TEST(MewslixTest, MentionAcrossSentencesIsAnError) {
  XLFUSE_EXPECT_THROW_WITH(mewslix_query("Ab. Cd.", {{0, 3}, {4, 7}}, 1, 5, "b. C", "f:9"), FormatError,
                           "f:9: mention span [1, 5) is in no single sentence");
  EXPECT_EQ(mewslix_query("x {a}\n{b y", {{0, 10}}, 9, 10, "y", "f"), "y: x (a) {b { y }");
}

}  // namespace
}  // namespace xlfuse::data
